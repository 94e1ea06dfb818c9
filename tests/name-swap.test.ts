import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { swapNames } from "../src/cli/name-swap.ts";
import { loadNamePools, loadPlacePools } from "../src/cli/swap-pools.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { compiledKb } from "./helpers.ts";

const SWAPPED = new Set(["Politician", "Police", "Nation", "Population-Center", "State-or-Province", "Continent"]);

interface Run {
  readonly type: string;
  readonly text: string;
}

/** Each sentence as its O tokens and its entity runs, read by the same BIO rule as the scorer. */
function read(conll: string) {
  return conll
    .trim()
    .split("\n\n")
    .map((block) => {
      const lines = block.split("\n").map((l) => l.split("\t"));
      const outside: string[] = [];
      const runs: Run[] = [];
      let open: { type: string; words: string[] } | undefined;
      const close = () => {
        if (open) runs.push({ type: open.type, text: open.words.join(" ") });
        open = undefined;
      };
      for (const [token, tag] of lines) {
        expect(token, "every line keeps a token").toBeTruthy();
        expect(tag, "every line keeps a tag").toMatch(/^(O|[BI]-.+)$/);
        const type = tag!.slice(2);
        if (tag === "O") {
          close();
          outside.push(token!);
        } else if (tag!.startsWith("B-") || open?.type !== type) {
          close();
          open = { type, words: [token!] };
        } else open.words.push(token!);
      }
      close();
      return { outside, runs };
    });
}

function swap(source: string, seed = 7) {
  const kb = compiledKb();
  return swapNames(source, { kb, names: loadNamePools(), places: loadPlacePools(kb), seed });
}

describe("name swap", () => {
  const corpus = readFileSync("assets/corpora/newsfane-dev.conll", "utf8").split("\n\n").slice(0, 400).join("\n\n");
  const before = read(corpus);
  const swapped = swap(corpus);
  const after = read(swapped);

  it("keeps every sentence, every token outside a name, and the classes of the entities in order", () => {
    expect(after).toHaveLength(before.length);
    after.forEach((sentence, s) => {
      expect(sentence.outside).toEqual(before[s]!.outside);
      expect(sentence.runs.map((r) => r.type)).toEqual(before[s]!.runs.map((r) => r.type));
    });
  });

  it("changes every official's and every country's, city's and province's name, and leaves the others", () => {
    let changed = 0;
    after.forEach((sentence, s) =>
      sentence.runs.forEach((run, r) => {
        const original = before[s]!.runs[r]!;
        if (SWAPPED.has(run.type)) {
          expect(normalizeKey(run.text), original.text).not.toBe(normalizeKey(original.text));
          changed++;
        } else expect(run.text).toBe(original.text);
      }),
    );
    expect(changed).toBeGreaterThan(300);
  });

  it("gives officials names that are no alias in the knowledge base", () => {
    const aliases = new Set(compiledKb().aliases.map(([a]) => a));
    const officials = after.flatMap((s) => s.runs.filter((r) => r.type === "Politician" && r.text.includes(" ")));
    expect(officials.length).toBeGreaterThan(20);
    for (const o of officials) expect(aliases.has(normalizeKey(o.text)), o.text).toBe(false);
  });

  it("is the same for the same seed and different for another", () => {
    expect(swap(corpus)).toBe(swapped);
    expect(swap(corpus, 8)).not.toBe(swapped);
  });

  it("keeps a proclitic token inside a span where it stands, tagged as part of the span", () => {
    const out = swap("قال\tO\nو\tB-Nation\nمصر\tI-Nation\n.\tO\n");
    const lines = out.trim().split("\n");
    expect(lines[1]).toBe("و\tB-Nation");
    expect(lines[2]).toMatch(/\tI-Nation$/);
    expect(lines.at(-1)).toBe(".\tO");
  });

  it("gives the same person the same invented surname when a later sentence names them by it", () => {
    const doc = "قال\tO\nمحمود\tB-Politician\nعباس\tI-Politician\n.\tO\n\nواكد\tO\nعباس\tB-Politician\n.\tO\n";
    const [first, second] = read(swap(doc));
    const surname = first!.runs[0]!.text.split(" ").at(-1)!;
    expect(second!.runs[0]!.text.endsWith(surname)).toBe(true);
  });

  it("never gives two people of one document the same invented surname", () => {
    for (let doc = 0; doc * 15 < after.length; doc++) {
      const bySurname = new Map<string, Set<string>>();
      after.slice(doc * 15, doc * 15 + 15).forEach((sentence, s) =>
        sentence.runs.forEach((run, r) => {
          if (run.type !== "Politician" || !run.text.includes(" ")) return;
          const surname = run.text.split(" ").at(-1)!;
          const original = before[doc * 15 + s]!.runs[r]!.text.split(" ").at(-1)!;
          bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(normalizeKey(original)));
        }),
      );
      for (const [surname, people] of bySurname) expect(people.size, `${surname} in document ${doc}`).toBe(1);
    }
  });

  it("swaps in a province's or a town's name without its division head, as the corpora annotate it", () => {
    const kb = compiledKb();
    const heads = new Set([...kb.wordLists.divisionHeads, ...kb.wordLists.headsOutside]);
    const { provinces, cities } = loadPlacePools(kb);
    const headed = [...provinces, ...cities].filter(
      (n) => n.includes(" ") && heads.has(normalizeKey(n.split(" ")[0]!)),
    );
    expect(headed).toEqual([]);
    expect(provinces.length).toBeGreaterThan(1000);
  });
});
