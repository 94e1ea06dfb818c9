import { describe, expect, it } from "vitest";
import { parseConll } from "../src/cli/conll.ts";
import { predictedSpans } from "../src/cli/eval-command.ts";
import { ablatedSources, aliasIndex, mentionKeys, runAblation } from "../src/cli/kb-ablation.ts";
import { compileKb, type KbSources, type SourceEntity } from "../src/kb/compile.ts";
import { createTagger } from "../src/tagger/tagger.ts";
import { kbSources } from "../scripts/kb-sources.ts";

const entity = (id: string, type: "official" | "place", ar: string, aliases: string[] = []): SourceEntity => ({
  entity: { id, type, ar, latin: id, ...(type === "place" ? { kind: "city" as const } : {}) },
  aliases,
  foreign: false,
  priority: 1,
});

const sources: KbSources = {
  entities: [
    entity("haddad", "official", "سامر حداد"),
    entity("amman", "place", "عمان"),
    entity("beirut", "place", "بيروت"),
    entity("homs", "place", "حمص"),
  ],
  nationalities: [],
  titles: ["وزير"],
  titleLinks: [],
  commonWords: [],
  givenNames: ["سامر"],
  orgHeads: [],
  honorifics: [],
  speechVerbs: ["قال"],
  sportsCues: [],
  nonGovernment: [],
  geoHeads: [],
  settlementHeads: [],
  sportsSuffixes: [],
  ordinaryNameWords: [],
  // The grammar's closed lists (name connectors, state forms…) as the project ships them.
  wordLists: kbSources().wordLists,
};

const conll = (rows: string) =>
  parseConll(
    rows
      .trim()
      .split("\n")
      .map((r) => r.trim().replace(" ", "\t"))
      .join("\n"),
  );

describe("KB ablation", () => {
  it("reads a mention with its proclitics stripped, لل as ل + ال", () => {
    expect(mentionKeys("وبعمان")).toEqual(["وبعمان", "بعمان", "عمان"]);
    expect(mentionKeys("للقاهرة")).toEqual(["للقاهره", "القاهره"]);
  });

  it("removes the officials and places the gold mentions name, by any alias, and nothing else", () => {
    const full = compileKb(sources).kb;
    const docs = conll("زار O\nحداد B-Politician\nوبيروت B-Population-Center\n. O");
    const kept = ablatedSources(sources, full, aliasIndex(full), docs).entities.map((s) => s.entity.id);
    expect(kept).toEqual(["amman", "homs"]);
  });

  it("splits recall by what the full KB knows and loses the removed names in the ablated run", () => {
    const docs = conll(
      "قال O\nسامر B-Politician\nحداد I-Politician\nفي O\nعمان B-Population-Center\nو O\nحمص B-Population-Center\n. O",
    );
    const { plain, ablated } = runAblation({
      sources,
      docs,
      foldOf: () => 0,
      taggerFor: (kb) => createTagger(kb),
      spansOf: predictedSpans,
    });
    expect(plain.recall.place).toEqual({ known: { found: 2, gold: 2 }, unknown: { found: 0, gold: 0 } });
    expect(plain.recall.official.known).toEqual({ found: 1, gold: 1 });
    expect(ablated.recall.place.known.found).toBe(0);
    expect(ablated.scores.place.tp).toBe(0);
  });
});
