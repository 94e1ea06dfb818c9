/** src/tagger/rules/successions.ts: a predecessor named after «خلفا لـ». */

import { describe, expect, test } from "vitest";
import { byRules } from "../../helpers.ts";

const officialsByRules = (text: string) => byRules(text, "official", "evidence");

describe("predecessors after خلفا لـ", () => {
  test("a name of two words or more glued to the ل is the office's former holder", () => {
    expect(officialsByRules("وأدى المحافظ الجديد اليمين، خلفا لنبيل سعيد الخطيب الذي قبلت استقالته")).toEqual([
      "نبيل سعيد الخطيب:description",
    ]);
    expect(officialsByRules("وعين الرئيس كمال سعيد الربيعي وزيرا للمالية خلفاً لعمر يوسف النجار")).toEqual([
      "كمال سعيد الربيعي:title",
      "عمر يوسف النجار:description",
    ]);
  });

  test("not a title, a word or a one-word name after خلفا لـ", () => {
    expect(officialsByRules("وجاء القرار خلفا لما أعلنه الرئيس الأسبوع الماضي")).toEqual([]);
    expect(officialsByRules("وعين مديرا للمكتب خلفا لسعيد الذي تقاعد")).toEqual([]);
  });
});
