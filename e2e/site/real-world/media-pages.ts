/** Pages around pictures and video: a photo gallery whose captions are the story, a video with a short text. */

import { articleMetadata, e, htmlDocument, paragraphs, siteMenu, storyLinks, type RealWorldPage } from "./page-kit.ts";

const MENU = ["صوت المدينة", "صور", "فيديو", "سياسة"];

const GALLERY_HEADLINE = "بالصور: زيارة الرئيس الفرنسي إلى القاهرة";
const CAPTIONS = [
  "الرئيس المصري عبد الفتاح السيسي يستقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الاتحادية بالقاهرة.",
  "ماكرون والسيسي يتفقدان معا مشروعا للطاقة الشمسية في أسوان جنوب البلاد.",
  "جولة للرئيسين في شوارع الإسكندرية القديمة بصحبة محافظ المدينة.",
  "الرئيس الفرنسي يلقي كلمة أمام طلاب الجامعة الفرنسية في القاهرة.",
];

/** A photo gallery: a short intro, then figures whose captions carry the names; other galleries below. */
export const photoGallery: RealWorldPage = {
  slug: "photo-gallery",
  structure: "photo gallery: a one-line intro, the story told in figure captions; links to other galleries",
  expect: "article",
  html: htmlDocument({
    title: GALLERY_HEADLINE,
    head: articleMetadata(GALLERY_HEADLINE),
    body: `${siteMenu(MENU)}
<article class="gallery-page">
  <h1>${e(GALLERY_HEADLINE)}</h1>
  <p class="gallery-intro">${e("اختتم الرئيس الفرنسي جولته في مصر التي استمرت ثلاثة أيام.")}</p>
  <div class="gallery">
  ${CAPTIONS.map((c, i) => `<figure class="slide"><img src="/photo.svg" alt="" width="640" height="280"><figcaption>${i + 1}/${CAPTIONS.length} ${e(c)}</figcaption></figure>`).join("\n  ")}
  </div>
</article>
<section class="more-galleries"><h2>ألبومات أخرى</h2>${storyLinks(["بالصور: أردوغان في إسطنبول", "بالصور: غوتيريش في نيويورك"])}</section>`,
  }),
  marked: [
    "official:عبد الفتاح السيسي",
    "official:إيمانويل ماكرون",
    "official:ماكرون",
    "official:السيسي",
    "place:القاهرة",
    "place:مصر",
    "place:أسوان",
    "place:الإسكندرية",
  ],
  notMarked: ["أردوغان", "إسطنبول", "غوتيريش", "نيويورك"],
};

const VIDEO_HEADLINE = "فيديو: لحظة وصول محمد بن سلمان إلى الدوحة";
const VIDEO_TEXT = [
  "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى الدوحة، حيث كان في استقباله أمير قطر الشيخ تميم بن حمد آل ثاني في مطار حمد الدولي، في زيارة تستغرق يومين.",
  "وتتناول الزيارة تعزيز التعاون بين البلدين وتنسيق المواقف قبيل القمة الخليجية المقبلة المقرر عقدها في الكويت الشهر القادم، بحسب ما ذكرت وكالة الأنباء القطرية.",
];

/** A video page: the player, a short text under it, and a rail of other videos with names in their titles. */
export const videoPage: RealWorldPage = {
  slug: "video-page",
  structure: "video page: a player, two short paragraphs, a rail of other videos",
  expect: "article",
  html: htmlDocument({
    title: VIDEO_HEADLINE,
    head: `<meta property="og:type" content="video.other"><meta property="og:title" content="${e(VIDEO_HEADLINE)}">`,
    body: `${siteMenu(MENU)}
<div class="video-page">
  <div class="player"><video controls width="640" height="360" poster="/photo.svg"></video></div>
  <h1>${e(VIDEO_HEADLINE)}</h1>
  <div class="video-description">${paragraphs(VIDEO_TEXT)}</div>
  <div class="video-rail"><h2>فيديوهات أخرى</h2>${storyLinks(["فيديو: نتنياهو في الكنيست", "فيديو: الرئيس الجزائري عبد المجيد تبون يزور وهران"])}</div>
</div>`,
  }),
  marked: ["official:محمد بن سلمان", "official:تميم بن حمد آل ثاني", "place:الدوحة", "place:قطر", "place:الكويت"],
  notMarked: ["نتنياهو", "عبد المجيد تبون", "وهران"],
};
