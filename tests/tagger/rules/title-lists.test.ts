/** src/tagger/rules/title-lists.ts: dual and plural titles before names joined by و. */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const officials = (text: string) =>
  marks(text)
    .filter((m) => m.startsWith("official:"))
    .map((m) => m.split(":")[1]);

describe("dual and plural titles", () => {
  test("a known name inside a longer one in the list is the longer one (محمد عمر طلحة)", () => {
    expect(officials("وشارك في توزيع المساعدات النائبان محمد عمر طلحة وعائشة عثمان عقيل")).toEqual([
      "محمد عمر طلحة",
      "عائشة عثمان عقيل",
    ]);
  });

  test("heads only in construct with a place have duals, and a broken plural has its construct (رؤساء البلديات)", () => {
    expect(officials("وشارك في المؤتمر المعتمدان عثمان كرم الله النور وحامد عبد الجليل كبر")).toEqual([
      "عثمان كرم الله النور",
      "حامد عبد الجليل كبر",
    ]);
    expect(officials("وحضر اللقاء رؤساء البلديات أحمد خليل خنافر وعلي حسن فواز وقاسم محمد عيسى")).toEqual([
      "أحمد خليل خنافر",
      "علي حسن فواز",
      "قاسم محمد عيسى",
    ]);
  });

  test("a longer office may stand between the title and its names, a comma too (عضوا مجلس المدينة)", () => {
    expect(officials("وانضم إلى الدعوات عضوا مجلس المدينة جيريمي شرودر وناتالي بيكر، اللذان انتقدا القرار")).toEqual([
      "جيريمي شرودر",
      "ناتالي بيكر",
    ]);
    expect(officials("وكان النائبان عن المحافظة، إسماعيل جلال سعيد وأكبر رحيم الساعدي، قد طالبا بالإفراج")).toEqual([
      "إسماعيل جلال سعيد",
      "أكبر رحيم الساعدي",
    ]);
    expect(officials("وشارك رئيسا الجماعتين المجاورتين، محمد أمزيان ولحسن أيت باها، في اللقاء")).toEqual([
      "محمد أمزيان",
      "لحسن أيت باها",
    ]);
    // No list of names after the office: nothing.
    expect(officials("وانتقد النواب في البرلمان الحكومة والوزراء")).toEqual([]);
  });

  test("a dual title names two people, the second after و", () => {
    expect(officials("واتفق المستشاران هشام البزاز وفادي القطامي على خطة العمل")).toEqual([
      "هشام البزاز",
      "فادي القطامي",
    ]);
    expect(officials("واجتمع الوزيران الأردنيان مروان الحديدي ونبيل السقاف أمس")).toEqual([
      "مروان الحديدي",
      "نبيل السقاف",
    ]);
  });

  test("a dual in the genitive after another title is a title of its own (التقى الرئيس الوزيرين فلان وفلان)", () => {
    expect(officials("والتقى الرئيس الوزيرين سامر الطراونة ووسيم قطيشات في مكتبه")).toEqual([
      "سامر الطراونة",
      "وسيم قطيشات",
    ]);
  });

  test("a broken plural names a list, and «و» after two name words starts the next name", () => {
    expect(officials("ووقع على البيان السفراء توماس بيرغر وأندريه لوفيفر وكارلوس منديز")).toEqual([
      "توماس بيرغر",
      "أندريه لوفيفر",
      "كارلوس منديز",
    ]);
  });

  test("a dual's office may name whom it serves with في, and the names may follow a comma", () => {
    expect(officials("وعقد وزيرا الداخلية في مصر والسودان، سامر الطراونة وعادل الفهداوي، اجتماعا في القاهرة")).toEqual([
      "سامر الطراونة",
      "عادل الفهداوي",
    ]);
    expect(
      officials("ووصل وزيرا الخارجية والمالية في الحكومة الانتقالية سلمى النمراوي وعادل الفهداوي إلى جنيف"),
    ).toEqual(["سلمى النمراوي", "عادل الفهداوي"]);
  });

  test("a dual's longer office may hold ل or ب glued to an ال-word, and a noun after و", () => {
    expect(officials("وشارك عضوا المجلس البلدي للمدينة نادر سالم الحجايا وفهد عيسى الرواشدة في الجولة")).toEqual([
      "نادر سالم الحجايا",
      "فهد عيسى الرواشدة",
    ]);
    expect(officials("وحضر مفوضا اللاجئين وإعادة التوطين، سامي حسن الدوري وماهر علي كنعان.")).toEqual([
      "سامي حسن الدوري",
      "ماهر علي كنعان",
    ]);
  });

  test("a plural with no names after it, or one name, names nobody", () => {
    expect(officials("وقال النواب في البرلمان إن القانون جيد")).toEqual([]);
    expect(officials("وأكد الوزراء العرب دعمهم للقرار")).toEqual([]);
  });

  test("a dual in construct takes its offices, then two names (وزيرا الخارجية والدفاع فلان وفلان)", () => {
    const text = "وأكد وزيرا الخارجية والدفاع سامر الطراونة ووسيم قطيشات أن التعاون مستمر";
    expect(officials(text)).toEqual(["سامر الطراونة", "وسيم قطيشات"]);
    // «عين وزيرا للخارجية»: a minister, in the accusative, with no offices in construct and no names.
    expect(officials("وعين سامر وزيرا للخارجية")).toEqual([]);
  });
  test("after the plural's office and a comma, هم or منهم opens the list of names", () => {
    expect(officials("وحضر الاجتماع الوزراء، ومنهم سامر خليل الحداد وأحمد سالم العموري.")).toEqual([
      "سامر خليل الحداد",
      "أحمد سالم العموري",
    ]);
    expect(officials("وزار المدينة رؤساء البلديات، هم سامر خليل الحداد وأحمد سالم العموري.")).toEqual([
      "سامر خليل الحداد",
      "أحمد سالم العموري",
    ]);
    expect(officials("وحضر الاجتماع الوزراء، وهم يدركون حجم الأزمة التي تمر بها البلاد.")).toEqual([]);
  });
  test("a title head in the dual's accusative ends the last name (أمينين للسر)", () => {
    expect(officials("وانتخب النائبان سامر خليل الحداد وأحمد سالم العموري أمينين للسر.")).toEqual([
      "سامر خليل الحداد",
      "أحمد سالم العموري",
    ]);
  });

  test("a foreign given name with hamza and the article's letters after و (وآلان، وأليكس)", () => {
    expect(officials("وحضر السفيران ماريو بيتشي وآلان دوشان الاحتفال.")).toEqual(["ماريو بيتشي", "آلان دوشان"]);
  });
});
