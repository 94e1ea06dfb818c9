/**
 * The language test: an Arabic article under a wrong lang="en-US" (marked); Persian, Urdu and Sorani
 * articles, one of them Persian typed with Arabic ي and ك under lang="ar" (not marked: another language);
 * an English article that quotes an Arabic name (not even read).
 */

import { articleMetadata, e, htmlDocument, paragraphs, type RealWorldPage } from "./page-kit.ts";

const WRONG_LANG_HEADLINE = "محمد بن زايد يستقبل الرئيس التركي في أبوظبي";
const WRONG_LANG_BODY = [
  "استقبل رئيس دولة الإمارات محمد بن زايد آل نهيان في قصر الشاطئ بأبوظبي الرئيس التركي رجب طيب أردوغان، وبحث الجانبان العلاقات الاقتصادية والاستثمارات المشتركة.",
  "وشهد الزعيمان توقيع اتفاقات في مجالات الطاقة المتجددة والنقل والصناعات الدفاعية، كما تناولا تطورات الأوضاع في سوريا وليبيا.",
  "وقال أردوغان في تصريحات صحفية عقب اللقاء إن أنقرة تتطلع إلى مضاعفة حجم التبادل التجاري مع الإمارات خلال السنوات الخمس المقبلة.",
];

/** WordPress with its default lang: Arabic text under lang="en-US" dir="ltr". */
export const arabicWithWrongLang: RealWorldPage = {
  slug: "arabic-wrong-lang",
  structure: 'an Arabic article under lang="en-US" dir="ltr" (a theme default): the text overrules the attribute',
  expect: "article",
  html: htmlDocument({
    title: WRONG_LANG_HEADLINE,
    lang: "en-US",
    dir: "ltr",
    head: articleMetadata(WRONG_LANG_HEADLINE),
    body: `<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">الخليج بوست</a></p></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post">
  <header class="entry-header"><h1 class="entry-title">${e(WRONG_LANG_HEADLINE)}</h1></header>
  <div class="entry-content">${paragraphs(WRONG_LANG_BODY)}</div>
</article>
</main></div></div>`,
  }),
  marked: [
    "official:محمد بن زايد",
    "official:محمد بن زايد آل نهيان",
    "official:رجب طيب أردوغان",
    "official:أردوغان",
    "place:أبوظبي",
    "place:سوريا",
    "place:ليبيا",
    "place:أنقرة",
    "place:الإمارات",
  ],
  notMarked: [],
};

const PERSIAN_HEADLINE = "دیدار پوتین و اردوغان در مسکو";
const PERSIAN_BODY = [
  "ولادیمیر پوتین، رئیس‌جمهور روسیه، روز چهارشنبه در مسکو با رجب طیب اردوغان، رئیس‌جمهور ترکیه، دیدار و گفتگو کرد. دو رهبر درباره تحولات سوریه و وضعیت غزه گفتگو کردند.",
  "به گزارش خبرگزاری‌ها، این دیدار پس از سفر سرگئی لاوروف به تهران و بغداد انجام شد. پوتین گفت که روابط دو کشور در سال‌های اخیر گسترش یافته است و مسکو آماده همکاری بیشتر با آنکارا است.",
  "همچنین وزیر امور خارجه ترکیه هفته آینده به دمشق سفر خواهد کرد تا درباره بازگشت پناهجویان با مقام‌های سوری گفتگو کند.",
];

const persianPage = (slug: string, structure: string, lang: string, text: (t: string) => string): RealWorldPage => ({
  slug,
  structure,
  expect: "other-language",
  language: "fa",
  html: htmlDocument({
    title: text(PERSIAN_HEADLINE),
    lang,
    head: articleMetadata(text(PERSIAN_HEADLINE)),
    body: `<header class="site-header"><a href="/">${text("خبرگزاری نمونه")}</a></header>
<article><h1>${e(text(PERSIAN_HEADLINE))}</h1>${paragraphs(PERSIAN_BODY.map(text))}</article>`,
  }),
  marked: [],
  notMarked: ["بغداد", "دمشق"],
});

export const persianArticle = persianPage(
  "persian-article",
  'a Persian political article, lang="fa", Persian letters پ چ ژ گ ک ی',
  "fa",
  (t) => t,
);

/** Persian typed on an Arabic keyboard (ي and ك), on a site whose template says lang="ar". */
export const persianUnderArabicLang = persianPage(
  "persian-arabic-keyboard",
  'Persian typed with Arabic ي and ك, under lang="ar": the function words overrule the attribute',
  "ar",
  (t) => t.replace(/ی/g, "ي").replace(/ک/g, "ك"),
);

const URDU_BODY = [
  "روسی صدر ولادیمیر پوتن نے بدھ کے روز ماسکو میں ترک صدر رجب طیب اردوان سے ملاقات کی۔ دونوں رہنماؤں نے شام اور غزہ کی صورتحال پر تبادلہ خیال کیا۔",
  "اس ملاقات سے پہلے روسی وزیر خارجہ سرگئی لاوروف نے تہران اور بغداد کا دورہ کیا تھا۔ پوتن نے کہا کہ دونوں ممالک کے تعلقات حالیہ برسوں میں مضبوط ہوئے ہیں۔",
  "ترک وزیر خارجہ اگلے ہفتے دمشق کا دورہ کریں گے جہاں وہ پناہ گزینوں کی واپسی پر بات چیت کریں گے۔",
];

export const urduArticle: RealWorldPage = {
  slug: "urdu-article",
  structure: 'an Urdu news article, lang="ur", Urdu letters ٹ ڈ ڑ ں ے ہ',
  expect: "other-language",
  language: "ur",
  html: htmlDocument({
    title: "پوتن اور اردوان کی ماسکو میں ملاقات",
    lang: "ur",
    head: articleMetadata("پوتن اور اردوان کی ماسکو میں ملاقات"),
    body: `<article><h1>${e("پوتن اور اردوان کی ماسکو میں ملاقات")}</h1>${paragraphs(URDU_BODY)}</article>`,
  }),
  marked: [],
  notMarked: ["بغداد", "دمشق"],
};

const SORANI_BODY = [
  "ڤلادیمیر پوتین، سەرۆکی ڕووسیا، ڕۆژی چوارشەممە لە مۆسکۆ لەگەڵ ڕەجەب تەیب ئەردۆغان، سەرۆکی تورکیا، کۆبووەوە و باسی دۆخی سووریایان کرد.",
  "پێش ئەم دیدارە، سێرگێی لاڤرۆڤ وەزیری دەرەوەی ڕووسیا سەردانی تاران و بغدادی کردبوو. پوتین وتی پەیوەندییەکانی هەردوو وڵات بەهێزتر بوون.",
  "وەزیری دەرەوەی تورکیا هەفتەی داهاتوو سەردانی دیمەشق دەکات بۆ گفتوگۆ لەسەر گەڕانەوەی پەنابەران.",
];

/** Sorani Kurdish: lang "ckb", letters ێ ڵ ڕ ۆ ە that Arabic does not write. */
export const soraniArticle: RealWorldPage = {
  slug: "sorani-article",
  structure: 'a Sorani Kurdish article, lang="ckb", letters ێ ڵ ڕ ۆ ە',
  expect: "other-language",
  language: "ckb",
  html: htmlDocument({
    title: "دیداری پوتین و ئەردۆغان لە مۆسکۆ",
    lang: "ckb",
    body: `<article><h1>${e("دیداری پوتین و ئەردۆغان لە مۆسکۆ")}</h1>${paragraphs(SORANI_BODY)}</article>`,
  }),
  marked: [],
  notMarked: [],
};

export const englishArticle: RealWorldPage = {
  slug: "english-article",
  structure: "an English article quoting an Arabic name in Arabic script: the loader's check does not even load Marsad",
  expect: "not-arabic",
  html: htmlDocument({
    title: "Sisi receives Lavrov in Cairo",
    lang: "en",
    dir: "ltr",
    head: articleMetadata("Sisi receives Lavrov in Cairo"),
    body: `<article><h1>Sisi receives Lavrov in Cairo</h1>${paragraphs([
      "Egyptian President Abdel Fattah el-Sisi (Arabic: عبد الفتاح السيسي) received Russian Foreign Minister Sergei Lavrov in Cairo on Sunday, the presidency said.",
      "The two discussed the war in Sudan and the situation in Libya, and agreed to keep in close contact before the next Security Council meeting in New York.",
    ])}</article>`,
  }),
  marked: [],
  notMarked: ["عبد الفتاح السيسي"],
};
