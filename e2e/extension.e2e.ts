/**
 * The built extension in real Chromium and Firefox, on realistic news pages served from 127.0.0.1.
 * Every test reads back what the browser actually painted (CSS.highlights) and shows (the card).
 */

import { describe, expect, test } from "vitest";
import { sharedTagger } from "../tests/helpers.ts";
import { marksOf, newsSiteAndBrowser, openPopupFor, painted, rtlText, settledMarks } from "./extension-flows.ts";
import { OPTIONS_PAGE, sleep, waitFor, type BrowserName } from "./harness.ts";
import {
  domSnapshotNow,
  focusHighlightText,
  pointAtMark,
  readCard,
  readMarks,
  SNAPSHOT_SCRIPT,
} from "./page-probes.ts";
import { COMMENT_TEXT, LATE_PARAGRAPHS, TICKER_TEXT } from "./site/news-pages.ts";
import type { SeedArticle } from "./site/seed-articles.ts";

const BROWSERS: BrowserName[] = ["chromium", "firefox"];

/** What the shared tagger finds in the article's own text: what the page must show, no more, no less. */
function expectedMarks(article: SeedArticle, extra: readonly string[] = []): string[] {
  const parts = [article.headline, article.standfirst, article.caption ?? "", ...article.blocks.map((b) => b.text)];
  const text = [...parts, ...extra].filter(Boolean).join("\n");
  return sharedTagger()
    .tag(text)
    .filter((m) => m.type === "official" || m.type === "place")
    .map((m) => `${m.type}:${m.text}`)
    .sort();
}

describe.each(BROWSERS)("%s", (name) => {
  const bed = newsSiteAndBrowser(name);

  test("marks exactly the officials and places of the article, none in the page furniture", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/article-2.html`);
    const marks = await settledMarks(page);
    expect(painted(marks)).toEqual(expectedMarks(bed.site.articles[1]!));
    expect(marks.every((m) => m.inArticle)).toBe(true);
    const texts = marks.map((m) => m.text);
    for (const spelling of ["لي تشيانج", "تشيانج", "ميخائيل ميشوستين", "هانغتشو"]) expect(texts).toContain(spelling);
    // The ticker and the comment form name people too; the related links name places.
    expect(texts).not.toContain("إيمانويل ماكرون");
    expect(texts).not.toContain("الرياض");
    expect(texts).not.toContain("القاهرة");
    await page.close();
  });

  test("the hover card shows the entity, beside the name and never over it, and closes when the pointer leaves", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/article-2.html`);
    await settledMarks(page);
    const point = await page.evaluate(pointAtMark, "ميخائيل ميشوستين");
    expect(point).not.toBeNull();
    await page.mouseMove(point!.x - 40, point!.y - 60);
    await page.mouseMove(point!.x, point!.y);
    const card = await waitFor(() => page.evaluate(readCard), "the card");
    expect(card.text).toContain("ميخائيل ميشوستين");
    expect(card.text).toContain("Mikhail Mishustin");
    expect(card.text).toContain("رئيس الوزراء");
    expect(card.text).toContain("Russia");
    const overlapsName = point!.y >= card.rect.y && point!.y <= card.rect.y + card.rect.height;
    expect(overlapsName).toBe(false);
    await page.screenshot("article-with-card");
    await page.mouseMove(5, 5);
    await waitFor(async () => (await page.evaluate(readCard)) === null, "the card to close");
    await page.close();
  });

  test("the keyboard command steps through the marks with their cards; Escape closes", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/article-2.html`);
    const marks = await settledMarks(page);
    await page.evaluate(() => document.body.focus());
    await page.press("Alt+Shift+Period");
    const first = await waitFor(() => page.evaluate(readCard), "the card of the first mark");
    const focused = await page.evaluate(focusHighlightText);
    expect(focused).toBeTruthy();
    expect(marks.map((m) => m.text)).toContain(focused);
    await page.press("Alt+Shift+Period");
    await waitFor(async () => (await page.evaluate(focusHighlightText)) !== focused || null, "the second mark");
    const second = await page.evaluate(readCard);
    expect(second).not.toBeNull();
    expect(second!.text === first.text && (await page.evaluate(focusHighlightText)) === focused).toBe(false);
    await page.press("Escape");
    await waitFor(async () => (await page.evaluate(readCard)) === null, "Escape to close the card");
    await page.close();
  });

  test("the popup lists the page's officials and places with counts and jumps to a mention", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/article-2.html`);
    const marks = await settledMarks(page);
    const popup = await openPopupFor(bed.browser, page);
    const listed = await waitFor(
      () =>
        popup.evaluate(() => {
          const items = [...document.querySelectorAll(".entity")].map((e) => ({
            name: e.querySelector(".name")?.textContent ?? "",
            count: Number(e.querySelector(".count")?.getAttribute("data-count")),
            type: e.classList.contains("official") ? "official" : "place",
          }));
          return items.length > 0
            ? { items, status: document.querySelector(".status")?.getAttribute("data-status") }
            : null;
        }),
      "the popup's list",
    );
    expect(listed.status).toBe("article");
    const names = listed.items.map((i) => i.name);
    expect(names).toContain("ميخائيل ميشوستين");
    expect(names).toContain("لي تشيانغ");
    expect(names).toContain("هانغتشو");
    const total = listed.items.reduce((sum, i) => sum + i.count, 0);
    expect(total).toBe(marks.length);
    await popup.screenshot("popup", "main");
    await popup.click(".entity.place");
    await page.bringToFront();
    await waitFor(() => page.evaluate(focusHighlightText), "the flashed mention");
    await popup.close();
    await page.close();
  });

  test("English pages and Arabic pages that are not articles are left alone", async () => {
    for (const path of ["/english.html", "/portal.html"]) {
      const page = await bed.browser.newPage();
      await page.goto(`${bed.site.origin}${path}`);
      await sleep(1500);
      expect(await page.evaluate(readMarks)).toEqual([]);
      if (path === "/portal.html") {
        const popup = await openPopupFor(bed.browser, page);
        const status = await waitFor(
          () => popup.evaluate(() => document.querySelector(".status")?.getAttribute("data-status") ?? null),
          "the popup status",
        );
        expect(status).toBe("not-article");
        await popup.close();
      }
      await page.close();
    }
  });

  test("paragraphs that arrive later are marked, once", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/late.html`);
    await waitFor(async () => (await page.evaluate(() => document.title)) === "late 2", "the late paragraphs");
    const marks = await settledMarks(page);
    const texts = marks.map((m) => m.text);
    expect(texts).toContain("فيصل بن فرحان");
    expect(texts).toContain("أنطونيو غوتيريش");
    expect(texts).toContain("جنيف");
    const article = bed.site.articles[1]!;
    expect(painted(marks)).toEqual(expectedMarks({ ...article, blocks: article.blocks.slice(0, 2) }, LATE_PARAGRAPHS));
    await page.close();
  });

  test("an SPA navigation re-reads the new article", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/spa.html`);
    const before = (await settledMarks(page)).map((m) => m.text);
    expect(before).not.toContain("نيكولاي باتروشيف");
    await page.click("#next-story");
    await waitFor(async () => (await page.evaluate(readMarks)).some((m) => m.text === "نيكولاي باتروشيف"), "new marks");
    expect(page.url()).toContain("/spa/second");
    await page.close();
  });

  test("the page's DOM, text and comment form are exactly as the site made them", async () => {
    const page = await bed.browser.newPage();
    await page.beforeScripts(SNAPSHOT_SCRIPT);
    await page.goto(`${bed.site.origin}/article-2.html`);
    await settledMarks(page);
    const point = await page.evaluate(pointAtMark, "هانغتشو");
    await page.mouseMove(point!.x, point!.y);
    await waitFor(() => page.evaluate(readCard), "the card");
    await page.press("Escape");
    await waitFor(async () => (await page.evaluate(readCard)) === null, "the card to close");
    const now = await page.evaluate(domSnapshotNow);
    expect(now.before).toBeDefined();
    expect(now.html).toBe(now.before!.html);
    expect(now.text).toBe(now.before!.text);
    expect(now.rootChildren).toEqual(["HEAD", "BODY"]);
    expect(now.textarea).toBe(COMMENT_TEXT);
    expect(now.text).toContain(TICKER_TEXT);
    await page.close();
  });

  test("hostile site CSS neither hides the marks nor the card", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/hostile.html`);
    const marks = await settledMarks(page);
    expect(painted(marks)).toEqual(expectedMarks(bed.site.articles[1]!));
    const point = await page.evaluate(pointAtMark, "ميخائيل ميشوستين");
    await page.mouseMove(point!.x, point!.y);
    const card = await waitFor(() => page.evaluate(readCard), "the card on a hostile page");
    expect(card.rect.width).toBeGreaterThan(100);
    expect(card.rect.height).toBeGreaterThan(40);
    const visible = await page.evaluate(() => {
      const host = document.querySelector("marsad-card") as HTMLElement;
      return getComputedStyle(host).display !== "none";
    });
    expect(visible).toBe(true);
    await page.close();
  });

  test("the site switch in the popup turns marks off and on", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/article-1.html`);
    await settledMarks(page);
    const popup = await openPopupFor(bed.browser, page);
    await waitFor(() => popup.evaluate(() => document.querySelector(".switch input") !== null || null), "the switch");
    await popup.click(".switch input");
    await waitFor(async () => (await page.evaluate(readMarks)).length === 0, "marks to go");
    await popup.click(".switch input");
    await marksOf(page);
    await popup.close();
    await page.close();
  });

  test("the options page changes the colours and the language of Marsad's UI, at once", async () => {
    const page = await bed.browser.newPage();
    await page.goto(`${bed.site.origin}/article-2.html`);
    await settledMarks(page);
    const options = await bed.browser.extensionPage(OPTIONS_PAGE);
    await waitFor(() => options.evaluate(() => document.querySelector("#language") !== null || null), "the options");
    await options.click('input[name="colour-official"][value="rose"]');
    await waitFor(
      async () => (await page.evaluate(readMarks)).some((m) => m.highlight === "marsad-official-rose"),
      "officials painted in the new colour",
    );
    await options.evaluate(() => {
      const select = document.querySelector("#language") as HTMLSelectElement;
      select.value = "ar";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const heading = await rtlText(options, "h1", "the options page in Arabic");
    expect(heading).toBe("إعدادات مرصد");
    await options.close();
    const popup = await openPopupFor(bed.browser, page);
    // The page re-reads itself when the settings change: the popup may show «working» until it is done.
    const articleStatus = "مقالة عربية: المسؤولون والأماكن مميَّزون.";
    const status = await waitFor(
      async () => ((await rtlText(popup, ".status", "the popup in Arabic")) === articleStatus ? articleStatus : null),
      "the popup's Arabic status of the article",
    );
    expect(status).toBe(articleStatus);
    await popup.screenshot("popup-arabic", "main");
    // Back to the defaults for the other tests.
    await popup.evaluate(() => {
      const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
      interface Storage {
        storage: { local: { clear(): Promise<void> } };
      }
      return (scope.browser ?? scope.chrome).storage.local.clear();
    });
    await popup.close();
    await page.close();
  });

  test("makes no network request of its own", async () => {
    const page = await bed.browser.newPage();
    const before = bed.site.requests.length;
    await page.goto(`${bed.site.origin}/article-3.html`);
    await settledMarks(page);
    const foreign = page.requests.filter(
      (url) => !url.startsWith(bed.site.origin) && !/^(chrome|moz)-extension:|^data:/.test(url),
    );
    expect(foreign).toEqual([]);
    const served = bed.site.requests.slice(before);
    expect(served.every((path) => ["/article-3.html", "/site.css", "/photo.svg", "/favicon.ico"].includes(path))).toBe(
      true,
    );
    await page.close();
  });
});
