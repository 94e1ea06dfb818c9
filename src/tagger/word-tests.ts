/**
 * Tests of one word against what the tagger knows: may it be a name, is it a common word, a
 * nationality adjective, a known official's name? The rules ask these; none looks at a page.
 */

import { readings } from "./clitics.ts";
import type { GazetteerMatch } from "./gazetteer.ts";
import type { Lexicon } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";

/** Pronoun suffixes that the corpus splits off but pages keep attached: grammar, a closed set. */
const PRONOUN_SUFFIXES = ["هما", "هم", "هن", "ها", "كم", "كما", "نا", "ه"];

export class WordTests {
  constructor(private readonly lex: Lexicon) {}

  /** Whether `word` may be a word of a person's name (`first`: its first word). */
  isNameWord(word: string, first: boolean): boolean {
    const { titleWords, honorifics, given } = this.lex;
    if (word.length < 2 || titleWords.has(word) || honorifics.has(word)) return false;
    // والأمير، وسمو: a conjunction and a title or an honorific start the next person.
    if (word[0] === "و" || word[0] === "ف") {
      const rest = word.slice(1);
      if (titleWords.has(rest) || honorifics.has(rest)) return false;
    }
    // فيصل is a given name, though ف + يصل would read «and arrives».
    const isGiven = given.has(word);
    if (readings(word).some((r) => (r.skip === 0 || !isGiven) && this.isCommon(r.key))) return false;
    if (first && word.startsWith("ال")) return false;
    if (/^[0-9]/.test(word) || this.nationalityOf(word)) return false;
    return !this.isKbWord(word, false);
  }

  /** A common word, also with a pronoun suffix attached (نظيره، بلادها). */
  isCommon(word: string): boolean {
    const { common } = this.lex;
    if (common.has(word)) return true;
    for (const suffix of PRONOUN_SUFFIXES) {
      if (word.length - suffix.length >= 3 && word.endsWith(suffix) && common.has(word.slice(0, -suffix.length))) {
        return true;
      }
    }
    return false;
  }

  /** A given name, or a word that may be a name and is no known official's. */
  mayBeFirstName(word: string): boolean {
    return this.lex.given.has(word) || (this.isNameWord(word, false) && !this.isKbWord(word, true));
  }

  /** Whether `word` alone is the name of a known official (true), or of a place or organisation (false). */
  isKbWord(word: string, official: boolean): boolean {
    const hits = this.lex.gazetteer.hitsOf(word);
    return !!hits && hits.some((h) => (this.lex.entities[h.entity]?.type === "official") === official);
  }

  /** The country of a nationality adjective (الروسي، روسية, with or without proclitics). */
  nationalityOf(word: string): string | undefined {
    for (const r of readings(word)) {
      let k = r.key.startsWith("ال") ? r.key.slice(2) : r.key;
      if (k.endsWith("ه")) k = k.slice(0, -1);
      const cc = this.lex.nationalities.get(k);
      if (cc) return cc;
    }
    return undefined;
  }

  /** A word that may continue a title: a title link, an honorific, or an ال-word. */
  isTitleModifier(word: string): boolean {
    if (this.lex.titleLinks.has(word)) return true;
    return readings(word).some((r) => r.key.startsWith("ال") && r.key.length > 3);
  }

  /** Whether a KB match may name an official. */
  isPersonMatch(m: GazetteerMatch): boolean {
    return m.hits.some((h) => this.lex.entities[h.entity]?.type === "official");
  }
}

/** The first word of a match as looked up, without the proclitics the match skips. */
export function keyOf(tokens: readonly Token[], m: GazetteerMatch): string | undefined {
  return tokens[m.first]!.readings.find((r) => r.skip === m.skip)?.key;
}
