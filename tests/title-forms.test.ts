/** src/kb/title-forms.ts: a construct title's complement with and without the article. */

import { describe, expect, test } from "vitest";
import { withDefiniteComplements } from "../src/kb/title-forms.ts";
import { sharedTagger } from "./helpers.ts";

describe("construct titles with a definite complement", () => {
  test("the compiler adds the form with the article to an indefinite construct title", () => {
    expect(withDefiniteComplements(["مدير وكالة", "رئيس أركان", "الرئيس"])).toEqual([
      "مدير وكالة",
      "رئيس أركان",
      "الرئيس",
      "مدير الوكالة",
      "رئيس الأركان",
    ]);
  });

  test("not after an adjective of the head, nor a pronoun written apart", () => {
    expect(withDefiniteComplements(["أمين عام", "مفتش عام", "نظير ه"])).toEqual(["أمين عام", "مفتش عام", "نظير ه"]);
  });

  test("the tagger reads the title with its definite complement before an unknown name", () => {
    const officials = sharedTagger()
      .tag("وقال مدير الوكالة الدولية للطاقة الذرية سامر عيد الخوالدة إن التفتيش مستمر.")
      .filter((m) => m.type === "official")
      .map((m) => m.text);
    expect(officials).toEqual(["سامر عيد الخوالدة"]);
  });
});
