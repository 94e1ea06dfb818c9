/**
 * An official named in apposition to a title phrase the title reader does not read to its end: «وقال
 * والي وسط دارفور، فلان الفلاني، إن…»، «وقالت رئيسة دائرة الشؤون الاجتماعية في الإقليم، فلانة الفلانية،
 * إن…». A speech verb, a title, at most a few more words of its phrase, a comma, honorifics, a name of
 * two words or more, and a second comma that closes the apposition. It must never take a name a match
 * or a candidate holds (but a weak short form the name runs past, as after a title), nor follow a
 * private title (رئيس النادي: titles.ts reads none) or a phrase with a private body's word.
 */

import { coveredTokens } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { commaBefore, MIN_UNKNOWN_NAME_WORDS, unknownOfficial } from "../names.ts";
import { roleText, titleAt } from "./titles.ts";
import { partOfLongerName } from "./unknown-officials.ts";

/** The most words of the title's phrase after what the title reader reads (في الإقليم، المكلفة بالأمن). */
const MAX_PHRASE_WORDS = 4;

/** Pass: officials between two commas after a speaker's title phrase. */
export function appositiveOfficials(doc: TaggingDocument): void {
  const { tokens, lex } = doc;
  const covered = coveredTokens(doc.candidates);
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i - 1]!.readings.some((r) => lex.speechVerbs.has(r.key))) continue;
    const title = titleAt(doc, i);
    if (!title || title.skip !== 0) continue;
    let comma = title.end;
    while (comma < tokens.length && comma - title.end <= MAX_PHRASE_WORDS && !commaBefore(doc, comma)) {
      if (!tokens[comma]!.tight || tokens[comma]!.readings.some((r) => lex.nonGovernment.has(r.key))) break;
      comma++;
    }
    if (!commaBefore(doc, comma) || comma - title.end > MAX_PHRASE_WORDS) continue;
    let first = comma;
    while (lex.honorifics.has(tokens[first]?.text ?? "") && tokens[first + 1]?.tight) first++;
    const match = doc.matchAt.get(first);
    const longer = match !== undefined && partOfLongerName(doc, match);
    if (!longer && (covered.has(first) || match)) continue;
    const c = unknownOfficial(doc, first, roleText(doc, title), title.country, "title", MIN_UNKNOWN_NAME_WORDS);
    if (!c || !commaBefore(doc, c.last)) continue;
    doc.candidates.push(c);
  }
}
