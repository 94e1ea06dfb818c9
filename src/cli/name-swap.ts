/**
 * Name swap: a deterministic rewrite of a CoNLL corpus in which every gold official carries an
 * invented name and every country, city, province and continent is another of its kind. A tagger
 * that learned the corpus's names, not its contexts, loses what it memorised.
 */

import type { CompiledKb } from "../kb/types.ts";
import { normalizeKey } from "../tagger/normalize.ts";
import { entityRuns, parseSentences, SENTENCES_PER_DOCUMENT } from "./conll.ts";

export interface NamePools {
  readonly arabGiven: readonly string[];
  readonly arabFamily: readonly string[];
  readonly foreignGiven: readonly string[];
  readonly foreignFamily: readonly string[];
}

export interface PlacePools {
  readonly countries: readonly string[];
  readonly cities: readonly string[];
  readonly provinces: readonly string[];
  readonly continents: readonly string[];
}

/** Gold classes whose names are swapped, with the pool each draws from; other places stay as they are. */
const PLACE_POOL: Record<string, keyof PlacePools> = {
  Nation: "countries",
  "Population-Center": "cities",
  "State-or-Province": "provinces",
  Continent: "continents",
};
const OFFICIAL_CLASSES = new Set(["Politician", "Police"]);
/** Proclitics the corpus writes as tokens of their own: a span keeps them where they are. */
const CLITIC_TOKENS = new Set(["و", "ف", "ب", "ل", "ك", "ال", "لل"]);
/** Redraws before a name that is still a KB alias is given up on. */
const MAX_DRAWS = 50;

/** mulberry32: a small seeded generator, so the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface InventedName {
  readonly given: string;
  readonly middle: readonly string[];
  readonly family: string;
}

export interface SwapOptions {
  readonly kb: CompiledKb;
  readonly names: NamePools;
  readonly places: PlacePools;
  readonly seed?: number;
  /** Told every official's name and its replacement, by document: to rewrite a gold that names them. */
  readonly onOfficial?: (document: number, original: string, replacement: string) => void;
  /** The same for every place: a gold alias may name one (السفير الإسرائيلي في بكين). */
  readonly onPlace?: (document: number, original: string, replacement: string) => void;
}

/** The corpus with its officials and places swapped; same sentences, tags rewritten to the new token counts. */
export function swapNames(source: string, options: SwapOptions): string {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const aliases = new Set(options.kb.aliases.map(([a]) => a));
  const isAlias = (name: string) => aliases.has(normalizeKey(name));
  const { names, places } = options;

  /** A fresh name (given, father's, family) that is no KB alias, nor is its family name alone. */
  const draw = (words: number): InventedName => {
    for (let attempt = 0; ; attempt++) {
      const foreign = random() < 0.4;
      const given = pick(foreign ? names.foreignGiven : names.arabGiven);
      const family = pick(foreign ? names.foreignFamily : names.arabFamily);
      const middle = words >= 3 ? [pick(foreign ? names.foreignGiven : names.arabGiven)] : [];
      const full = words === 1 ? family : [given, ...middle, family].join(" ");
      if ((!isAlias(full) && !isAlias(family)) || attempt >= MAX_DRAWS) return { given, middle, family };
    }
  };

  const sentences = parseSentences(source);
  let swapped = new Map<string, string>();
  /** The family names given out in this document: two people never share an invented one. */
  let families = new Set<string>();
  const out: string[] = [];
  sentences.forEach((sentence, s) => {
    // A document keeps its own cast: the same person or place gets the same replacement throughout it.
    if (s % SENTENCES_PER_DOCUMENT === 0) {
      swapped = new Map();
      families = new Set();
    }
    const tokens: string[] = [];
    const tags: string[] = [];
    const keep = (i: number, tag = sentence.tags[i]!) => {
      tokens.push(sentence.tokens[i]!);
      tags.push(tag);
    };
    let next = 0;
    for (const [first, end, type] of entityRuns(sentence.tags)) {
      const pool = PLACE_POOL[type];
      if (!pool && !OFFICIAL_CLASSES.has(type)) continue;
      for (; next < first; next++) keep(next);
      let from = first;
      let to = end;
      while (from < to - 1 && CLITIC_TOKENS.has(sentence.tokens[from]!)) from++;
      while (to - 1 > from && CLITIC_TOKENS.has(sentence.tokens[to - 1]!)) to--;
      const original = sentence.tokens.slice(from, to);
      const replacement = pool ? replacePlace(original, pool) : replaceOfficial(original, to - from);
      const told = pool ? options.onPlace : options.onOfficial;
      told?.(Math.floor(s / SENTENCES_PER_DOCUMENT), original.join(" "), replacement);
      for (let i = first; i < from; i++) keep(i);
      replacement.split(" ").forEach((word, i) => {
        tokens.push(word);
        tags.push(`${i === 0 && from === first ? sentence.tags[first]!.slice(0, 2) : "I-"}${type}`);
      });
      for (let i = to; i < end; i++) keep(i, `I-${type}`);
      next = end;
    }
    for (; next < sentence.tokens.length; next++) keep(next);
    out.push(tokens.map((t, i) => `${t}\t${tags[i]}`).join("\n"));
  });
  return `${out.join("\n\n")}\n`;

  function replacePlace(original: string[], pool: keyof PlacePools): string {
    const key = `${pool}:${normalizeKey(original.join(" "))}`;
    let name = swapped.get(key);
    while (!name || normalizeKey(name) === normalizeKey(original.join(" "))) name = pick(places[pool]);
    swapped.set(key, name);
    return name;
  }

  /**
   * A later mention of a person by one name (the surname) gets the surname their full name got:
   * each original word keeps its replacement within the document.
   */
  function replaceOfficial(original: string[], words: number): string {
    const key = `official:${normalizeKey(original.join(" "))}`;
    const known = swapped.get(key);
    if (known) return known;
    const lastWord = `word:${normalizeKey(original[original.length - 1]!)}`;
    const firstWord = `word:${normalizeKey(original[0]!)}`;
    let drawn = draw(Math.min(words, 3));
    for (let attempt = 0; families.has(drawn.family) && attempt < MAX_DRAWS; attempt++)
      drawn = draw(Math.min(words, 3));
    const family = swapped.get(lastWord) ?? drawn.family;
    families.add(family);
    let name = family;
    if (words > 1) {
      const given = swapped.get(firstWord) ?? drawn.given;
      swapped.set(firstWord, given);
      name = [given, ...drawn.middle, family].join(" ");
    }
    swapped.set(lastWord, family);
    swapped.set(key, name);
    return name;
  }
}
