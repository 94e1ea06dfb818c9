/**
 * A trip and the encounters held during it (issue 15, fifth round: «several events in one sentence
 * collapsed into one record»), shown by sentences written for this test: a tour that «كل من» or «كل على
 * حدة» splits into an encounter with each person met is also the trip of its visitor alone, since the
 * guidelines keep a visit apart from the meetings held during it.
 */

import { expect, test } from "vitest";
import { events, people } from "./event-helpers.ts";

const told = (text: string) =>
  events(text)
    .map((r) => `${r.cameo} ${people(r).join(" + ")}${r.location ? ` @${r.location.text}` : ""}`)
    .sort();

test("a tour that carries messages to each of two leaders is the tour and an encounter with each", () => {
  expect(
    told(
      "وبدأ وزير الخارجية الروسي سيرغي لافروف جولة تشمل الأردن وسوريا، ينقل خلالها رسائل من الرئيس فلاديمير بوتين إلى كل من الملك عبد الله الثاني والرئيس بشار الأسد.",
    ),
  ).toEqual([
    "042 Sergey Lavrov + Abdullah II @الأردن",
    "042 Sergey Lavrov + Bashar al-Assad @الأردن",
    "042 Sergey Lavrov @الأردن",
  ]);
});

test("a trip to one person, not split, stays one record", () => {
  expect(
    told(
      "وبدأ وزير الخارجية الروسي سيرغي لافروف جولة تشمل الأردن، ينقل خلالها رسالة من الرئيس فلاديمير بوتين إلى الملك عبد الله الثاني.",
    ),
  ).toEqual(["042 Sergey Lavrov + Abdullah II @الأردن"]);
});

test("a verb of going reaches its preposition across a title and a full name with its lineage", () => {
  expect(
    told(
      "وتوجه رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني إلى واشنطن حيث التقى وزير الخارجية الأمريكي أنتوني بلينكن.",
    ),
  ).toEqual([
    "040 Mohammed bin Abdulrahman Al Thani + Antony Blinken @واشنطن",
    "042 Mohammed bin Abdulrahman Al Thani @واشنطن",
  ]);
});

test("a present event verb after «حيث» (where) shares the time of the trip to come before it", () => {
  expect(
    told(
      "ستزور وزيرة الخارجية الألمانية أنالينا بيربوك القاهرة الأسبوع المقبل حيث تلتقي الرئيس المصري عبد الفتاح السيسي.",
    ),
  ).toEqual(["036 Annalena Baerbock + Abdel Fattah el-Sisi", "036 Annalena Baerbock @القاهرة"]);
  // A trip told as made keeps the meeting after «حيث» made.
  expect(
    told("زارت وزيرة الخارجية الألمانية أنالينا بيربوك القاهرة أمس حيث التقت الرئيس المصري عبد الفتاح السيسي."),
  ).toEqual(["040 Annalena Baerbock + Abdel Fattah el-Sisi @القاهرة", "042 Annalena Baerbock @القاهرة"]);
});

test("a summit held (عقد قمة) by two leaders is their meeting; a summit without them, or another noun, is none", () => {
  expect(
    told("وسيعقد الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس قمة في برلين الأسبوع المقبل."),
  ).toEqual(["036 Emmanuel Macron + Olaf Scholz @برلين"]);
  expect(told("وعقد الرئيس الأمريكي جو بايدن ونظيره الصيني شي جين بينغ قمة ثنائية في سان فرانسيسكو أمس.")).toEqual([
    "040 Joe Biden + Xi Jinping @سان فرانسيسكو",
  ]);
  expect(told("وعقدت القمة العربية في الرياض أمس.")).toEqual([]);
  expect(told("وعقد الرئيس الأمريكي جو بايدن مؤتمرا صحفيا مع المستشار الألماني أولاف شولتس في البيت الأبيض.")).toEqual(
    [],
  );
});
