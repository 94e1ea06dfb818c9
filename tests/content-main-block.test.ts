// @vitest-environment happy-dom
/**
 * The article's main block and its text on markup the fixture pages cannot build with the HTML parser
 * (nested <p>) and on the edges of the furniture rules: what is left out, and what must not be.
 */

import { describe, expect, test } from "vitest";
import { detectArticle } from "../src/content/detect.ts";
import { extractArticle } from "../src/content/extract.ts";
import { findHeadline, findMainBlock } from "../src/content/main-block.ts";
import { Slicer } from "../src/content/slicer.ts";

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

const textOf = async (doc: Document) => (await extractArticle(doc, new Slicer(), () => false)).map.text;

const SENTENCE =
  "وقال المتحدث باسم الرئاسة إن اللقاء تناول العلاقات الثنائية وسبل تعزيز التعاون في مجالات الطاقة والتجارة.";

describe("the main block", () => {
  test("<p> nested in <p> (as scripts build it) is read, each paragraph on its own line", async () => {
    const doc = load(
      `<html lang="ar"><body><nav><a href="/">الرئيسية</a></nav><div class="post"><h1>عنوان الخبر هنا</h1><div id="body"></div></div></body></html>`,
    );
    const outer = doc.createElement("p");
    for (const text of ["استقبل الرئيس السيسي في القاهرة وزير الخارجية.", SENTENCE]) {
      const inner = doc.createElement("p");
      inner.textContent = text;
      outer.append(inner);
    }
    doc.getElementById("body")!.append(outer);
    expect(outer.querySelectorAll("p")).toHaveLength(2);
    expect(findMainBlock(doc)!.root.className).toBe("post");
    expect(await textOf(doc)).toBe(`عنوان الخبر هنا\nاستقبل الرئيس السيسي في القاهرة وزير الخارجية.\n${SENTENCE}`);
  });

  test("<br> ends a line: a name never runs from one line into the next", async () => {
    const doc = load(
      `<html lang="ar"><body><div class="news-text">وصل الوفد إلى القاهرة<br>وقال مصدر إن ${SENTENCE}</div></body></html>`,
    );
    expect(await textOf(doc)).toBe(`وصل الوفد إلى القاهرة\nوقال مصدر إن ${SENTENCE}`);
  });

  test("the headline is the element the metadata names, the innermost with that text", () => {
    const doc =
      load(`<html lang="ar"><head><meta property="og:title" content="عنوان الخبر كما في البيانات | الموقع"></head>
<body><div class="site-title">الموقع</div><div class="title-wrap"><span>عنوان الخبر كما في البيانات</span></div><p>${SENTENCE}</p></body></html>`);
    expect(findHeadline(doc)?.tagName).toBe("SPAN");
  });

  test("in a feed of whole articles, the block is the one whose headline the page's metadata gives", () => {
    const story = (headline: string, times: number) =>
      `<article><h1>${headline}</h1>${`<p>${SENTENCE}</p>`.repeat(times)}</article>`;
    const doc = load(`<html lang="ar"><head><meta property="og:title" content="القصة الأولى في الصفحة"></head>
<body><div class="feed">${story("القصة الأولى في الصفحة", 2)}${story("القصة التالية الأطول منها", 5)}</div></body></html>`);
    expect(findMainBlock(doc)!.root.querySelector("h1")!.textContent).toBe("القصة الأولى في الصفحة");
  });
});

describe("article or list of stories", () => {
  const paragraph = `<p>${SENTENCE} ${SENTENCE}</p>`;
  const card = (i: number) =>
    `<div class="c"><h3><a href="/${i}">عنوان قصة أخرى رقم ${i} في الموقع</a></h3><p>ملخص القصة الأخرى في سطر واحد يكفي لقراءتها.</p></div>`;

  test("an <article> around the header alone does not hide the body that follows it", async () => {
    const doc = load(`<html lang="ar"><body><article><header><h1>عنوان الخبر هنا</h1>
<p>${SENTENCE} ${SENTENCE}</p></header></article><div class="body">${paragraph.repeat(3)}</div></body></html>`);
    expect(findMainBlock(doc)!.root.contains(doc.querySelector(".body p"))).toBe(true);
    expect(await textOf(doc)).toContain(SENTENCE);
  });

  test("a short story with teaser cards in its container is still an article; the cards alone are not", () => {
    const story = load(
      `<html lang="ar"><body><div class="x"><h1>عنوان الخبر هنا</h1>${paragraph.repeat(3)}${[1, 2, 3, 4].map(card).join("")}</div></body></html>`,
    );
    expect(detectArticle(story).article).toBe(true);
    const list = load(
      `<html lang="ar"><body><div class="x"><h1>سياسة</h1>${[1, 2, 3, 4, 5, 6].map(card).join("")}</div></body></html>`,
    );
    const detection = detectArticle(list);
    expect(detection.block!.teasers).toBe(6);
    expect(detection.article).toBe(false);
  });
});

describe("what is not the story, inside its block", () => {
  test("a short story sharing its <div> with a long list of links is kept, the list is not", async () => {
    const links = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
      .map((i) => `<li><a href="/${i}">عنوان قصة أخرى عن زيارة إلى الكويت رقم ${i}</a></li>`)
      .join("");
    const doc = load(
      `<html lang="ar"><body><article><h1>عنوان الخبر هنا</h1><div class="x"><p>${SENTENCE}</p><p>${SENTENCE}</p><ul>${links}</ul></div></article></body></html>`,
    );
    const text = await textOf(doc);
    expect(text.split(SENTENCE)).toHaveLength(3);
    expect(text).not.toContain("الكويت");
  });

  test("link-dense blocks, 'read also' lines, teaser cards, ad labels and bylines are left out; the story's text is not", async () => {
    const doc = load(`<html lang="ar"><body><article><h1>عنوان الخبر هنا</h1>
<div class="c1">بقلم: مراسلنا في بيروت</div>
<p>${SENTENCE}</p>
<p><b>اقرأ أيضا:</b> <a href="/1">عنوان خبر آخر عن دمشق</a></p>
<div class="c2"><a href="/2">خبر عن عمّان</a> <a href="/3">خبر عن بغداد</a></div>
<div class="c3">إعلان: رحلات إلى دبي</div>
<div class="relatedNews"><p>خبر آخر طويل بعض الشيء عن زيارة إلى طرابلس هذا الأسبوع.</p></div>
<section aria-labelledby="podcast-promo-heading"><p>استمعوا إلى حلقة عن الانتخابات في تونس.</p></section>
<div class="c4"><h3><a href="/4">اجتماع وزاري في الكويت</a></h3><p>ملخص قصة أخرى عن اجتماع في الكويت.</p></div>
<div class="c5"><h3><a href="#update-2">تحديث: وصول الوفد إلى جنيف</a></h3><p>وصل الوفد إلى جنيف قبل قليل.</p></div>
<p>شارك الرئيس في القمة التي عقدت في الرياض.</p>
<p>${SENTENCE}</p>
</article></body></html>`);
    const text = await textOf(doc);
    for (const left of ["بيروت", "دمشق", "عمّان", "بغداد", "دبي", "الكويت", "طرابلس", "تونس"]) {
      expect(text).not.toContain(left);
    }
    // A heading that links within the page (a live blog's update) is the story's own.
    expect(text).toContain("وصل الوفد إلى جنيف قبل قليل.");
    // A short paragraph that opens with a verb like "شارك" (took part) is story, not a share bar.
    expect(text).toContain("شارك الرئيس في القمة التي عقدت في الرياض.");
    expect(text.split(SENTENCE)).toHaveLength(3);
  });
});
