// @vitest-environment happy-dom
/**
 * The real-world fixture pages (e2e/site/real-world) read as the annotator reads them, in happy-dom:
 * the decision (article, no article, another language) and the marks the article text gets, exactly.
 * The end-to-end suite checks the same pages in Chromium and Firefox.
 */

import { describe, expect, test } from "vitest";
import { REAL_WORLD_PAGES } from "../e2e/site/real-world/index.ts";
import { detectArticle } from "../src/content/detect.ts";
import { extractArticle } from "../src/content/extract.ts";
import { mightBeArabic } from "../src/content/quick-check.ts";
import { Slicer } from "../src/content/slicer.ts";
import { sharedTagger } from "./helpers.ts";

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

/** Every text node of the page on a line of its own, as if each were a block. */
function pageText(doc: Document): string {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const lines: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("script, style")) continue;
    lines.push((node as Text).data);
  }
  return lines.join("\n");
}

const markable = (text: string) =>
  sharedTagger()
    .tag(text)
    .filter((m) => m.type === "official" || m.type === "place");

/** Pages whose scripts build or change the body are left to the end-to-end tests. */
const STATIC_PAGES = REAL_WORLD_PAGES.filter((page) => !page.action && !page.html.includes("<script>"));

describe.each(STATIC_PAGES)("$slug", (page) => {
  test(`${page.expect}: exactly its marks`, async () => {
    const doc = load(page.html);
    const detection = detectArticle(doc);
    const decided = !mightBeArabic(doc)
      ? "not-arabic"
      : detection.language !== "ar"
        ? "other-language"
        : detection.article
          ? "article"
          : "not-article";
    expect(decided).toBe(page.expect);
    if (page.language) expect(detection.language).toBe(page.language);
    if (!detection.article) return;
    const { map } = await extractArticle(doc, new Slicer(), () => false, detection.block);
    const marks = [...new Set(markable(map.text).map((m) => `${m.type}:${m.text}`))].sort();
    expect(marks).toEqual([...page.marked].sort());
  });

  test("every name it must not mark is one the tagger would mark", () => {
    const doc = load(page.html);
    const found = new Set(markable(pageText(doc)).map((m) => m.text));
    for (const name of page.notMarked) expect(found, name).toContain(name);
  });
});
