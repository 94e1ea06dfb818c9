/**
 * An official named in apposition to a title phrase the title reader does not read to its end: «وقال
 * نائب فلان للشؤون الإنسانية، ميروسلاف تكاتشينكو، إن…». A speech verb, a title, at most a few more
 * words of its phrase (words with the article, في and لدى, names and places the KB may lack), a comma,
 * honorifics, a name of two words or more, and a second comma that closes the apposition. Apposition
 * goes to the nearest noun, so a word the phrase of a title does not hold ends the search: the particle
 * of the speech (وقال الوزير إن المتهم، فلان،), عن and what he spoke of, a verb, an everyday noun
 * without the article (مقتل المطلوب), a noun with its pronoun (لمراسلنا). A noun the common-word list
 * lacks still passes (وفاة الطبيب، لوالد الضحية): telling it from an office's own construct (مجلس
 * المدينة) needs a lexicon of person nouns; marking it cost six right officials in set h. It must never
 * take a name a match or a candidate holds (but a weak short form the name runs past, as after a title),
 * nor follow a private title (رئيس النادي: titles.ts reads none) or a phrase with a private body's word.
 */

import { coveredTokens, type TokenSet } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { commaBefore, isParticleAn, MIN_UNKNOWN_NAME_WORDS, unknownOfficial } from "../names.ts";
import { roleText, titleAt } from "./titles.ts";
import { partOfLongerName } from "./unknown-officials.ts";

/** The most words of the title's phrase after what the title reader reads (في الإقليم، المكلفة بالأمن). */
const MAX_PHRASE_WORDS = 4;
/** The links a title's phrase may hold, normalised (not عن: after the speaker it is what he spoke of). */
const LINKS = new Set(["في", "لدي"]);

/** Pass: officials between two commas after a speaker's title phrase. */
export function appositiveOfficials(doc: TaggingDocument): void {
  const { tokens, lex } = doc;
  let covered: TokenSet | undefined;
  for (let i = 1; i < tokens.length; i++) {
    // The title first: its cue bit answers at once for most words, where the speech verb's set hashes them.
    const title = titleAt(doc, i);
    if (!title || title.skip !== 0) continue;
    if (!tokens[i - 1]!.readings.some((r) => lex.speechVerbs.has(r.key))) continue;
    const comma = commaAfterTitlePhrase(doc, title.end);
    if (comma < 0) continue;
    let first = comma;
    while (lex.honorifics.has(tokens[first]?.text ?? "") && tokens[first + 1]?.tight) first++;
    const match = doc.matchAt.get(first);
    const longer = match !== undefined && partOfLongerName(doc, match);
    covered ??= coveredTokens(doc.candidates);
    if (!longer && (covered.has(first) || match)) continue;
    // The role runs to the comma: نائب فلان للشؤون الإنسانية.
    const role = roleText(doc, { ...title, lastWord: comma - 1 });
    const c = unknownOfficial(doc, first, role, title.country, "title", MIN_UNKNOWN_NAME_WORDS);
    if (!c || !commaBefore(doc, c.last)) continue;
    doc.candidates.push(c);
  }
}

/** The token after the comma that ends the title's phrase from `from`, or -1 when a word is none of the title's. */
function commaAfterTitlePhrase(doc: TaggingDocument, from: number): number {
  const { tokens, lex, matchAt, words } = doc;
  let k = from;
  while (k < tokens.length && k - from <= MAX_PHRASE_WORDS) {
    if (commaBefore(doc, k)) return k;
    const t = tokens[k]!;
    if (!t.tight || t.readings.some((r) => lex.nonGovernment.has(r.key))) return -1;
    const m = matchAt.get(k);
    if (m && m.skip === 0 && !words.isPersonMatch(m)) {
      k = m.last;
      continue;
    }
    if (!titlePhraseWord(doc, k)) return -1;
    k++;
  }
  return -1;
}

/** A word a title's phrase may hold: with the article (للشؤون، بالإقليم), a link, or no everyday word. */
function titlePhraseWord(doc: TaggingDocument, k: number): boolean {
  const { tokens, words, lex } = doc;
  const t = tokens[k]!;
  if (/^(ال|لل|بال)/.test(t.text) || LINKS.has(t.text)) return true;
  if (isParticleAn(doc, t) || words.isPossessedNoun(t.text)) return false;
  // A division word opens a place's name (مقاطعة آتشيه جايا); an everyday noun or a verb is none of the title's.
  return t.readings.every(
    (r) => lex.lists.divisionHeads.has(r.key) || !(words.isCommon(r.key) || words.isInflectedVerb(r.key)),
  );
}
