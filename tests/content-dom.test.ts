// @vitest-environment happy-dom
/**
 * The content script's DOM work on the same news pages the end-to-end tests use: detection, the
 * article text (furniture left out), and offsets mapped back to ranges across element boundaries.
 */

import { describe, expect, test } from "vitest";
import { articlePage, COMMENT_TEXT, englishPage, portalPage, TICKER_TEXT } from "../e2e/site/news-pages.ts";
import { seedArticles } from "../e2e/site/seed-articles.ts";
import { detectArticle } from "../src/content/detect.ts";
import { extractArticle } from "../src/content/extract.ts";
import { publicationOfPage } from "../src/content/publication-clues.ts";
import { mightBeArabic } from "../src/content/quick-check.ts";
import { Slicer } from "../src/content/slicer.ts";

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

const articles = seedArticles();
const noneOurs = () => false;

describe("detection", () => {
  test("an Arabic news article is one; an Arabic home page and an English article are not", () => {
    const article = detectArticle(load(articlePage(articles[1]!, articles.slice(2))));
    expect(article.article).toBe(true);
    expect(article.arabicShare).toBeGreaterThan(0.9);
    expect(article.articleMetadata).toBe(true);

    expect(detectArticle(load(portalPage(articles))).article).toBe(false);
    const english = load(englishPage());
    expect(mightBeArabic(english)).toBe(false);
    expect(detectArticle(english).article).toBe(false);
  });

  test("the loader's quick check lets Arabic pages through", () => {
    expect(mightBeArabic(load(articlePage(articles[0]!, [])))).toBe(true);
    expect(mightBeArabic(load(portalPage(articles)))).toBe(true);
  });
});

describe("article text", () => {
  test("holds headline, standfirst, caption and body, and none of the page furniture", async () => {
    const seed = articles[1]!;
    const { map } = await extractArticle(load(articlePage(seed, articles.slice(2))), new Slicer(), noneOurs);
    expect(map.text).toContain(seed.headline);
    expect(map.text).toContain(seed.standfirst);
    expect(map.text).toContain(seed.caption!);
    for (const block of seed.blocks) expect(map.text).toContain(block.text);
    expect(map.text).not.toContain(TICKER_TEXT);
    expect(map.text).not.toContain(COMMENT_TEXT);
    expect(map.text).not.toContain("أخبار ذات صلة");
    expect(map.text).not.toContain(articles[2]!.headline); // a related link
    expect(map.text).not.toContain("الرئيسية"); // the menu
  });

  test("blocks are separated so that no name runs from one paragraph into the next", async () => {
    const { map } = await extractArticle(
      load(`<html lang="ar"><body><article><p>التقى الرئيس</p><p>بوتين اليوم</p></article></body></html>`),
      new Slicer(),
      noneOurs,
    );
    expect(map.text).toBe("التقى الرئيس\nبوتين اليوم");
  });

  test("offsets map back to ranges across inline elements, and not onto nodes that changed", async () => {
    const doc = load(
      `<html lang="ar"><body><article><p>قال <b>لي</b> <i>تشيانج</i> في بكين</p><textarea>لي تشيانج</textarea></article></body></html>`,
    );
    const { map } = await extractArticle(doc, new Slicer(), noneOurs);
    expect(map.text).toBe("قال لي تشيانج في بكين");
    const start = map.text.indexOf("لي تشيانج");
    const range = map.toRange(start, start + "لي تشيانج".length)!;
    expect(range.toString()).toBe("لي تشيانج");
    expect(range.startContainer.parentElement!.tagName).toBe("B");
    expect(range.endContainer.parentElement!.tagName).toBe("I");
    // The page edits a node after it was read: that mark is dropped, not painted in the wrong place.
    (doc.querySelector("i")!.firstChild as Text).data = "تشي";
    expect(map.toRange(start, start + "لي تشيانج".length)).toBeNull();
    const place = map.text.indexOf("بكين");
    expect(map.toRange(place, place + 4)!.toString()).toBe("بكين");
  });

  test("the same unchanged nodes read twice are recognised as the same text", async () => {
    const doc = load(articlePage(articles[0]!, []));
    const first = await extractArticle(doc, new Slicer(), noneOurs);
    const second = await extractArticle(doc, new Slicer(), noneOurs);
    expect(second.map.sameAs(first.map)).toBe(true);
    doc.querySelector(".article-body")!.append(Object.assign(doc.createElement("p"), { textContent: "فقرة جديدة" }));
    const third = await extractArticle(doc, new Slicer(), noneOurs);
    expect(third.map.sameAs(first.map)).toBe(false);
  });
});

describe("publication date of a live page", () => {
  test("a <time> inside the article dates it when metadata is missing; the header's today never does", async () => {
    const seed = articles[0]!;
    const html = articlePage({ ...seed, published: null, dateline: "الاثنين 1 يناير 2030" }, []).replace(
      "<h1>",
      '<time datetime="2022-09-19T08:00:00+03:00">19 سبتمبر 2022</time><h1>',
    );
    const doc = load(html);
    const article = await extractArticle(doc, new Slicer(), noneOurs);
    expect(publicationOfPage(doc, article.roots)).toEqual({ date: "2022-09-19", by: "dateline" });
    const undated = load(articlePage({ ...seed, published: null, dateline: "الاثنين 1 يناير 2030" }, []));
    const plain = await extractArticle(undated, new Slicer(), noneOurs);
    expect(publicationOfPage(undated, plain.roots)).toEqual({ date: null, by: "none" });
  });
});
