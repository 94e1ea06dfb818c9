/**
 * A verb of going that addresses something to someone (issue 15, fourth round), shown by sentences
 * written for this test: «توجه بالشكر إلى» is no trip; a trip's own circumstances with بـ stay a trip.
 */

import { expect, test } from "vitest";
import { kinds } from "./event-helpers.ts";

test("«توجه» with بـ and what is addressed, before its «إلى», is no trip", () => {
  expect(kinds("وتوجه الرئيس بالشكر إلى نظيره على دعمه")).toEqual([]);
  expect(kinds("وتوجه الرئيس ب الشكر إلى نظيره على دعمه")).toEqual([]);
  expect(kinds("سيتوجه الرئيس بكلمة إلى الشعب مساء اليوم")).toEqual([]);
  expect(kinds("ويتوجه الوزير بنداء عاجل إلى المجتمع الدولي")).toEqual([]);
});

test("a trip's own circumstances with بـ leave it a trip", () => {
  expect(kinds("توجه الرئيس بطائرة خاصة إلى العاصمة")).toEqual(["042"]);
  expect(kinds("توجه الرئيس برفقة وزير الخارجية إلى العاصمة")).toEqual(["042"]);
  // After the «إلى», what is addressed belongs to another phrase.
  expect(kinds("توجه الموفد إلى العاصمة برسالة من الرئيس")).toEqual(["042"]);
  // Only توجه: one arrives with a message.
  expect(kinds("وصل الموفد برسالة إلى العاصمة")).toEqual(["042"]);
});
