/**
 * A reader opens the next article after the browser has stopped the extension's idle background
 * (Chrome's service worker after about 30 seconds, Firefox's event page on its own schedule): the
 * knowledge base loads again, and no mark and no event is lost.
 */

import { describe, expect, test } from "vitest";
import type { KnowledgeLoad } from "../src/shared/messages.ts";
import { newsSiteAndBrowser, openPopupFor, painted, settledMarks, summaryFromPopup } from "./extension-flows.ts";
import { waitFor, type BrowserName, type BrowserUnderTest, type TestPage } from "./harness.ts";

const BROWSERS: BrowserName[] = ["chromium", "firefox"];
/** Seed 004 (Patrushev meets Wang Yi in Moscow) and seed 000 (Patrushev visits China): they share an official. */
const ARTICLE_A = "/article-5.html";
const ARTICLE_B = "/article-1.html";

/**
 * What the popup shows for the page: the knowledge-base load behind its marks (from the annotator's
 * summary), and how many events it lists as the article's own and as other articles' related ones.
 */
async function popupReading(
  browser: BrowserUnderTest,
  page: TestPage,
  wantRelated: boolean,
): Promise<{ knowledge: KnowledgeLoad; own: number; related: number }> {
  const popup = await openPopupFor(browser, page);
  const timings = await waitFor(async () => (await summaryFromPopup(popup))?.timings, "the page's timings");
  const events = await waitFor(
    () =>
      popup.evaluate((related) => {
        const counts = {
          own: document.querySelectorAll(".in-article .event").length,
          related: document.querySelectorAll(".related .event").length,
        };
        return counts.own > 0 && (!related || counts.related > 0) ? counts : null;
      }, wantRelated),
    wantRelated ? "the article's own events and the other article's" : "the article's own events",
  );
  await popup.close();
  return { knowledge: timings.knowledge, ...events };
}

describe.each(BROWSERS)("%s", (name) => {
  const bed = newsSiteAndBrowser(name, { backgroundIdleMs: 1500 });

  test("after the background was stopped, the next article gets all its marks and its events are kept", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}${ARTICLE_A}`);
    await settledMarks(page);
    const before = await popupReading(bed.browser, page, false);

    await bed.browser.stopBackground();
    await page.goto(`${bed.site.origin}${ARTICLE_B}`);
    const cold = painted(await settledMarks(page));
    // Article B's own events were stored by the new background; article A's, stored before, are still there.
    const after = await popupReading(bed.browser, page, true);
    expect(after.knowledge.at, "the background loaded its knowledge again").toBeGreaterThan(before.knowledge.at);

    // The same article read again with the background running: the very same marks.
    await page.goto(`${bed.site.origin}${ARTICLE_B}`);
    const warm = painted(await settledMarks(page));
    expect(cold.length).toBeGreaterThan(10);
    expect(cold).toEqual(warm);
    await page.close();
  });
});
