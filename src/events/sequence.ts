/**
 * Encounters told one after another with one event word (issue 15: «a minister who met the president
 * and then the speaker becomes one meeting of three»): «التقى X الرئيس Y ثم رئيس الحكومة Z» is two
 * meetings, X with Y, then X with Z. The verb is left out after «ثم»; what follows it is only the next
 * partner, with its title and a preposition (ثم مع رئيس الحكومة).
 */

import type { Mention } from "../tagger/types.ts";
import type { Span } from "./clauses.ts";
import { CLAUSE_CONJUNCTIONS, fold } from "./forms.ts";

/** «ثم»، «، ثم»، «وبعد ذلك»، «بعدها» between two partners: the second is met after the first. */
const THEN = /(?:^|\s)(?:[وف] ?)?(?:ثم|بعد ذلك|بعدها)(?:\s|$)/;
const THEN_OPENS = /^[\s،,]*(?:[وف] ?)?ثم\s/;
/** What ends the words after «ثم»: a comma, a semicolon or a conjunction that opens another clause. */
const ENDS = new RegExp(`[،,؛;]|\\s(?:[وف] ?)?(?:${CLAUSE_CONJUNCTIONS})\\s`);
const PREPOSITION = /^(?:[وف] ?)?(?:مع|ب|ل|الى|الي)$/;

/**
 * The words after «ثم» that end an event word's clause (offsets in the sentence), up to the next break
 * or `limit` (the next event word); null when the clause does not end at «ثم».
 */
export function continuationAfter(sentence: string, clauseEnd: number, limit: number): Span | null {
  const opens = THEN_OPENS.exec(fold(sentence.slice(clauseEnd, limit)));
  if (!opens) return null;
  const start = clauseEnd + opens[0].length;
  const rest = sentence.slice(start, limit).search(ENDS);
  return { start, end: rest >= 0 ? start + rest : limit };
}

/**
 * Whether the continuation names a partner first: the official's mention opens it, after no more words
 * than its own title and a preposition (ثم رئيس الوزراء الصيني لي تشيانغ، ثم مع الرئيس). Else the words
 * after «ثم» tell something else (ثم قال الرئيس Y).
 */
export function opensWithPartner(text: string, from: number, partner: Mention): boolean {
  const words = fold(text.slice(from, partner.start)).split(/\s+/).filter(Boolean);
  if (words.length && PREPOSITION.test(words[0]!)) words.shift();
  const title = partner.role ? partner.role.split(/\s+/).length : 0;
  return words.length <= title;
}

/**
 * The encounters of one event word's people, split where «ثم» or «بعد ذلك» stands between two partners
 * after the first: the subject (the first person) with each group in turn.
 */
export function oneAfterAnother(text: string, people: readonly Mention[]): Mention[][] {
  const subject = people[0];
  const next = people.findIndex((m, i) => i >= 2 && THEN.test(fold(text.slice(people[i - 1]!.end, m.start))));
  if (!subject || next < 0) return [[...people]];
  return [people.slice(0, next), ...oneAfterAnother(text, [subject, ...people.slice(next)])];
}
