/** src/tagger/rules/datelines.ts: a story's dateline names a place, even one named by a common word. */

import { describe, expect, test } from "vitest";
import { byRules } from "../../helpers.ts";

const places = (text: string) => byRules(text, "place");

describe("datelines", () => {
  test("a known place opening the text before a spaced dash is the place, also a common word (مسقط، الأبيض)", () => {
    expect(places("مسقط - العمانية - قال الوالي إن الأمطار توقفت")).toEqual(["مسقط"]);
    expect(places("الأبيض - سونا - أعلن الوالي خطة لإسعاف المدينة")).toEqual(["الأبيض"]);
    // And at the start of a line, as a page's second story.
    expect(places("وانتهى الاجتماع.\nمسقط - قال الوالي إن الأمطار توقفت")).toEqual(["مسقط"]);
  });

  test("elsewhere the common word stays a word", () => {
    expect(places("وقال إن مسقط الرأس - كما يقال - عزيز")).toEqual([]);
    expect(places("وارتدى المقاتلون الزي الأبيض - كما قالوا")).toEqual([]);
  });
});
