/**
 * A person's name as the rules read it: name words joined by بن، آل، عبد…, ended by a title, an
 * ordinary word or a word glued to لل; and an official the knowledge base does not know, named so.
 */

import type { Candidate } from "./candidates.ts";
import { tokenName } from "./candidates.ts";
import type { TaggingDocument } from "./document.ts";
import type { Evidence } from "./types.ts";
import type { Token } from "./tokenize.ts";

/** Most name words (besides بن، آل، عبد…) an official's name may have. */
export const MAX_NAME_WORDS = 4;
/** One unknown word after a title is as often an ordinary word as a name. */
export const MIN_UNKNOWN_NAME_WORDS = 2;

/** End (exclusive) of the name starting at `start`: name words joined by بن، آل، عبد…; `start` when none. */
export function nameEnd(doc: TaggingDocument, start: number): number {
  const { tokens, words, lex } = doc;
  const connectors = lex.lists.nameConnectors;
  let end = start;
  let count = 0;
  for (let i = start; i < tokens.length && count < MAX_NAME_WORDS; i++) {
    const t = tokens[i] as Token;
    if (i > start && !t.tight) break;
    if (connectors.has(t.text)) continue;
    // وديعة الله، جار الله: «الله» ends a compound name, and so does a regnal number (محمد الخامس);
    // after بن or آل any word is a name (آل ثاني، بن خليفة) but a title; a word glued to لل
    // («للجزيرة») never continues one.
    const afterConnector = i > start && connectors.has(tokens[i - 1]!.text) && !lex.titleWords.has(t.text);
    const compound =
      i > start &&
      (t.text === "الله" || lex.lists.regnalOrdinals.has(t.text) || (afterConnector && /^[^0-9]{2}/.test(t.text)));
    if (
      !compound &&
      !familyAfterGiven(doc, start, i) &&
      (t.text.startsWith("لل") || !words.isNameWord(t.text, i === start))
    )
      break;
    count++;
    end = i + 1;
  }
  return end;
}

/**
 * فيصل المشعل، رياض الخطيب: right after a given name of four letters or more, a word in ال is the family name, though it is
 * also a word («the torch», «the preacher»), unless it is a nationality, a title word, a known place
 * or one of the words that follow a name (السابق، الأربعاء).
 */
function familyAfterGiven({ tokens, words, lex }: TaggingDocument, start: number, i: number): boolean {
  const word = tokens[i]!.text;
  const given = tokens[start]!.text;
  // A given name of three letters is too often a word as well: على is written علي in much news, عمر is «age».
  if (i !== start + 1 || given.length < 4 || !lex.given.has(given) || !word.startsWith("ال") || word.length < 5)
    return false;
  if (lex.lists.afterNameWords.has(word) || lex.titleWords.has(word) || words.nationalityOf(word)) return false;
  return !words.isKbWord(word, false);
}

/** An official the KB does not know, named from `start`: at least `minWords` name words. */
export function unknownOfficial(
  doc: TaggingDocument,
  start: number,
  role: string | undefined,
  country: string | undefined,
  evidence: Evidence,
  minWords = MIN_UNKNOWN_NAME_WORDS,
): Candidate | undefined {
  const last = nameEnd(doc, start);
  if (last === start || last - start < minWords) return undefined;
  const name = tokenName(doc.tokens, start, last);
  const c: Candidate = { type: "official", first: start, last, skip: 0, entity: `new:${name}`, name, evidence };
  if (role) c.role = role;
  if (country) c.country = country;
  return c;
}
