/**
 * How far back a pronoun or a left-out subject reaches (issue 15, fourth round), shown by sentences
 * written for this test: within its sentence, and to the sentence before only when this one continues
 * it (a verb of saying with no subject, «جاء ذلك», or the event word opening it).
 */

import { expect, test } from "vitest";
import { events, people } from "./event-helpers.ts";

const FIRST = "أكد وزير الخارجية الروسي سيرغي لافروف دعم بلاده لمصر.";
const meetings = (text: string) =>
  events(text)
    .filter((r) => r.cameo === "040")
    .map(people);

test("a sentence continuing the one before takes its official", () => {
  expect(meetings(`${FIRST} وقال خلال مؤتمر صحفي بعد لقائه الرئيس المصري عبد الفتاح السيسي إن العلاقات قوية.`)).toEqual(
    [["Sergey Lavrov", "Abdel Fattah el-Sisi"]],
  );
  expect(meetings(`${FIRST} جاء ذلك خلال لقائه الرئيس المصري عبد الفتاح السيسي.`)).toEqual([
    ["Sergey Lavrov", "Abdel Fattah el-Sisi"],
  ]);
  const received = events(`${FIRST} واستقبله الرئيس المصري عبد الفتاح السيسي في قصر الاتحادية.`);
  expect(received.map(people)).toEqual([["Abdel Fattah el-Sisi", "Sergey Lavrov"]]);
});

test("a sentence with a subject of its own keeps its pronouns", () => {
  expect(meetings(`${FIRST} وأشاد البرلمان المصري بالجهود خلال لقائه الرئيس المصري عبد الفتاح السيسي.`)).toEqual([]);
  expect(
    meetings(`${FIRST} وأشاد الرئيس الفرنسي إيمانويل ماكرون بالجهود خلال لقائه الرئيس المصري عبد الفتاح السيسي.`),
  ).toEqual([["Emmanuel Macron", "Abdel Fattah el-Sisi"]]);
});
