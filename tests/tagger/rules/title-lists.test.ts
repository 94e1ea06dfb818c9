/** src/tagger/rules/title-lists.ts: dual and plural titles before names joined by و. */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const officials = (text: string) =>
  marks(text)
    .filter((m) => m.startsWith("official:"))
    .map((m) => m.split(":")[1]);

describe("dual and plural titles", () => {
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
});
