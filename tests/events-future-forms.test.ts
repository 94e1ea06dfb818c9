/**
 * Forms of events to come (issue 15, fourth round), shown by sentences written for this test: the future
 * سـ split off as its own token, as the CoNLL corpora write it (س يزور), and a verb of hosting carrying
 * the event noun after it as the light verbs do (ستستضيف العاصمة مفاوضات).
 */

import { expect, test } from "vitest";
import { kinds } from "./event-helpers.ts";

test("the future سـ glued or split off", () => {
  expect(kinds("وسيزور الرئيس العاصمة")).toEqual(["036"]);
  expect(kinds("و س يزور الرئيس العاصمة")).toEqual(["036"]);
  expect(kinds("و س يلتقي الرئيس نظيره")).toEqual(["036"]);
  expect(kinds("ويزور الرئيس العاصمة")).toEqual(["042"]);
});

test("«ستستضيف المدينة مفاوضات» is talks to come; «استضافت» talks held", () => {
  expect(kinds("وستستضيف العاصمة مفاوضات بين الوزيرين")).toEqual(["036"]);
  expect(kinds("و س تستضيف العاصمة اجتماعا للوزراء")).toEqual(["036"]);
  expect(kinds("وتستضيف العاصمة الأسبوع المقبل محادثات بين الوزيرين")).toEqual(["036"]);
  expect(kinds("واستضافت العاصمة أمس مفاوضات بين الوزيرين")).toEqual(["040"]);
});
