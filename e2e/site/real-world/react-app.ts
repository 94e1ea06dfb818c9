/**
 * Pages a JavaScript framework renders: generated class names that say nothing, with an ad, a podcast
 * promo and "suggested stories" between the body's paragraphs; and an app shell whose body comes late.
 */

import { articleMetadata, e, htmlDocument, type RealWorldPage } from "./page-kit.ts";

export const HEADLINE_1 = "غوتيريش يدعو من جنيف إلى هدنة إنسانية في السودان";
const BODY_1 = [
  "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، في كلمة أمام مجلس حقوق الإنسان في جنيف، إلى هدنة إنسانية فورية في السودان تسمح بإيصال المساعدات إلى ملايين المحتاجين.",
  "وقال غوتيريش إن القتال في الخرطوم ودارفور دفع البلاد إلى واحدة من أسوأ الأزمات الإنسانية في العالم، محذرا من أن موسم الأمطار سيزيد صعوبة الوصول إلى المخيمات.",
  "وكان وزير الخارجية المصري قد بحث في القاهرة مع المبعوث الأممي سبل إحياء المفاوضات بين الطرفين، فيما أعلنت أديس أبابا استعدادها لاستضافة جولة جديدة من المحادثات.",
  "وأشار الأمين العام إلى أن الأمم المتحدة تحتاج إلى تمويل إضافي لخطة الاستجابة لهذا العام، داعيا الدول المانحة إلى الوفاء بتعهداتها قبل نهاية الشهر.",
];

const css = (n: number) => `css-${(n * 7919).toString(36)}${(n * 104729).toString(36).slice(0, 3)}`;

/** A Next.js-like page: every class generated; what is not the story says so only by its content or test ids. */
export const reactGeneratedClasses: RealWorldPage = {
  slug: "react-generated-classes",
  structure:
    "React page with generated class names; an ad, a podcast promo and 'suggested stories' between the paragraphs",
  expect: "article",
  html: htmlDocument({
    title: `${HEADLINE_1} - المرصد نيوز`,
    head: articleMetadata(HEADLINE_1),
    body: `<div id="__next"><div class="${css(1)}">
<header class="${css(2)}"><a class="${css(3)}" href="/">المرصد نيوز</a> <a class="${css(4)}" href="/live">مباشر</a></header>
<main class="${css(5)}"><div class="${css(6)}">
  <h1 class="${css(7)}">${e(HEADLINE_1)}</h1>
  <div class="${css(8)}"><span class="${css(9)}">قبل ساعتين</span></div>
  <div class="${css(10)}">
    <p class="${css(11)}">${e(BODY_1[0]!)}</p>
    <p class="${css(11)}">${e(BODY_1[1]!)}</p>
    <div class="${css(12)}" data-testid="ad-slot"><span class="${css(13)}">إعلان</span><div class="${css(14)}">رحلات يومية مباشرة من الرياض إلى إسطنبول</div></div>
    <section class="${css(15)}">
      <h2 class="${css(16)}">قصص مقترحة</h2>
      <div class="${css(17)}"><a class="${css(18)}" href="/n/1"><span>نتنياهو يلتقي بلينكن في القدس لبحث صفقة الأسرى</span></a></div>
      <div class="${css(17)}"><a class="${css(18)}" href="/n/2"><span>السيسي وتبون يبحثان الأوضاع في ليبيا</span></a></div>
    </section>
    <p class="${css(11)}">${e(BODY_1[2]!)}</p>
    <div class="${css(19)}" data-testid="podcast-promo"><div class="${css(20)}"><h3 class="${css(21)}">بودكاست المرصد</h3><p class="${css(22)}">حلقة هذا الأسبوع: كيف يدير أردوغان علاقاته مع موسكو وواشنطن؟</p><a class="${css(23)}" href="/podcast">استمع الآن</a></div></div>
    <p class="${css(11)}">${e(BODY_1[3]!)}</p>
  </div>
</div></main>
</div></div>`,
  }),
  marked: [
    "official:أنطونيو غوتيريش",
    "official:غوتيريش",
    "place:جنيف",
    "place:السودان",
    "place:الخرطوم",
    "place:دارفور",
    "place:القاهرة",
    "place:أديس أبابا",
  ],
  notMarked: ["الرياض", "إسطنبول", "نتنياهو", "بلينكن", "القدس", "السيسي", "ليبيا", "أردوغان", "موسكو", "واشنطن"],
};

const HEADLINE_2 = "بلينكن يصل إلى الدوحة في جولة تشمل عمّان والقاهرة";
const BODY_2 = [
  "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الدوحة، في مستهل جولة إقليمية تشمل عمّان والقاهرة، لبحث جهود التهدئة وتبادل الأسرى.",
  "ومن المقرر أن يلتقي بلينكن أمير قطر الشيخ تميم بن حمد آل ثاني، قبل أن يتوجه إلى الأردن حيث يجتمع مع الملك عبد الله الثاني.",
  "وقالت الخارجية الأمريكية إن الجولة تهدف إلى دفع المفاوضات الجارية، وإن الوزير سيبحث أيضا سبل زيادة المساعدات الإنسانية.",
];

/** An app shell: the body is fetched and rendered two seconds after the page has loaded. */
export const lateBody: RealWorldPage = {
  slug: "late-body",
  structure: "app shell: the article body is rendered two seconds after load (after document_idle)",
  expect: "article",
  action: { kind: "wait", until: "#app article p" },
  html: htmlDocument({
    title: "المرصد نيوز",
    body: `<header class="site-header"><a class="logo" href="/">المرصد نيوز</a></header>
<div id="app"><div class="spinner">جارٍ التحميل…</div></div>
<script>
setTimeout(() => {
  const story = ${JSON.stringify({ headline: HEADLINE_2, body: BODY_2 })};
  const article = document.createElement("article");
  const h1 = document.createElement("h1");
  h1.textContent = story.headline;
  article.append(h1);
  for (const text of story.body) {
    const p = document.createElement("p");
    p.textContent = text;
    article.append(p);
  }
  document.getElementById("app").replaceChildren(article);
  document.title = story.headline;
}, 2000);
</script>`,
  }),
  marked: [
    "official:أنتوني بلينكن",
    "official:بلينكن",
    "official:تميم بن حمد آل ثاني",
    "official:عبد الله الثاني",
    "place:الدوحة",
    "place:قطر",
    "place:عمّان",
    "place:القاهرة",
    "place:الأردن",
  ],
  notMarked: [],
};
