/**
 * Realistic news pages for the demo and the end-to-end tests: a site header with today's date,
 * navigation, a breaking-news ticker, the article (headline, standfirst, figure and caption, body),
 * related links, a comment form and a footer, with JSON-LD. All text is escaped.
 */

import type { SeedArticle } from "./seed-articles.ts";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Names in the furniture on purpose: the tests check that none of them is marked. */
export const TICKER_TEXT = "عاجل: الرئيس الفرنسي إيمانويل ماكرون يصل إلى الرياض في زيارة رسمية";
export const COMMENT_TEXT = "أتمنى أن يلتقي بوتين مع شي جين بينغ في القاهرة قريبا";
export const NAV_ITEMS = ["الرئيسية", "سياسة", "اقتصاد", "روسيا", "الصين", "رياضة"];

interface PageOptions {
  readonly title: string;
  readonly body: string;
  readonly head?: string;
  readonly lang?: string;
  readonly dir?: string;
  readonly css?: string;
}

export function page({ title, body, head = "", lang = "ar", dir = "rtl", css = "" }: PageOptions): string {
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/site.css">
${head}${css ? `<style>${css}</style>` : ""}
</head>
<body>
${body}
</body>
</html>
`;
}

function siteHeader(today: string): string {
  return `<header class="site-header">
  <div class="today">${escapeHtml(today)}</div>
  <a class="logo" href="/">أخبار المرصد</a>
  <nav class="main-nav"><ul>${NAV_ITEMS.map((item) => `<li><a href="/">${item}</a></li>`).join("")}</ul></nav>
</header>
<div class="ticker" role="marquee"><span>${escapeHtml(TICKER_TEXT)}</span></div>`;
}

function commentsAndFooter(): string {
  return `<section class="comments">
  <h2>التعليقات</h2>
  <form action="/comment" method="post">
    <label for="comment-name">الاسم</label> <input id="comment-name" name="name" value="قارئ من القاهرة">
    <label for="comment-text">تعليقك</label>
    <textarea id="comment-text" name="comment">${escapeHtml(COMMENT_TEXT)}</textarea>
    <button type="submit">إرسال</button>
  </form>
</section>
<footer class="site-footer"><p>© أخبار المرصد. صفحة تجريبية لمشروع مرصد.</p></footer>`;
}

export function articleBodyHtml(article: SeedArticle): string {
  return article.blocks.map((block) => `<${block.kind}>${escapeHtml(block.text)}</${block.kind}>`).join("\n    ");
}

export function articlePage(article: SeedArticle, related: readonly SeedArticle[], css = ""): string {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    ...(article.published ? { datePublished: `${article.published}T09:00:00+03:00` } : {}),
    publisher: { "@type": "Organization", name: "أخبار المرصد" },
  };
  const time = article.published ? `<time datetime="${article.published}">${article.published}</time>` : "";
  const body = `${siteHeader(article.dateline ?? "الأحد 22 نوفمبر 2026")}
<main>
  <article>
    <header>
      <h1>${escapeHtml(article.headline)}</h1>
      <p class="standfirst">${escapeHtml(article.standfirst)}</p>
      ${time}
    </header>
    ${
      article.caption
        ? `<figure><img src="/photo.svg" alt="" width="640" height="280"><figcaption>${escapeHtml(article.caption)}</figcaption></figure>`
        : ""
    }
    <div class="article-body" itemprop="articleBody">
    ${articleBodyHtml(article)}
    </div>
    ${article.tags.length ? `<ul class="tags">${article.tags.map((t) => `<li><a href="/">${escapeHtml(t)}</a></li>`).join("")}</ul>` : ""}
  </article>
  <aside class="related">
    <h2>أخبار ذات صلة</h2>
    <ul>${related.map((r) => `<li><a href="/${r.slug}.html">${escapeHtml(r.headline)}</a></li>`).join("")}</ul>
  </aside>
  ${commentsAndFooter()}
</main>`;
  return page({
    title: `${article.headline} | أخبار المرصد`,
    head: `<meta property="og:type" content="article">
<meta property="og:title" content="${escapeHtml(article.headline)}">
${article.published ? `<meta property="article:published_time" content="${article.published}T09:00:00+03:00">` : ""}
<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, "\\u003c")}</script>`,
    body,
    css,
  });
}

/** A story on the home page besides the seed articles: where it is, its headline and its teaser. */
export interface MoreStory {
  readonly path: string;
  readonly headline: string;
  readonly teaser: string;
}

/** An Arabic home page: headlines as links and short teasers, no article. */
export function portalPage(articles: readonly SeedArticle[], more: readonly MoreStory[] = []): string {
  const stories = [
    ...articles.map((a) => ({ path: `/${a.slug}.html`, headline: a.headline, teaser: a.standfirst.slice(0, 90) })),
    ...more,
  ];
  const teasers = stories
    .map(
      (s) =>
        `<li class="teaser"><h3><a href="${s.path}">${escapeHtml(s.headline)}</a></h3><p>${escapeHtml(s.teaser)}…</p></li>`,
    )
    .join("\n");
  return page({
    title: "أخبار المرصد — الصفحة الرئيسية",
    head: `<meta property="og:type" content="website">`,
    body: `${siteHeader("الأحد 22 نوفمبر 2026")}
<main class="home"><h1>آخر الأخبار</h1><ul class="teasers">${teasers}</ul></main>`,
  });
}

export function englishPage(): string {
  const paragraphs = [
    "Russian President Vladimir Putin and Chinese President Xi Jinping held a video call on Wednesday, the Kremlin said, as both leaders stressed the strategic partnership between Moscow and Beijing.",
    "Foreign ministers Sergei Lavrov and Wang Yi are expected to meet in Beijing next month to prepare a visit, officials in both capitals said.",
    "The call came as Washington and Brussels weighed new measures, and as Chinese Premier Li Qiang prepared to receive Russian Prime Minister Mikhail Mishustin in Hangzhou.",
  ];
  return page({
    lang: "en",
    dir: "ltr",
    title: "Putin and Xi hold video call | Observatory News",
    head: `<meta property="og:type" content="article">`,
    body: `<main><article><h1>Putin and Xi hold video call</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></main>`,
  });
}

/** Extra paragraphs a page adds after load, as live blogs and lazy article bodies do. */
export const LATE_PARAGRAPHS = [
  "وفي وقت لاحق، التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الروسي سيرغي لافروف في الرياض لبحث الأوضاع الإقليمية.",
  "كما وصل الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى جنيف للمشاركة في المحادثات.",
];

export function latePage(article: SeedArticle): string {
  const script = `
const late = ${JSON.stringify(LATE_PARAGRAPHS)};
const body = document.querySelector(".article-body");
late.forEach((text, i) => setTimeout(() => {
  const p = document.createElement("p");
  p.textContent = text;
  body.append(p);
  document.title = "late " + (i + 1);
}, 800 + i * 900));`;
  const html = articlePage({ ...article, blocks: article.blocks.slice(0, 2) }, []);
  return html.replace("</body>", `<script>${script}</script>\n</body>`);
}

/** Site CSS that tries to break in-page UI: every element unset, and layers at the top z-index. */
export const HOSTILE_CSS = `
* { all: unset; }
html, body, main, article, p, h1, h2, div, section, header, footer, ul, li, figure, figcaption { display: block; }
.site-header { position: sticky; top: 0; z-index: 2147483647; background: #222; color: #fff; }
.ticker { position: fixed; bottom: 0; left: 0; right: 0; z-index: 2147483647; background: #b00; color: #fff; }
marsad-card, [popover] { display: none !important; }
`;

/** A single-page app: a click replaces the article and pushes a new URL, without a page load. */
export function spaPage(first: SeedArticle, second: SeedArticle): string {
  const next = { headline: second.headline, body: articleBodyHtml(second) };
  const script = `
const next = ${JSON.stringify(next).replace(/</g, "\\u003c")};
document.getElementById("next-story").addEventListener("click", (event) => {
  event.preventDefault();
  document.querySelector("article h1").textContent = next.headline;
  document.querySelector(".standfirst").textContent = "";
  document.querySelector(".article-body").innerHTML = next.body;
  history.pushState({}, "", "/spa/second");
});`;
  const html = articlePage(first, []);
  return html
    .replace("<aside", `<p><a id="next-story" href="/spa/second">القصة التالية</a></p>\n  <aside`)
    .replace("</body>", `<script>${script}</script>\n</body>`);
}
