/** src/tagger/rules/lineage.ts: a known official named with more of his lineage than the KB's alias. */

import { describe, expect, test } from "vitest";
import { officialMarks } from "../../helpers.ts";

const officialTexts = (text: string) => officialMarks(text).map((m) => m.split(":")[1]);

describe("lineage after a known name", () => {
  test("بن and آل chains after a known official's alias stay in the mention", () => {
    expect(officialTexts("وحضر الاستقبال الأمير سلمان بن سلطان بن عبد العزيز نائب وزير الدفاع.")).toEqual([
      "سلمان بن سلطان بن عبد العزيز",
    ]);
    expect(officialTexts("وحضر اللقاء السيد شهاب بن طارق آل سعيد نائب رئيس الوزراء.")).toEqual([
      "شهاب بن طارق آل سعيد",
    ]);
  });

  test("a second person joined by و is no lineage, and the grandfather is no later mention", () => {
    expect(officialTexts("والتقى الأمير محمد بن سلمان وعبد الله بن زايد في الرياض.")).toEqual([
      "محمد بن سلمان",
      "عبد الله بن زايد",
    ]);
    expect(
      officialTexts("واستقبل الأمير سلمان بن سلطان بن عبد العزيز الوفد. وقال عبد العزيز إن الزيارة مهمة."),
    ).toEqual(["سلمان بن سلطان بن عبد العزيز"]);
  });
});
