/** The learned filter over the rules' officials and places: it drops what context says is something else. */

import { describe, expect, test } from "vitest";
import { featureKey, type FilterContext, mentionFeatures } from "../src/tagger/mention-filter.ts";
import { readings } from "../src/tagger/clitics.ts";
import { normalize } from "../src/tagger/normalize.ts";
import { createTagger } from "../src/tagger/tagger.ts";
import { tokenize } from "../src/tagger/tokenize.ts";
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

  test("a famous name that an affix rule could make a word of (شارون) is not taken for one", () => {
    const officials = sharedTagger()
      .tag("زار شارون القدس أمس ووصل سولانا إلى بيروت")
      .filter((m) => m.type === "official")
      .map((m) => m.entity);
    expect(officials).toEqual(["person:sharon", "person:solana"]);
  });

  test("a lone name that is also an ordinary word (صالح) is a feature of its own, by how it was found", () => {
    const text = normalize("وقال صالح إن الحوار مستمر").text;
    // The features read words, not word ids.
    const tokens = tokenize(text, (word) => readings(word).map((r) => ({ ...r, id: -1 })));
    const first = tokens.findIndex((t) => t.text === "صالح");
    const candidate = { type: "official", first, last: first + 1, skip: 0, entity: "person:x", evidence: "kb" };
    const featuresWith = (ordinaryNames: Set<string>) => {
      const context: FilterContext = {
        tokens,
        text,
        sportsWords: 0,
        sportsBefore: new Int32Array(tokens.length + 1),
        entityCounts: new Map(),
        ordinaryNames,
      };
      const out: string[] = [];
      mentionFeatures(candidate, context, (template, value) => out.push(featureKey(template, value)));
      return out;
    };
    expect(featuresWith(new Set(["صالح"]))).toContain("ordinary|official=kb");
    expect(featuresWith(new Set()).some((f) => f.startsWith("ordinary|"))).toBe(false);
  });
});
