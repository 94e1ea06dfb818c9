/**
 * Who makes a visit (issue 15, fourth round: «the host of a visit and the guest told apart»), shown by
 * sentences written for this test: with several others named, the visit keeps its visitors; one other
 * is the one visited and stays.
 */

import { expect, test } from "vitest";
import { events, people } from "./event-helpers.ts";

const visits = (text: string) =>
  events(text)
    .filter((r) => r.cameo === "042")
    .map(people);

test("the inviters, hosts and attendees of a visit are not its parties", () => {
  expect(
    visits(
      "وتأتي زيارة وزير الخارجية الروسي سيرغي لافروف إلى القاهرة بدعوة من الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء مصطفى مدبولي.",
    ),
  ).toEqual([["Sergey Lavrov"]]);
  expect(
    visits(
      "وزار وزير الخارجية الروسي سيرغي لافروف القاهرة بحضور الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء مصطفى مدبولي.",
    ),
  ).toEqual([["Sergey Lavrov"]]);
});

test("visitors joined by «و» alone all make the visit", () => {
  expect(
    visits(
      "وصل وزير الخارجية الروسي سيرغي لافروف ونائبه ميخائيل بوغدانوف إلى القاهرة بدعوة من الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء مصطفى مدبولي.",
    ),
  ).toEqual([["Sergey Lavrov", "Mikhail Bogdanov"]]);
});

test("one other person is the one visited, a party", () => {
  expect(visits("زار وزير الخارجية الروسي سيرغي لافروف الرئيس المصري عبد الفتاح السيسي في القاهرة.")).toEqual([
    ["Sergey Lavrov", "Abdel Fattah el-Sisi"],
  ]);
});
