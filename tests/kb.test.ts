import { describe, expect, it } from "vitest";
import { nisba, peopleNisba } from "../src/kb/compile.ts";
import { NEEDS_SUPPORT, PARTIAL } from "../src/kb/types.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { compiledKb, sharedTagger } from "./helpers.ts";

describe("compiled knowledge base", () => {
  const kb = compiledKb();

  it("has no duplicate entity ids", () => {
    const ids = kb.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("maps every full alias to exactly one entity; only short forms of officials are shared", () => {
    const owners = new Map<string, number[]>();
    for (const [alias, entity, flags] of kb.aliases) {
      const list = owners.get(alias) ?? [];
      list.push(entity);
      owners.set(alias, list);
      if (list.length > 1) {
        expect(flags & PARTIAL, `alias ${alias} is shared but not a short form`).toBe(PARTIAL);
        expect(kb.entities[entity]?.type).toBe("official");
      }
    }
  });

  it("stores aliases normalised, and points them at real entities", () => {
    // Gathered, then asserted once: an expect for each of some 90,000 aliases outlasts the test's time on a busy machine.
    const unnormalised = kb.aliases.filter(([alias]) => normalizeKey(alias) !== alias).map(([alias]) => alias);
    const dangling = kb.aliases.filter(([, entity]) => kb.entities[entity] === undefined).map(([alias]) => alias);
    expect(unnormalised).toEqual([]);
    expect(dangling).toEqual([]);
  });

  it("has every country from CLDR with its Arabic and Latin name", () => {
    const countries = kb.entities.filter((e) => e.kind === "country");
    expect(countries.length).toBeGreaterThanOrEqual(240);
    const ru = countries.find((e) => e.id === "country:RU");
    expect(ru).toMatchObject({ ar: "روسيا", latin: "Russia" });
  });

  it("keeps every alias row of a country: a second row adds, never replaces", () => {
    const sy = kb.entities.findIndex((e) => e.id === "country:SY");
    const aliases = kb.aliases.filter(([, entity]) => entity === sy).map(([alias]) => alias);
    expect(aliases).toContain(normalizeKey("الجمهورية العربية السورية"));
    expect(aliases).toContain(normalizeKey("سورية"));
  });

  it("has only aliases that running Arabic text can hold: letters, one space or hyphen between words", () => {
    // A misaligned column once made «SD» an alias of Darfur; a CLDR gloss made «(بورما)» one of Myanmar.
    const odd = kb.aliases.map(([alias]) => alias).filter((a) => !/^[\u0621-\u064a]+([ -][\u0621-\u064a]+)*$/.test(a));
    expect(odd).toEqual([]);
  });

  it("has officials with canonical names, roles and countries", () => {
    const officials = kb.entities.filter((e) => e.type === "official");
    expect(officials.length).toBeGreaterThanOrEqual(1000);
    for (const o of officials) {
      expect(o.ar.length, o.id).toBeGreaterThan(1);
      expect(o.latin.length, o.id).toBeGreaterThan(1);
      expect(o.roles?.length, o.id).toBeGreaterThan(0);
    }
  });

  it("has cities, provinces and regions with their country", () => {
    const places = kb.entities.filter((e) => e.type === "place" && e.kind !== "country" && e.kind !== "continent");
    expect(places.length).toBeGreaterThanOrEqual(1000);
    const cities = places.filter((e) => e.kind === "city");
    expect(cities.every((c) => typeof c.country === "string" && c.country.length === 2)).toBe(true);
  });

  it("marks short forms that are common words as needing support", () => {
    const shi = kb.aliases.find(([a, e]) => a === "شي" && kb.entities[e]?.id === "person:xi-jinping");
    expect(shi?.[2]).toBe(PARTIAL | NEEDS_SUPPORT);
  });

  it("gives no official a one-word name spelt like a country's (Raphael Tuju is no «توجو», Togo)", () => {
    const gFolded = (w: string) => w.replace(/[جغق]/g, "ك");
    const countries = new Set(
      kb.aliases.filter(([a, e]) => kb.entities[e]?.kind === "country" && !a.includes(" ")).map(([a]) => gFolded(a)),
    );
    const clashes = kb.aliases.filter(
      ([a, e]) => kb.entities[e]?.type === "official" && !a.includes(" ") && countries.has(gFolded(a)),
    );
    expect(clashes.map(([a, e]) => `${a} ${kb.entities[e]?.id}`)).toEqual([]);
  });

  it("names a family name with a particle as a short form; particle and one word only with support", () => {
    const flagsOf = (alias: string, id: string) =>
      kb.aliases.find(([a, e]) => a === normalizeKey(alias) && kb.entities[e]?.id === id)?.[2];
    // Particle and one word (دي سوزا، دا سيلفا) are many people's family names.
    expect(flagsOf("دي سوزا", "person:rebelo-de-sousa")).toBe(PARTIAL | NEEDS_SUPPORT);
  });

  it("ranks a short form known everywhere before one that needs a title; a given name as a short form needs one", () => {
    const holders = (alias: string) =>
      kb.aliases
        .filter(([a]) => a === normalizeKey(alias))
        .map(([, e, flags]) => [kb.entities[e]?.id, flags & NEEDS_SUPPORT] as const);
    // Tony Blair is «بلير» everywhere; Dennis Blair (US intelligence, listed earlier) only after a title.
    expect(holders("بلير")[0]).toEqual(["person:blair", 0]);
    expect(holders("بلير").map(([id]) => id)).toContain("person:dennis-blair");
    // عبد الجليل (Mustafa Abdul Jalil's short form) and خالد (Asadullah Khalid's) are many people's given names.
    for (const alias of ["عبد الجليل", "خالد"]) {
      expect(holders(alias).length, alias).toBeGreaterThan(0);
      expect(holders(alias).every(([, support]) => support === NEEDS_SUPPORT)).toBe(true);
    }
  });

  it("has the gazetteers' subdivisions as provinces of their country; a name the KB held keeps its place", () => {
    const owner = (alias: string) => kb.entities[kb.aliases.find(([a]) => a === normalizeKey(alias))?.[1] ?? -1]?.id;
    expect(kb.entities.find((e) => e.id === "province:AF-BDG")).toMatchObject({ ar: "بادغيس", country: "AF" });
    expect(owner("ولاية بادغيس")).toBe("province:AF-BDG");
    // إمارة دبي is the emirate; دبي alone stays the hand-listed city.
    expect(owner("إمارة دبي")).toBe("province:AE-DU");
    expect(owner("دبي")).toBe("city:dubai");
    // Names of compass words only describe a part of somewhere: no place of their own.
    expect(owner("الشمالية")).toBeUndefined();
  });
});

describe("nationality adjectives derived from country names", () => {
  it("a country named «land of» a people takes the people's nisba too (أفغانستان → أفغاني)", () => {
    expect(nisba("أفغانستان")).toBe("افغانستاني");
    expect(peopleNisba("أفغانستان")).toBe("افغاني");
    expect(peopleNisba("أوزبكستان")).toBe("اوزبكي");
    // باكستان's stem is too short: Pakistani only.
    expect(peopleNisba("باكستان")).toBeUndefined();
    expect(peopleNisba("مصر")).toBeUndefined();
  });

  it("a title's nationality from such a nisba gives the card its country", () => {
    const [minister] = sharedTagger().tag("وقال وزير الخارجية الأفغاني سامر أحمدزي إن المحادثات مثمرة");
    expect(minister).toMatchObject({ type: "official", text: "سامر أحمدزي", country: "AF" });
  });
});
