/** Arabic pages that are no article: a home page, a section front and search results. Nothing is marked. */

import { e, htmlDocument, siteMenu, type RealWorldPage } from "./page-kit.ts";

const MENU = ["المرصد نيوز", "الرئيسية", "سياسة", "اقتصاد", "رياضة"];

const TEASERS: readonly [string, string][] = [
  [
    "السيسي يستقبل ماكرون في القاهرة",
    "بحث الرئيسان العلاقات الثنائية والأوضاع في غزة ولبنان خلال لقاء مطول في قصر الاتحادية.",
  ],
  ["أردوغان يلتقي بوتين في سوتشي", "تناولت المحادثات ملفات الطاقة والحبوب والأزمة السورية، بحسب الكرملين."],
  ["غوتيريش يحذر من مجاعة في السودان", "قال الأمين العام إن ملايين الأشخاص في دارفور والخرطوم يواجهون خطر الجوع."],
  ["بلينكن يصل إلى الرياض", "يبحث وزير الخارجية الأمريكي مع المسؤولين السعوديين ملفات المنطقة والتطبيع."],
  ["تبون يدشن مشروعا للطاقة في وهران", "أكد الرئيس الجزائري أهمية المشروع للتنمية في غرب البلاد."],
];

const teaserCards = (cards: readonly [string, string][], heading = "h3") =>
  cards
    .map(
      ([headline, snippet], i) =>
        `<div class="card"><img src="/photo.svg" alt="" width="160" height="90"><${heading}><a href="/story/${i + 1}">${e(headline)}</a></${heading}><p>${e(snippet)}</p></div>`,
    )
    .join("\n");

const NAMES = ["السيسي", "ماكرون", "القاهرة", "أردوغان", "بوتين", "سوتشي", "غوتيريش", "السودان", "بلينكن", "الرياض"];

export const homePage: RealWorldPage = {
  slug: "home-page",
  structure: "home page: a lead story and cards, each a headline link, a picture and a teaser",
  expect: "not-article",
  html: htmlDocument({
    title: "المرصد نيوز - الصفحة الرئيسية",
    head: `<meta property="og:type" content="website">`,
    body: `${siteMenu(MENU)}
<main class="home">
  <section class="lead">${teaserCards(TEASERS.slice(0, 1), "h2")}</section>
  <section class="grid">${teaserCards(TEASERS.slice(1))}</section>
</main>`,
  }),
  marked: [],
  notMarked: NAMES,
};

export const sectionFront: RealWorldPage = {
  slug: "section-front",
  structure: "section front: the section's title, then headline links with teasers and dates, and paging",
  expect: "not-article",
  html: htmlDocument({
    title: "سياسة - المرصد نيوز",
    body: `${siteMenu(MENU)}
<div class="section-page">
  <h1>سياسة</h1>
  <ul class="section-list">
  ${TEASERS.map(([headline, snippet], i) => `<li><h2><a href="/politics/${i}">${e(headline)}</a></h2><time>منذ ${i + 1} ساعات</time><p>${e(snippet)}</p></li>`).join("\n  ")}
  </ul>
  <div class="paging"><a href="?page=2">التالي</a></div>
</div>`,
  }),
  marked: [],
  notMarked: NAMES,
};

export const searchResults: RealWorldPage = {
  slug: "search-results",
  structure: "search results: a search form, a count, then result headlines with snippets",
  expect: "not-article",
  html: htmlDocument({
    title: "نتائج البحث عن: القمة - المرصد نيوز",
    body: `${siteMenu(MENU)}
<div class="search-page">
  <form class="search-form" action="/search"><input name="q" value="القمة"><button>بحث</button></form>
  <p class="count">${e("عدد النتائج: 5 نتائج للبحث عن «القمة»")}</p>
  <ol class="results">
  ${TEASERS.map(([headline, snippet], i) => `<li class="result"><a href="/s/${i}"><h3>${e(headline)}</h3></a><p class="snippet">${e(snippet)} ${e("وتأتي هذه التطورات قبيل القمة المقبلة.")}</p><span class="date">2026/11/${20 + i}</span></li>`).join("\n  ")}
  </ol>
</div>`,
  }),
  marked: [],
  notMarked: NAMES,
};
