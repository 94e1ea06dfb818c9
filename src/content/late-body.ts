/**
 * An Arabic page without story text yet may be an app shell whose body a script fills in later. It is
 * watched for a while, and decided again once a body's worth of text has come, or when the time is up if
 * any text came at all. Bounded, so a page that is no article does not cost a reading on every change.
 */

/** How long the page is watched. */
const WATCH_MS = 10000;
/** Characters added before the page is decided again without waiting for the time to run out. */
const BODY_TEXT = 400;

export function watchForLateBody(doc: Document, decideAgain: () => void): void {
  let added = 0;
  const stop = () => {
    observer.disconnect();
    clearTimeout(deadline);
    if (added > 0) decideAgain();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
    if (added >= BODY_TEXT) stop();
  });
  const deadline = setTimeout(stop, WATCH_MS);
  observer.observe(doc.body, { childList: true, subtree: true });
}
