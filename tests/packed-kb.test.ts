import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readContainer, writeContainer } from "../src/kb/container.ts";
import { openPackedKb, packKb } from "../src/kb/packed.ts";
import { buildWordTable, WordTable } from "../src/kb/word-table.ts";
import { Gazetteer } from "../src/tagger/gazetteer.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { createTagger } from "../src/tagger/tagger.ts";
import type { Token } from "../src/tagger/tokenize.ts";
import { compiledKb, packedKb } from "./helpers.ts";

describe("word table", () => {
  const words = ["وزير", "الخارجية", "a", "ab", "ba", "عبد الله", "ي"];
  const table = new WordTable(buildWordTable(words));

  it("gives every word it holds its id, and nothing else one", () => {
    words.forEach((w, i) => {
      expect(table.id(w)).toBe(i);
    });
    for (const absent of ["", "وزي", "وزيرة", "b", "abc", "عبد"]) expect(table.id(absent)).toBe(-1);
  });

  it("finds a word written as two parts, and no other", () => {
    expect(table.joinedId("وز", "ير")).toBe(0);
    expect(table.joinedId("", "ab")).toBe(3);
    expect(table.joinedId("b", "a")).toBe(4);
    expect(table.joinedId("a", "a")).toBe(-1);
    expect(table.joinedId("وزير", "ة")).toBe(-1);
  });

  it("holds many words with colliding hash slots", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordTable(buildWordTable(many));
    expect(many.every((w, i) => big.id(w) === i)).toBe(true);
    expect(big.id("w-1")).toBe(-1);
  });
});

describe("container", () => {
  it("reads back what it wrote, section by section, at any byte offset of the input", () => {
    const sections = {
      small: Uint8Array.of(1, 2, 3),
      numbers: Uint32Array.of(7, 4_000_000_000),
      signed: Int32Array.of(-1, 5),
      real: Float64Array.of(0.078, -1.9),
      text: "رئيس الوزراء \u{1F600}",
    };
    const bytes = writeContainer({ note: "test", n: 3 }, sections);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    for (const input of [bytes, shifted.subarray(3)]) {
      const file = readContainer<{ note: string; n: number }>(input);
      expect(file.header).toMatchObject({ note: "test", n: 3 });
      expect([...file.u8("small")]).toEqual([1, 2, 3]);
      expect([...file.u32("numbers")]).toEqual([7, 4_000_000_000]);
      expect([...file.i32("signed")]).toEqual([-1, 5]);
      expect([...file.f64("real")]).toEqual([0.078, -1.9]);
      expect(file.text("text")).toBe(sections.text);
    }
  });

  it("refuses a file that is not a packed knowledge base, and a section of the wrong kind", () => {
    expect(() => readContainer(new TextEncoder().encode('{"entities":[]}'))).toThrow(
      /not a packed Marsad knowledge base/,
    );
    const file = readContainer(writeContainer({}, { small: Uint8Array.of(1) }));
    expect(() => file.u32("small")).toThrow(/no u32 section «small»/);
    expect(() => file.u8("missing")).toThrow(/no u8 section «missing»/);
  });
});

describe("packed knowledge base", () => {
  const kb = compiledKb();
  const packed = packedKb();

  it("keeps every entity record, its type and its id", () => {
    expect(packed.entities.length).toBe(kb.entities.length);
    for (const i of [0, 1, 100, kb.entities.length - 1]) {
      expect(packed.entities.get(i)).toEqual(kb.entities[i]);
      expect(packed.entities.typeOf(i)).toBe(kb.entities[i]!.type);
      expect(packed.entities.indexOf(kb.entities[i]!.id)).toBe(i);
    }
    expect(packed.entities.get(kb.entities.length)).toBeUndefined();
    expect(packed.entities.indexOf("nobody:here")).toBe(-1);
  });

  it("finds each alias with the hits the compiled KB gives it, in the same order", () => {
    const expected = new Map<string, { entity: number; flags: number }[]>();
    for (const [alias, entity, flags] of kb.aliases) {
      const hits = expected.get(alias) ?? [];
      if (!hits.some((h) => h.entity === entity)) hits.push({ entity, flags });
      expected.set(alias, hits);
    }
    const sample = [...expected].filter((_, i) => i % 97 === 0);
    expect(sample.length).toBeGreaterThan(300);
    const trie = new Gazetteer(packed.words, packed.aliases);
    for (const [alias, hits] of sample) {
      const tokens: Token[] = alias.split(" ").map((text, i) => {
        const id = packed.words.id(text);
        return {
          start: 0,
          end: 0,
          text,
          id,
          tight: i > 0,
          sentenceStart: i === 0,
          readings: [{ key: text, skip: 0, id }],
        };
      });
      const match = trie.longestAt(tokens, 0);
      expect(match?.last, alias).toBe(tokens.length);
      expect(match?.hits, alias).toEqual(hits);
      expect(trie.hitsOf(`${alias}x`)).toBeUndefined();
    }
  });

  it("keeps the big word lists as bits of the word table", () => {
    const lists = [kb.commonWords, kb.givenNames, kb.ordinaryNameWords];
    lists.forEach((list, k) => {
      for (const word of list.filter((_, i) => i % 50 === 0)) {
        const id = packed.words.id(word);
        expect(id, word).toBeGreaterThanOrEqual(0);
        expect(packed.wordBits[id]! & (1 << k), word).not.toBe(0);
      }
    });
  });

  it("lists an office's holders as a scan of every entity's roles would", () => {
    const minister = normalizeKey("وزير الخارجية");
    const scan = kb.entities.filter((e) =>
      e.roles?.some((r) => r.country === "EG" && normalizeKey(r.title) === minister),
    );
    expect(scan.length).toBeGreaterThan(2);
    expect(packed.entities.holders(minister, "EG")).toEqual(scan);
    expect(packed.entities.holders(minister, "ZZ")).toEqual([]);
  });

  it("is what packing the JSON form gives, byte for byte (packing is deterministic)", () => {
    expect(Buffer.from(packKb(kb)).equals(readFileSync("dist/kb/kb.bin"))).toBe(true);
  });

  it("tags without its learned filter when the KB has none", () => {
    const { mentionFilter: _, ...rules } = kb;
    const withoutFilter = openPackedKb(packKb(rules));
    expect(withoutFilter.filter).toBeUndefined();
    expect(packed.filter).toBeDefined();
    const text = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان.";
    const names = (mentions: { text: string }[]) => mentions.map((m) => m.text);
    expect(names(createTagger(withoutFilter).tag(text))).toEqual(expect.arrayContaining(["سامح شكري", "أيمن الصفدي"]));
  });
});
