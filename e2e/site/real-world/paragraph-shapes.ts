/** Bodies in odd paragraphs: the whole story in one long <p>, and <p> nested in <p> by a script. */

import { articleMetadata, e, htmlDocument, siteMenu, storyLinks, type RealWorldPage } from "./page-kit.ts";

const MENU = ["الخليج اليوم", "محليات", "عربي ودولي", "اقتصاد", "رياضة"];

const HEADLINE_1 = "ولي العهد السعودي يبحث مع الرئيس الفرنسي في الرياض ملفات المنطقة";
const LONG_PARAGRAPH =
  "استقبل ولي العهد السعودي الأمير محمد بن سلمان في قصر اليمامة بالرياض الرئيس الفرنسي إيمانويل ماكرون، " +
  "وجرى خلال اللقاء استعراض العلاقات الثنائية وفرص تطويرها في مجالات الطاقة والدفاع والثقافة، إضافة إلى بحث " +
  "تطورات الأوضاع في لبنان وسوريا والجهود المبذولة لخفض التصعيد في المنطقة. وحضر اللقاء وزير الخارجية " +
  "السعودي الأمير فيصل بن فرحان، الذي أكد في تصريح لاحق أن المملكة وفرنسا تتشاركان الرؤية بشأن أهمية " +
  "الاستقرار الإقليمي، وأن الجانبين اتفقا على عقد اجتماع للجنة المشتركة في باريس مطلع العام المقبل. ويأتي " +
  "اللقاء بعد أيام من زيارة قام بها ماكرون إلى بيروت التقى خلالها عددا من المسؤولين اللبنانيين.";

/** The whole body in one long paragraph, a "read also" line inside the story's container. */
export const oneLongParagraph: RealWorldPage = {
  slug: "one-long-paragraph",
  structure: "the whole body in a single long <p>; a 'read also' line with a link inside the story's container",
  expect: "article",
  html: htmlDocument({
    title: HEADLINE_1,
    head: articleMetadata(HEADLINE_1),
    body: `${siteMenu(MENU)}
<div class="container">
  <div class="story">
    <h1>${e(HEADLINE_1)}</h1>
    <div class="story-date">الثلاثاء 24 نوفمبر 2026</div>
    <p>${e(LONG_PARAGRAPH)}</p>
    <p><strong>اقرأ أيضا:</strong> <a href="/s/9">أردوغان يبحث مع نتنياهو الأوضاع في غزة</a></p>
  </div>
  <div class="col-side">
    <h3>الأكثر قراءة</h3>
    ${storyLinks(["الرئيس عبد المجيد تبون يستقبل السفير الروسي في الجزائر", "غوتيريش يحذر من مجاعة في الخرطوم"])}
  </div>
</div>`,
  }),
  marked: [
    "official:إيمانويل ماكرون",
    "official:ماكرون",
    "official:محمد بن سلمان",
    "official:فيصل بن فرحان",
    "place:الرياض",
    "place:لبنان",
    "place:سوريا",
    "place:باريس",
    "place:فرنسا",
    "place:بيروت",
  ],
  notMarked: ["أردوغان", "نتنياهو", "غزة", "عبد المجيد تبون", "الجزائر", "غوتيريش", "الخرطوم"],
};

const HEADLINE_2 = "أردوغان يستقبل رئيس الوزراء العراقي في أنقرة";
const NESTED = [
  "استقبل الرئيس التركي رجب طيب أردوغان في المجمع الرئاسي بأنقرة رئيس الوزراء العراقي محمد شياع السوداني، وبحث الجانبان ملفات المياه والطاقة وطريق التنمية الذي يربط البصرة بالحدود التركية.",
  "وقال السوداني في مؤتمر صحفي مشترك إن بغداد وأنقرة اتفقتا على تشكيل لجنة فنية لإدارة المياه، وإن الاتفاقات الموقعة تشمل التجارة والنقل والتعاون الأمني.",
  "وأكد أردوغان أن بلاده تنظر إلى العراق شريكا أساسيا في المنطقة، معربا عن أمله في أن يبلغ حجم التبادل التجاري مستويات أعلى خلال العامين المقبلين.",
];

/** <p> inside <p>: the HTML parser cannot make it, but scripts can, and editors' markup sometimes does. */
export const nestedParagraphs: RealWorldPage = {
  slug: "nested-paragraphs",
  structure:
    "<p> nested in <p> (built by the page's script, as rich-text renderers do); links to other stories after it",
  expect: "article",
  html: htmlDocument({
    title: HEADLINE_2,
    head: articleMetadata(HEADLINE_2),
    body: `${siteMenu(MENU)}
<div class="post">
  <h1 class="post-title">${e(HEADLINE_2)}</h1>
  <div class="post-body" id="post-body"></div>
  <div class="more">${storyLinks(["بن سلمان يلتقي بلينكن في جدة", "زيلينسكي يصل إلى كييف بعد جولة أوروبية"])}</div>
</div>
<script>
const outer = document.createElement("p");
outer.className = "MsoNormal";
for (const text of ${JSON.stringify(NESTED)}) {
  const inner = document.createElement("p");
  inner.textContent = text;
  outer.append(inner);
}
document.getElementById("post-body").append(outer);
</script>`,
  }),
  marked: [
    "official:رجب طيب أردوغان",
    "official:أردوغان",
    "official:محمد شياع السوداني",
    "official:السوداني",
    "place:أنقرة",
    "place:البصرة",
    "place:بغداد",
    "place:العراق",
  ],
  notMarked: ["بلينكن", "جدة", "زيلينسكي", "كييف"],
};
