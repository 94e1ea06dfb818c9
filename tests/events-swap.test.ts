import { describe, expect, it } from "vitest";
import { rewriteAlias, swappedEvents } from "../src/cli/events-swap.ts";
import type { EventGold } from "../src/cli/events-scorer.ts";
import { compiledKb } from "./helpers.ts";

/** A one-sentence CoNLL corpus from [token, tag] rows. */
const conll = (rows: readonly (readonly [string, string])[]) => `${rows.map(([t, g]) => `${t}\t${g}`).join("\n")}\n`;

/** A gold of one core meeting in document 0, sentence 0. */
const oneMeeting = (who: string[], aliases: Record<string, string[]>): EventGold => ({
  note: "test",
  docs: { "0": { events: [{ kind: "meet", who, aliases, sentence: 0, core: true }] } },
});

describe("event gold on the name-swapped corpus", () => {
  it("rewrites the longest swapped name first and leaves titles alone", () => {
    const replacements = new Map([
      ["فلاديمير بوتين", "سامر الحلبي"],
      ["بوتين", "الحلبي"],
    ]);
    expect(rewriteAlias("الرئيس فلاديمير بوتين", replacements)).toBe("الرئيس سامر الحلبي");
    expect(rewriteAlias("بوتين", replacements)).toBe("الحلبي");
    expect(rewriteAlias("الرئيس الروسي", replacements)).toBe("الرئيس الروسي");
    expect(rewriteAlias("بوتينيات", replacements)).toBe("بوتينيات");
  });

  it("never rewrites a replacement again (a place swapped for one the map also swaps)", () => {
    const replacements = new Map([
      ["بكين", "موسكو"],
      ["موسكو", "لندن"],
    ]);
    expect(rewriteAlias("السفير الاسرائيلي في بكين", replacements)).toBe("السفير الاسرائيلي في موسكو");
  });

  it("gives each gold alias the name the swapped corpus writes in its place", () => {
    const source = conll([
      ["استقبل", "O"],
      ["الرئيس", "O"],
      ["فلاديمير", "B-Politician"],
      ["بوتين", "I-Politician"],
      ["الوزير", "O"],
      ["سيرغي", "B-Politician"],
      ["لافروف", "I-Politician"],
      [".", "O"],
    ]);
    const gold = oneMeeting(["putin", "lavrov"], { putin: ["فلاديمير بوتين", "بوتين"], lavrov: ["لافروف"] });
    const { documents, gold: swapped } = swappedEvents(compiledKb(), source, gold, 3);
    const text = documents[0]!.text;
    expect(text).not.toMatch(/بوتين|لافروف/);
    const aliases = swapped.docs["0"]!.events[0]!.aliases;
    const [putinFull, putinSurname] = aliases.putin!;
    expect(text).toContain(putinFull);
    expect(putinFull!.endsWith(` ${putinSurname}`)).toBe(true);
    expect(text).toContain(aliases.lavrov![0]);
  });

  it("rewrites a place inside an alias as the corpus swaps it (السفير الإسرائيلي في بكين)", () => {
    const source = conll([
      ["التقى", "O"],
      ["سيرغي", "B-Politician"],
      ["لافروف", "I-Politician"],
      ["السفير", "O"],
      ["الاسرائيلي", "O"],
      ["في", "O"],
      ["بكين", "B-Population-Center"],
      [".", "O"],
    ]);
    const gold = oneMeeting(["lavrov", "ambassador"], {
      lavrov: ["لافروف"],
      ambassador: ["السفير الاسرائيلي في بكين"],
    });
    const { documents, gold: swapped } = swappedEvents(compiledKb(), source, gold, 3);
    const text = documents[0]!.text;
    expect(text).not.toContain("بكين");
    const [ambassador] = swapped.docs["0"]!.events[0]!.aliases.ambassador!;
    expect(ambassador).toMatch(/^السفير الاسرائيلي في /);
    expect(text).toContain(ambassador);
  });
});
