/** Bodies without a single <p>: lines of text separated by <br> in a <div>, as older Arabic sites write them. */

import { e, htmlDocument, type RealWorldPage } from "./page-kit.ts";

const brLines = (lines: readonly string[]) => lines.map(e).join("<br><br>\n");

export const HEADLINE_1 = "السيسي يستقبل لافروف في القاهرة لبحث الأوضاع في السودان";
const LINES_1 = [
  "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الأحد في القاهرة وزير الخارجية الروسي سيرغي لافروف، وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون في مجالات الطاقة والتجارة.",
  "وقال المتحدث باسم الرئاسة المصرية إن اللقاء تناول الأوضاع في السودان وليبيا، وأكد الرئيس السيسي ضرورة وقف إطلاق النار في الخرطوم وحماية المدنيين.",
  "من جهته، أعرب لافروف عن تقدير موسكو للدور المصري في المنطقة، مشيرا إلى أن الجانبين اتفقا على مواصلة التشاور قبل اجتماع مجلس الأمن المقبل.",
];

/** The headline in a <span>, the body as <br>-separated lines in a <div>, other stories in a box of links. */
export const brDivWithSpanHeadline: RealWorldPage = {
  slug: "br-div-span-headline",
  structure: "body as <br>-separated text in a <div>, headline in a <span>, no <p>; a box of other stories' links",
  expect: "article",
  html: htmlDocument({
    title: `${HEADLINE_1} - بوابة الوادي`,
    head: `<meta property="og:title" content="${e(HEADLINE_1)}">`,
    body: `<div class="top"><a href="/">بوابة الوادي</a> | <a href="/politics">سياسة</a> | <a href="/economy">اقتصاد</a></div>
<div class="wrapper">
  <div class="right-col">
    <div class="news-details">
      <span class="news-title">${e(HEADLINE_1)}</span>
      <div class="news-date">الأحد 22 نوفمبر 2026 - 11:40 ص</div>
      <div class="news-text">
${brLines(LINES_1)}
      </div>
    </div>
  </div>
  <div class="left-col">
    <div class="box-title">الأكثر مشاهدة</div>
    <div class="box">
      <a href="/n/1">ماكرون يصل إلى باريس بعد جولة خليجية</a><br>
      <a href="/n/2">أردوغان يستقبل وفدا اقتصاديا في أنقرة</a><br>
      <a href="/n/3">غوتيريش يدعو إلى هدنة عاجلة في غزة</a>
    </div>
  </div>
</div>
<div class="bottom">جميع الحقوق محفوظة لبوابة الوادي 2026</div>`,
  }),
  marked: [
    "official:السيسي",
    "official:عبد الفتاح السيسي",
    "official:سيرغي لافروف",
    "official:لافروف",
    "place:القاهرة",
    "place:السودان",
    "place:ليبيا",
    "place:الخرطوم",
    "place:موسكو",
  ],
  notMarked: ["ماكرون", "باريس", "أردوغان", "أنقرة", "غوتيريش", "غزة"],
};

const HEADLINE_2 = "تبون يستقبل وزير الخارجية التونسي في الجزائر";
const LINES_2 = [
  "استقبل الرئيس الجزائري عبد المجيد تبون، اليوم الاثنين بمقر رئاسة الجمهورية في الجزائر العاصمة، وزير الخارجية التونسي الذي نقل إليه رسالة خطية من الرئيس قيس سعيد.",
  "وتناول اللقاء التنسيق بين البلدين بشأن الأوضاع في ليبيا ومنطقة الساحل، إلى جانب مشاريع الربط الكهربائي والتعاون الحدودي.",
  "وأكد الرئيس تبون حرص الجزائر على تعزيز علاقات الأخوة مع تونس، ودعا إلى تسريع تنفيذ الاتفاقات الموقعة خلال اللجنة المشتركة الأخيرة.",
];

/** A table layout: headline in <font><b>, body lines with <br> in a <td>, related headlines in another cell. */
export const brTableLayout: RealWorldPage = {
  slug: "br-table-layout",
  structure: "table layout of the 2000s: headline in <font><b>, <br>-separated body in a <td>, related links in a cell",
  expect: "article",
  html: htmlDocument({
    title: HEADLINE_2,
    body: `<table width="100%" class="main">
<tr><td colspan="2"><a href="/">الصفحة الرئيسية</a> - <a href="/archive">الأرشيف</a></td></tr>
<tr>
<td class="c1" width="70%">
<font size="5" color="#003366"><b>${e(HEADLINE_2)}</b></font><br>
<font size="2" color="gray">الجزائر - الاثنين 23 نوفمبر 2026</font><br><br>
<font size="3">
${brLines(LINES_2)}
</font>
</td>
<td class="c2" width="30%" valign="top">
<b>أخبار أخرى</b><br>
<a href="/a/1">السيسي يفتتح مشروعا جديدا في الإسكندرية</a><br>
<a href="/a/2">بلينكن يزور الرياض الأسبوع المقبل</a><br>
<a href="/a/3">محمد بن سلمان يلتقي وفدا صينيا في جدة</a>
</td>
</tr>
</table>`,
  }),
  marked: [
    "official:عبد المجيد تبون",
    "official:تبون",
    "official:قيس سعيد",
    "place:الجزائر",
    "place:ليبيا",
    "place:الساحل",
    "place:تونس",
  ],
  notMarked: ["السيسي", "الإسكندرية", "بلينكن", "الرياض", "محمد بن سلمان", "جدة"],
};
