/** An AMP page, a live blog, and a page that appends the next article when the reader scrolls to its end. */

import { articleMetadata, e, htmlDocument, paragraphs, siteMenu, storyLinks, type RealWorldPage } from "./page-kit.ts";

const MENU = ["الشرق نيوز", "سياسة", "اقتصاد", "منوعات"];

const HEADLINE_AMP = "عباس يبحث مع ملك الأردن في عمّان مستجدات القضية الفلسطينية";
const BODY_AMP = [
  "بحث الرئيس الفلسطيني محمود عباس مع العاهل الأردني الملك عبد الله الثاني في عمّان آخر مستجدات القضية الفلسطينية والأوضاع في الضفة الغربية وقطاع غزة.",
  "وأكد الجانبان خلال اللقاء في قصر الحسينية أهمية تكثيف الجهود الدولية لوقف التصعيد، وضرورة الحفاظ على الوضع التاريخي والقانوني في القدس.",
  "وقال الديوان الملكي الهاشمي في بيان إن الملك أكد وقوف الأردن إلى جانب الشعب الفلسطيني، فيما شدد عباس على أهمية التنسيق المستمر مع عمّان.",
];

/** AMP: ⚡ on <html>, amp-img, an amp-ad with fallback text, amp-social-share and a recirculation list. */
export const ampArticle: RealWorldPage = {
  slug: "amp-article",
  structure: "AMP page: amp-img, amp-ad with fallback text, amp-social-share, related stories after the body",
  expect: "article",
  html: htmlDocument({
    title: HEADLINE_AMP,
    htmlAttributes: " ⚡",
    head: `<link rel="canonical" href="/canonical/abbas-amman.html">
<style amp-boilerplate>body{visibility:visible}</style>
${articleMetadata(HEADLINE_AMP)}`,
    body: `<header class="amp-header"><a href="/">الشرق نيوز</a></header>
<article class="amp-article">
  <h1 class="amp-title">${e(HEADLINE_AMP)}</h1>
  <amp-img src="/photo.svg" width="640" height="280" layout="responsive" alt=""></amp-img>
  <amp-social-share type="facebook"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share>
  <div class="amp-body">
    ${paragraphs(BODY_AMP.slice(0, 2))}
    <amp-ad width="300" height="250" type="doubleclick" data-slot="/1/ar-news"><div fallback>إعلان: عروض السفر إلى دبي هذا الشتاء</div></amp-ad>
    ${paragraphs(BODY_AMP.slice(2))}
  </div>
  <div class="amp-recirculation"><h2>اقرأ المزيد</h2>${storyLinks(["ماكرون يزور بيروت الأسبوع المقبل", "لافروف يصل إلى دمشق"])}</div>
</article>`,
  }),
  marked: [
    "official:محمود عباس",
    "official:عباس",
    "official:عبد الله الثاني",
    "place:عمّان",
    "place:الضفة الغربية",
    "place:قطاع غزة",
    "place:القدس",
    "place:الأردن",
  ],
  notMarked: ["دبي", "ماكرون", "بيروت", "لافروف", "دمشق"],
};

const LIVE_HEADLINE = "مباشر: قمة الجامعة العربية في بغداد";
const ENTRIES: readonly [string, string, string][] = [
  [
    "12:45",
    "وصول القادة",
    "وصل الرئيس الجزائري عبد المجيد تبون إلى بغداد للمشاركة في القمة، وكان في استقباله رئيس الوزراء العراقي محمد شياع السوداني في مطار بغداد الدولي.",
  ],
  [
    "12:10",
    "كلمة الأمين العام",
    "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش في كلمة مسجلة إن المنطقة تحتاج إلى حلول سياسية للأزمات في اليمن والسودان وليبيا.",
  ],
  [
    "11:30",
    "الوفد المصري",
    "أعلنت الرئاسة المصرية أن الرئيس عبد الفتاح السيسي يترأس وفد بلاده إلى القمة، وأنه سيعقد لقاءات ثنائية على هامشها.",
  ],
];

/** A live blog: timed entries, each with a share bar; the whole page is the story. */
export const liveBlog: RealWorldPage = {
  slug: "live-blog",
  structure: "live blog: timed entries with their own headings and share bars, newest first",
  expect: "article",
  html: htmlDocument({
    title: LIVE_HEADLINE,
    head: articleMetadata(LIVE_HEADLINE, "LiveBlogPosting"),
    body: `${siteMenu(MENU)}
<div class="live-page">
  <h1>${e(LIVE_HEADLINE)}</h1>
  <div class="live-intro"><p>${e("نتابع معكم لحظة بلحظة أعمال القمة العربية التي تستضيفها العاصمة العراقية بمشاركة عدد من القادة العرب.")}</p></div>
  <div class="live-feed">
  ${ENTRIES.map(
    ([time, heading, text]) => `<div class="live-entry">
    <time>${time}</time>
    <h2>${e(heading)}</h2>
    <p>${e(text)}</p>
    <div class="entry-share"><a href="#">فيسبوك</a> <a href="#">إكس</a></div>
  </div>`,
  ).join("\n  ")}
  </div>
</div>`,
  }),
  marked: [
    "official:عبد المجيد تبون",
    "official:محمد شياع السوداني",
    "official:أنطونيو غوتيريش",
    "official:عبد الفتاح السيسي",
    "place:بغداد",
    "place:اليمن",
    "place:السودان",
    "place:ليبيا",
  ],
  notMarked: [],
};

const FIRST = {
  headline: "وزير الخارجية الصيني يبدأ جولة خليجية من الرياض",
  body: [
    "بدأ وزير الخارجية الصيني وانغ يي جولة خليجية من الرياض، حيث التقى نظيره السعودي الأمير فيصل بن فرحان وبحث معه التعاون في مجالات الطاقة والاستثمار.",
    "ومن المقرر أن يزور وانغ يي أيضا أبوظبي والدوحة، في إطار التحضير للقمة الصينية العربية المقبلة التي تستضيفها بكين.",
  ],
};
const NEXT = {
  headline: "زيلينسكي يطلب من واشنطن مزيدا من الدعم",
  body: [
    "طلب الرئيس الأوكراني فولوديمير زيلينسكي من واشنطن مزيدا من أنظمة الدفاع الجوي، وذلك خلال لقائه في كييف وفدا من الكونغرس الأمريكي.",
    "وقال زيلينسكي إن الهجمات الأخيرة على خاركيف وأوديسا تظهر الحاجة الملحة إلى حماية المدن والبنية التحتية للطاقة.",
  ],
};

const storyHtml = (story: typeof FIRST) =>
  `<article class="story"><h1>${e(story.headline)}</h1><div class="story-body">${paragraphs(story.body)}</div></article>`;

/** An endless article page: the next story is appended below when the reader reaches the end. */
export const infiniteScroll: RealWorldPage = {
  slug: "infinite-scroll",
  structure: "infinite scroll: the next article is appended below the first when the reader reaches the end",
  expect: "article",
  action: { kind: "scroll-to-end", until: "article.story + article.story p" },
  html: htmlDocument({
    title: FIRST.headline,
    head: articleMetadata(FIRST.headline),
    body: `${siteMenu(MENU)}
<div class="feed">${storyHtml(FIRST)}</div>
<div class="feed-end" style="height: 1600px"></div>
<script>
const next = ${JSON.stringify(storyHtml(NEXT)).replace(/</g, "\\u003c")};
let appended = false;
addEventListener("scroll", () => {
  if (appended || scrollY + innerHeight < document.body.scrollHeight - 200) return;
  appended = true;
  document.querySelector(".feed").insertAdjacentHTML("beforeend", next);
}, { passive: true });
</script>`,
  }),
  marked: ["official:وانغ يي", "official:فيصل بن فرحان", "place:الرياض", "place:أبوظبي", "place:الدوحة", "place:بكين"],
  notMarked: ["فولوديمير زيلينسكي", "زيلينسكي", "واشنطن", "كييف", "خاركيف", "أوديسا"],
};
