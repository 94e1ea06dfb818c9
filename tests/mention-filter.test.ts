/** The learned filter over the rules' officials and places: it drops what context says is something else. */

import { describe, expect, test } from "vitest";
import { createTagger } from "../src/tagger/tagger.ts";
import { compiledKb, sharedTagger } from "./helpers.ts";

const places = (tagged: { type: string; text: string }[]) =>
  tagged.filter((m) => m.type === "place").map((m) => m.text);

describe("mention filter", () => {
  const { mentionFilter, ...rules } = compiledKb();
  const rulesAlone = createTagger(rules);

  test("ships with the knowledge base", () => {
    expect(mentionFilter).toBeDefined();
    expect(Object.keys(mentionFilter!.weights).length).toBeGreaterThan(100);
  });

  test("a market named after its city is not the city; the city a minister flies to is", () => {
    const market = "ارتفع مؤشر سوق دبي المالي أمس بنسبة 2 في المئة وتراجع سوق أبوظبي للأوراق المالية";
    expect(places(rulesAlone.tag(market))).toContain("دبي");
    expect(places(sharedTagger().tag(market))).toEqual([]);
    expect(places(sharedTagger().tag("وصل الرئيس الفرنسي إلى دبي في زيارة رسمية"))).toEqual(["دبي"]);
  });

  test("it only ever removes: everything it keeps, the rules found", () => {
    const text =
      "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في سمرقند، وفاز قطر على تايلاند في مباراة أمس.";
    const ruled = rulesAlone.tag(text).map((m) => `${m.start}:${m.end}:${m.type}`);
    for (const m of sharedTagger().tag(text)) expect(ruled).toContain(`${m.start}:${m.end}:${m.type}`);
  });
});
