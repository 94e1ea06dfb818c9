/** src/tagger/rules/place-extent.ts: the corpus's extent of a known place. */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const texts = (text: string) => marks(text).map((m) => m.split(":")[1]);

describe("the extent of a known place", () => {
  test("a compass adjective belongs to the place", () => {
    expect(texts("تراجعت المبيعات في أوروبا الغربية وأمريكا الجنوبية")).toEqual(["أوروبا الغربية", "أمريكا الجنوبية"]);
    expect(marks("تعمل الشركة في شرق آسيا وأفريقيا الشمالية")).toEqual([
      "place:آسيا:continent:142",
      "place:أفريقيا الشمالية:continent:002",
    ]);
  });

  test("a feature's head joins a known place, and makes it the feature, not the country", () => {
    expect(marks("فاضت مياه نهر السنغال")).toEqual(["place:نهر السنغال:new:نهر السنغال"]);
    expect(marks("يعيش الصيادون في دلتا نهر النيجر منذ قرون")).toEqual(["place:نهر النيجر:sea:niger-river"]);
    expect(texts("يمر نهر الفرات في سوريا")).toEqual(["نهر الفرات", "سوريا"]);
  });

  test("an island's head stays outside", () => {
    expect(texts("زار الوزير جزيرة سومطرا")).toEqual(["سومطرا"]);
    // A state's name keeps it (WikiFANE Gold marks جزر X whole as a nation 25 times of 27).
    expect(marks("وتجمعت السفن قرب جزر القمر")).toEqual(["place:جزر القمر:country:KM"]);
  });
});
