/**
 * Foreign names and countries in a spelling the knowledge base lacks, matched by their loose key
 * (src/kb/loose-keys.ts: long vowels dropped, ج غ ق ك as one): «من هيلسنكي إلى كوبنهاجن» for هلسنكي and
 * كوبنهاغن, «أنتوني بلينكين» for أنتوني بلينكن. A loose key is only a guess, so it is taken where the
 * page anchors it: a place's one word after a preposition of where (glued or apart) or a settlement
 * word; a name of two words or more, opened by a given name or after such a word. It must never take a
 * word the knowledge base spells (a common word, a given name, another alias's word), a token a match or
 * a candidate holds, one word as a person (an inflected word shares a surname's key: بلدانا، Buldan),
 * nor a place after على (فاز على مانشيستر).
 */

import type { TaggingDocument } from "../document.ts";
import { FOREIGN_PARTICLE, GIVEN, SETTLEMENT, WHERE } from "../lexicon.ts";
import type { KnownReading } from "../token-readings.ts";
import { FOREIGN_NAME_PARTICLES } from "../cues.ts";
import { fromKb } from "./kb-matches.ts";

/** The most words a loosely matched name has. */
const MAX_WORDS = 3;

/** Pass: a candidate for each anchored loose match, longest first. */
export function looseMatches(doc: TaggingDocument): void {
  const { tokens, lex } = doc;
  if (lex.looseKeys.size === 0) return;
  const taken = new Uint8Array(tokens.length + 1);
  for (const c of doc.candidates) taken.fill(1, c.first, c.last);
  for (const m of doc.matches) taken.fill(1, m.first, m.last);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const token = tokens[i]!;
    // Most words are words the knowledge base spells; of those only a given name or a family particle
    // (فان دير بيلن، دي ميستورا) may open a loose name.
    const particle = (doc.cues[i]! & FOREIGN_PARTICLE) !== 0;
    if (token.id >= 0 && !particle && !(doc.cues[i]! & GIVEN)) continue;
    const where = whereBefore(doc, i);
    for (const reading of token.readings) {
      // بهيلسينكي، لكوبنهاجن: a preposition glued on anchors a place.
      const placeAnchor = where || (reading.skip > 0 && gluedPreposition(token.text, reading.skip));
      if (!placeAnchor && !particle && !lex.isGivenId(reading.id)) continue;
      // Only a word the knowledge base cannot spell calls for a loose reading, this one or the next.
      // (فان دير بيلن: after a particle, the word after the next.)
      if (reading.id >= 0 && !unknownAt(doc, i + 1, taken) && !(particle && unknownAt(doc, i + 2, taken))) continue;
      const found = longestLooseMatch(doc, i, reading, taken);
      if (!found) continue;
      const { last, entity } = found;
      // One word is a place's name only after a preposition of where, and never a person's: «أقام
      // بلدانا» («our countries») has the key of Buldan.
      const oneWord = last - i === 1;
      if (oneWord && (reading.id >= 0 || !placeAnchor || lex.entities.typeOf(entity) !== "place")) continue;
      const hit = { entity, flags: 0 };
      const c = fromKb(doc, { first: i, last, skip: reading.skip, hits: [hit] }, hit);
      if (!c) continue;
      doc.candidates.push(c);
      taken.fill(1, i, last);
      break;
    }
  }
}

/** Whether token `i` follows tightly, is free, and has a reading no word of the knowledge base spells. */
function unknownAt({ tokens }: TaggingDocument, i: number, taken: Uint8Array): boolean {
  const t = tokens[i];
  if (!t?.tight || taken[i]) return false;
  for (const r of t.readings) if (r.id < 0) return true;
  return false;
}

/** Whether the proclitics a reading strips hold ب or ل. */
function gluedPreposition(text: string, skip: number): boolean {
  for (let k = 0; k < skip; k++) if (text[k] === "ب" || text[k] === "ل") return true;
  return false;
}

/** Whether a preposition of where (في، إلى، من) or a settlement word (مدينة) comes right before token `i`. */
function whereBefore({ tokens, cues }: TaggingDocument, i: number): boolean {
  return i > 0 && tokens[i]!.tight && (cues[i - 1]! & (WHERE | SETTLEMENT)) !== 0;
}

/**
 * The longest run of words from `first` whose loose key names one entity, with one word at least the
 * KB cannot spell, and only name-like words: no common word, nationality, title word or letter alone
 * (the corpus's split و، ه).
 */
function longestLooseMatch(
  doc: TaggingDocument,
  first: number,
  reading: KnownReading,
  taken: Uint8Array,
): { last: number; entity: number } | undefined {
  const { tokens, lex } = doc;
  if (reading.key.length < 3) return undefined;
  let key = lex.looseKeyOf(reading.key);
  if (!lex.looseFirstWords.has(key)) return undefined;
  const words = [reading.key];
  for (let k = first + 1; k < first + MAX_WORDS && tokens[k]?.tight && !taken[k]; k++) words.push(tokens[k]!.text);
  const keys = words.map((w, k) => (key = k === 0 ? key : `${key} ${lex.looseKeyOf(w)}`));
  for (let n = words.length; n >= 1; n--) {
    const entity = lex.looseKeys.get(keys[n - 1]!);
    if (entity === undefined) continue;
    const span = words.slice(0, n);
    const ids = [reading.id, ...span.slice(1).map(lex.wordId)];
    if (ids.some((id) => id < 0) && span.every((w) => mayBeLooseWord(doc, w))) return { last: first + n, entity };
  }
  return undefined;
}

function mayBeLooseWord({ words, lex }: TaggingDocument, word: string): boolean {
  if (FOREIGN_NAME_PARTICLES.includes(word)) return true;
  return word.length > 2 && !words.isCommon(word) && !lex.titleWords.has(word) && !words.nationalityOf(word);
}
