/**
 * What sits inside the article's own container without being the story: a byline, a share bar, a "read
 * also" line, tag chips, a comment policy; and a page without <h1>, whose headline only the metadata names.
 */

import { articleMetadata, e, htmlDocument, paragraphs, siteMenu, storyLinks, type RealWorldPage } from "./page-kit.ts";

const MENU = ["النهار العربي", "سياسة", "اقتصاد", "ثقافة"];

const HEADLINE_1 = "عون يبحث مع ميقاتي في بيروت تشكيل الحكومة";
const BODY_1 = [
  "بحث الرئيس اللبناني جوزيف عون مع رئيس الحكومة نجيب ميقاتي في قصر بعبدا مسار تشكيل الحكومة الجديدة والإصلاحات المطلوبة من صندوق النقد الدولي.",
  "وقال ميقاتي بعد اللقاء إن المشاورات تسير بإيجابية، وإن الحكومة ستضع في أولوياتها إعادة إعمار المناطق المتضررة في الجنوب وضبط الحدود مع سوريا.",
  "وكان الرئيس عون قد استقبل في وقت سابق وفدا من البنك الدولي، وبحث معه تمويل مشاريع الكهرباء والمياه في بيروت وطرابلس.",
];

/** A WordPress-like article: everything in one <article>, furniture among the paragraphs. */
export const furnitureInsideArticle: RealWorldPage = {
  slug: "furniture-inside-article",
  structure:
    "furniture inside the article's container: byline, share bar, 'read also' line, tag chips, teaser cards, comment policy",
  expect: "article",
  html: htmlDocument({
    title: HEADLINE_1,
    head: articleMetadata(HEADLINE_1),
    body: `${siteMenu(MENU)}
<article class="post">
  <header class="post-header">
    <h1>${e(HEADLINE_1)}</h1>
    <div class="post-meta">بقلم: مراسل النهار العربي في دمشق | الأربعاء 25 نوفمبر 2026</div>
    <div class="sharedaddy"><a href="#">شارك على فيسبوك</a> <a href="#">واتساب</a></div>
  </header>
  <div class="entry">
    ${paragraphs(BODY_1.slice(0, 2))}
    <p><strong>اقرأ أيضاً:</strong> <a href="/s/1">${e("السيسي يستقبل وزير الخارجية الأردني في القاهرة")}</a></p>
    ${paragraphs(BODY_1.slice(2))}
    <div class="post-tags">الوسوم: <a href="/tag/1">نبيه بري</a> <a href="/tag/2">الرياض</a> <a href="/tag/3">لبنان</a></div>
  </div>
  <div class="x9"><div class="x8"><a href="/s/7"><img src="/photo.svg" alt="" width="160" height="90"></a><h3><a href="/s/7">${e("مباحثات في الخرطوم حول الهدنة")}</a></h3><p>${e("التقى المبعوث الأممي في جدة قادة الجيش لبحث وقف إطلاق النار.")}</p></div>
  <div class="x8"><a href="/s/8"><img src="/photo.svg" alt="" width="160" height="90"></a><h3><a href="/s/8">${e("وانغ يي يستقبل وفدا عربيا")}</a></h3><p>${e("بحث وزير الخارجية الصيني في بكين التعاون الاقتصادي مع الدول العربية.")}</p></div></div>
  <div class="note">سياسة التعليقات: نرحب بتعليقاتكم حول ما يجري في عمّان وبغداد وسائر المدن، ونحذف كل تعليق مسيء.</div>
</article>
<div class="below">${storyLinks(["نتنياهو يتوعد بالتصعيد في غزة", "أردوغان يزور الدوحة"])}</div>`,
  }),
  marked: [
    "official:جوزيف عون",
    "official:نجيب ميقاتي",
    "official:ميقاتي",
    "official:عون",
    "place:بيروت",
    "place:سوريا",
    "place:طرابلس",
  ],
  notMarked: [
    "دمشق",
    "السيسي",
    "القاهرة",
    "نبيه بري",
    "الرياض",
    "عمّان",
    "بغداد",
    "نتنياهو",
    "غزة",
    "أردوغان",
    "الدوحة",
    "الخرطوم",
    "جدة",
    "وانغ يي",
    "بكين",
  ],
};

const HEADLINE_2 = "الرئيس الصيني يستقبل ولي العهد السعودي في بكين";
const BODY_2 = [
  "استقبل الرئيس الصيني شي جين بينغ في قاعة الشعب الكبرى ببكين ولي العهد السعودي الأمير محمد بن سلمان، وبحث الجانبان الشراكة الاستراتيجية الشاملة بين البلدين.",
  "وتناولت المحادثات التعاون في مجالات الطاقة والبنية التحتية والتقنية، إضافة إلى الأوضاع في الشرق الأوسط، بحسب ما ذكرت وكالة أنباء شينخوا.",
  "وقال وزير الخارجية الصيني وانغ يي إن زيارة ولي العهد تفتح مرحلة جديدة في العلاقات، وإن البلدين سيعقدان منتدى للاستثمار في الرياض العام المقبل.",
];

/** Microdata markup: no <h1>, the headline in a <div itemprop="headline">, the body in [itemprop=articleBody]. */
export const metadataHeadline: RealWorldPage = {
  slug: "metadata-headline",
  structure:
    "schema.org microdata, no <h1>: headline in <div itemprop=headline> named by og:title; 'most read' beside it",
  expect: "article",
  html: htmlDocument({
    title: `${HEADLINE_2} | النهار العربي`,
    head: articleMetadata(HEADLINE_2),
    body: `${siteMenu(MENU)}
<div class="layout">
  <div class="main-col" itemscope itemtype="https://schema.org/NewsArticle">
    <div class="headline-box"><div class="hl" itemprop="headline">${e(HEADLINE_2)}</div></div>
    <div class="summary" itemprop="description">${e("زيارة تستمر ثلاثة أيام وتشمل توقيع اتفاقات في الطاقة والتقنية")}</div>
    <div itemprop="articleBody">${paragraphs(BODY_2)}</div>
  </div>
  <div class="side-col"><div class="box-head">الأكثر قراءة</div>${storyLinks(["لافروف يصل إلى طهران", "غوتيريش في جنيف"])}</div>
</div>`,
  }),
  marked: [
    "official:شي جين بينغ",
    "official:محمد بن سلمان",
    "official:وانغ يي",
    "place:بكين",
    "place:الشرق الأوسط",
    "place:الرياض",
  ],
  notMarked: ["لافروف", "طهران", "غوتيريش", "جنيف"],
};
