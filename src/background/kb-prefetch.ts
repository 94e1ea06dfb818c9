/**
 * The first module the background evaluates (main.ts imports it first): the knowledge base's bytes
 * start loading before the rest of the background's code is parsed and run, so that the browser reads
 * the file while the worker starts. Chrome stops an idle service worker and starts it again on the next
 * message, so this runs at each start; nearly every start is for a page Marsad reads.
 */

declare const chrome: { runtime: { getURL(path: string): string } } | undefined;

export const KB_FILE = "kb.bin";

/** When this worker started: the knowledge base's load is timed from here. */
export const WORKER_STARTED = performance.now();

function startFetch(): Promise<Response> | null {
  try {
    // The chrome namespace (Firefox has it too): importing the polyfill here would delay the fetch.
    return typeof chrome === "undefined" ? null : fetch(chrome.runtime.getURL(KB_FILE));
  } catch {
    return null;
  }
}

let early = startFetch();
// A failed early fetch is tried again by the first request; no unhandled rejection meanwhile.
early?.catch(() => undefined);

/** The early fetch, once: later loads (after a failure) fetch again. */
export function takeEarlyFetch(): Promise<Response> | null {
  const taken = early;
  early = null;
  return taken;
}
