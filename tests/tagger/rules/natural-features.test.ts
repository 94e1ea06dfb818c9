/** src/tagger/rules/natural-features.ts: a feature's head and an unknown name after it. */

import { describe, expect, test } from "vitest";
import { byRules } from "../../helpers.ts";

const places = (text: string) => byRules(text, "place", "evidence");

describe("natural features the knowledge base lacks", () => {
  test("head and name are one new place; an island's head stays outside", () => {
    expect(places("يتدفق نهر دنيبرو عبر أوكرانيا")).toEqual(["نهر دنيبرو:description", "أوكرانيا:kb"]);
    expect(places("وصل الصيادون إلى جزيرة كابري أمس")).toEqual(["كابري:description"]);
  });

  test("a known place after a head is that place, and an ordinary word after a head is none", () => {
    expect(places("وعبر الجنود نهر الليطاني")).toEqual(["نهر الليطاني:kb"]);
    expect(places("وتجول الوفد في بحر الأسبوع في الأسواق")).toEqual([]);
    expect(places("وشوهد طائر في جبل كبير")).toEqual([]);
  });

  test("the verb أدّى, which normalising reads as وادي «valley», heads no feature (وأدى اليمين)", () => {
    expect(places("وأدى اليمين الوزراء الجدد أمس")).toEqual([]);
    expect(places("وتقدمت القوات في وادي برمة أمس")).toEqual(["وادي برمة:description"]);
  });
});
