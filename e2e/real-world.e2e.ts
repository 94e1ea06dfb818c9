/**
 * The real-world fixture pages (e2e/site/real-world) in Chromium and Firefox with the built extension:
 * each page shows exactly the marks it states, and the pages Marsad must leave alone get none, with the
 * popup saying why. One browser per suite; each page in a tab of its own.
 */

import { describe, expect, test } from "vitest";
import { newsSiteAndBrowser, openPopupFor, painted, settledMarks } from "./extension-flows.ts";
import { sleep, waitFor, type BrowserName, type TestPage } from "./harness.ts";
import { domSnapshotNow, readMarks, SNAPSHOT_SCRIPT } from "./page-probes.ts";
import { REAL_WORLD_PAGES, realWorldPath, type RealWorldPage } from "./site/real-world/index.ts";

const BROWSERS: BrowserName[] = ["chromium", "firefox"];

const distinct = (marks: readonly string[]) => [...new Set(marks)].sort();

/** What the reader does on the page before the marks are read: scroll to its end, or wait for its body. */
async function act(page: TestPage, fixture: RealWorldPage): Promise<void> {
  const action = fixture.action;
  if (!action) return;
  if (action.kind === "scroll-to-end") {
    await settledMarks(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  }
  await waitFor(
    () => page.evaluate((selector) => document.querySelector(selector) !== null, action.until),
    action.until,
  );
}

describe.each(BROWSERS)("%s", (name) => {
  const bed = newsSiteAndBrowser(name);

  /** A page in a tab of its own, closed even when the test fails (the popup finds its page by the one tab open). */
  async function inTab(run: (page: TestPage) => Promise<void>): Promise<void> {
    const page = await bed.browser.newPage();
    try {
      await run(page);
    } finally {
      await page.close();
    }
  }

  test.each(REAL_WORLD_PAGES.filter((p) => p.expect === "article"))("$slug: $structure", (fixture) =>
    inTab(async (page) => {
      await page.beforeScripts(SNAPSHOT_SCRIPT);
      await page.goto(`${bed.site.origin}${realWorldPath(fixture)}`);
      await act(page, fixture);
      const marks = await settledMarks(page);
      expect(distinct(painted(marks))).toEqual(distinct(fixture.marked));
      const texts = new Set(marks.map((m) => m.text));
      for (const name of fixture.notMarked) expect(texts.has(name), name).toBe(false);
      if (!fixture.html.includes("<script>")) {
        // Marks are painted over the page, never written into it.
        const now = await page.evaluate(domSnapshotNow);
        expect(now.html).toBe(now.before!.html);
      }
    }),
  );

  test.each(REAL_WORLD_PAGES.filter((p) => p.expect === "not-article" || p.expect === "other-language"))(
    "$slug: $structure",
    (fixture) =>
      inTab(async (page) => {
        await page.goto(`${bed.site.origin}${realWorldPath(fixture)}`);
        // The annotator answers once it has loaded, a moment after the page: ask until it does.
        const popup = await waitFor(() => openPopupFor(bed.browser, page).catch(() => null), "Marsad on the page");
        const status = await waitFor(
          () =>
            popup.evaluate(() => {
              const element = document.querySelector(".status");
              const value = element?.getAttribute("data-status");
              return value && value !== "working" ? { value, text: element!.textContent ?? "" } : null;
            }),
          "the popup's status",
        );
        expect(status.value).toBe(fixture.expect);
        if (fixture.language) {
          // The popup names the language, in its own (English in these browsers).
          const named = new Intl.DisplayNames(["en"], { type: "language" }).of(fixture.language)!;
          expect(status.text).toContain(named);
        }
        expect(await page.evaluate(readMarks)).toEqual([]);
        await popup.close();
      }),
  );

  test.each(REAL_WORLD_PAGES.filter((p) => p.expect === "not-arabic"))("$slug: $structure", (fixture) =>
    inTab(async (page) => {
      await page.goto(`${bed.site.origin}${realWorldPath(fixture)}`);
      // Nothing of Marsad runs here beyond the loader's check, so there is no state to wait for.
      await sleep(1500);
      expect(await page.evaluate(readMarks)).toEqual([]);
    }),
  );
});
