/**
 * Proclitics: و ف (and, so), ب ل ك (in, for, like), and the article ال, with
 * ل + ال written لل. A reading says how many leading characters the clitics take
 * and which key the rest matches against.
 */

import type { Token } from "./tokenize.ts";

export interface Reading {
  /** Characters of the token taken by proclitics (outside the mention). */
  readonly skip: number;
  /** The key to look up: the token without its proclitics, article restored. */
  readonly key: string;
}

const MIN_STEM = 2;
/** Words repeat: the tagger asks for the readings of each token several times. */
const cache = new Map<string, readonly Reading[]>();
const CACHE_LIMIT = 50_000;

/** و ف ب ك ل: the letters a proclitic starts with, marked by code (asked of every token: a read, not a hash). */
const CLITIC_STARTS = new Uint8Array(0x0700);
for (const c of "وفبكل") CLITIC_STARTS[c.charCodeAt(0)] = 1;

/** Whether the word starts with a letter a proclitic starts with; if not, it reads only as itself. */
export function mayHaveProclitic(word: string): boolean {
  return CLITIC_STARTS[word.charCodeAt(0)] === 1;
}

export function readings(word: string): readonly Reading[] {
  // Most words start with no proclitic letter and read only as themselves: building that one reading
  // is cheaper than hashing the word for the cache.
  if (!mayHaveProclitic(word)) return [{ skip: 0, key: word }];
  let r = cache.get(word);
  if (!r) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    r = computeReadings(word);
    cache.set(word, r);
  }
  return r;
}

function computeReadings(word: string): Reading[] {
  const out: Reading[] = [{ skip: 0, key: word }];
  let i = 0;
  const first = word[0];
  if (first === "و" || first === "ف") i = 1;
  // Conjunction alone (وروسيا).
  if (i === 1 && word.length - 1 >= MIN_STEM) out.push({ skip: 1, key: word.slice(1) });
  const prep = word[i];
  if (prep === "ب" || prep === "ك" || prep === "ل") {
    const rest = word.slice(i + 1);
    if (prep === "ل" && rest.startsWith("ل") && rest.length - 1 >= MIN_STEM) {
      // للصين = ل + الصين: لل is the proclitic, so the span is what follows it.
      out.push({ skip: i + 2, key: `ا${rest}` });
    } else if (rest.length >= MIN_STEM) {
      out.push({ skip: i + 1, key: rest });
    }
  }
  return out;
}

/**
 * Whether token `i` is one of the proclitics `letters` written apart from the word after it, as a clitic
 * segmenter writes them (و قال، ل حزب العمال، ب الولاية): the rules read the pair as if glued.
 */
export function procliticApart(tokens: readonly Token[], i: number, letters: string): boolean {
  const t = tokens[i];
  return !!t && t.text.length === 1 && letters.includes(t.text) && !!tokens[i + 1]?.tight;
}
