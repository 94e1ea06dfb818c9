/**
 * Common words: never a name on their own. A word is common when an annotated reference corpus
 * shows it outside the names of people and places more than twice as often as inside one, and the Arabic dictionary
 * lists it, and it is no given name and no word of a known official's name. The reference corpora are Wikipedia's (WikiFANE Gold, AQMAR),
 * never the news corpus the tagger is scored on, so the list holds no knowledge of that corpus.
 */

import { readings } from "../src/tagger/clitics.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readTextFile } from "../src/cli/input.ts";

/** Outside more than this many times as often as inside. */
const OUTSIDE_RATIO = 2;

/** One token of an annotated corpus: its text, and whether a person's or a place's name covers it. */
export interface TaggedToken {
  readonly word: string;
  readonly inside: boolean;
}

/**
 * The tags of a person's or a place's name, in WikiFANE's fine classes and AQMAR's coarse ones. The
 * head of another entity's name is still a word (قصر in قصر الحمراء, جامعة in جامعة القاهرة); the
 * words after it are a name (مدريد in ريال مدريد, هلسنكي in اتفاقية هلسنكي), so they count as inside.
 */
const PERSON_OR_PLACE =
  /^[BI]-(PER|LOC|Politician|Police|Religious_PER|Artist|Other_PER|Scientist|Athlete|Businessperson|Engineer|Lawyer|Nation|Population-Center|State-or-Province|County-or-District|Continent|GPE-Cluster|Water-Body|Land-Region-Natural)$/;

/** TOKEN<sep>TAG lines, tab (WikiFANE) or space (AQMAR) separated; blank lines between sentences. */
function* taggedTokens(path: string): Generator<TaggedToken> {
  for (const line of readTextFile(path).split("\n")) {
    const cut = Math.max(line.lastIndexOf("\t"), line.lastIndexOf(" "));
    if (cut <= 0) continue;
    const tag = line.slice(cut + 1).trim();
    yield { word: line.slice(0, cut), inside: PERSON_OR_PLACE.test(tag) || tag.startsWith("I-") };
  }
}

/** Every token of the reference corpora: WikiFANE Gold and AQMAR, Arabic Wikipedia (CC BY-SA 3.0). */
export function referenceCorpusTokens(): TaggedToken[] {
  const aqmar = "assets/corpora/aqmar";
  const files = ["assets/corpora/wikifane-gold.conll.gz", ...readdirSync(aqmar).map((f) => join(aqmar, f))];
  return files.flatMap((f) => [...taggedTokens(f)]);
}

export function commonWordCandidates(tokens: Iterable<TaggedToken>, nameWords: readonly string[]): Set<string> {
  // صباح، رمضان: a given name that is also a word still starts a name; so does a known official's
  // family name (الشاعر «the poet»).
  const names = new Set(nameWords.map(normalizeKey));
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const { word, inside: isInside } of tokens) {
    const key = normalizeKey(word);
    if (!/^[\u0621-\u064a]{2,}$/.test(key)) continue;
    const counts = isInside ? inside : outside;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set(
    [...outside].filter(([w, n]) => (inside.get(w) ?? 0) * OUTSIDE_RATIO < n && !names.has(w)).map(([w]) => w),
  );
}

/**
 * The list without the words that are a proclitic and another word (وبلاد = و + بلاد, `isWord`): the
 * tagger reads proclitics itself, and a whole token on the list forbids reading through its proclitic,
 * which must stay so for لايزال «still» (not ل + Aizawl) but would hide «بلاد فارس» in «وبلاد فارس».
 */
export function withoutCliticForms(words: ReadonlySet<string>, isWord: (key: string) => boolean): string[] {
  // A remainder of two letters is no reading worth one: وصل is «arrived», not و + صل.
  return [...words].filter((w) => !readings(w).some((r) => r.skip > 0 && r.key.length >= 3 && isWord(r.key))).sort();
}

/** What a proclitic reading of each word leaves (بلاد of وبلاد), to ask the dictionary about. */
export function cliticRemainders(words: Iterable<string>): string[] {
  return [...words].flatMap((w) =>
    readings(w)
      .filter((r) => r.skip > 0)
      .map((r) => r.key),
  );
}
