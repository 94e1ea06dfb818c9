/**
 * Winners of an election, named with no title: «وفاز في الدائرة الثالثة كل من فلان وفلان»، «وفاز فلان
 * بمقعد الدائرة». A winner of a seat is a member of the body elected. Only in a sentence that names a seat,
 * a constituency or the election: elsewhere (sports, prizes) a winner is no official. Names of two words or
 * more only, as after any cue that is no title.
 */

import type { Candidate } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { commaBefore, unknownOfficial } from "../names.ts";
import { normalizeKey } from "../normalize.ts";
import type { Token } from "../tokenize.ts";
import { endedAtNextName } from "./title-lists.ts";

/** فاز in the past, any person and number, normalised. */
const WON = new Set(["فاز", "فازت", "فازا", "فازتا", "فازوا"].map(normalizeKey));

/** Words that make a sentence's winning an election's (a seat, a constituency, the vote), normalised. */
const ELECTORAL = new Set(
  ["مقعد", "مقاعد", "دائرة", "عضوية", "انتخابات", "الانتخابات", "الانتخابية", "النيابية", "الاقتراع"]
    .flatMap((w) => (w.startsWith("ال") ? [w] : [w, `ال${w}`]))
    .map(normalizeKey),
);

/** Most winners one list names. */
const MAX_WINNERS = 8;

export function electionWinners(doc: TaggingDocument): void {
  const { tokens } = doc;
  let sentenceFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.sentenceStart) sentenceFirst = i;
    if (!readsAs(tokens[i]!, WON)) continue;
    let end = i + 1;
    while (end < tokens.length && !tokens[end]!.sentenceStart) end++;
    if (!hasElectoralWord(tokens, sentenceFirst, end)) continue;
    const winners = [...listAfterEveryOne(doc, i + 1, end), ...nameBeforeSeat(doc, i + 1)];
    const taken = new Set(doc.candidates.filter((c) => c.type === "official").map((c) => c.first));
    doc.candidates.push(...winners.filter((c) => !taken.has(c.first)));
  }
}

function readsAs(t: Token, words: ReadonlySet<string>): boolean {
  return t.readings.some((r) => words.has(r.key));
}

function hasElectoralWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (readsAs(tokens[k]!, ELECTORAL)) return true;
  return false;
}

/** «كل من فلان، وفلان وفلان»: the names after كل من, up to the sentence's end `end`. */
function listAfterEveryOne(doc: TaggingDocument, from: number, end: number): Candidate[] {
  const { tokens } = doc;
  let at = from;
  while (at + 1 < end && !(tokens[at]!.text === "كل" && tokens[at + 1]!.text === "من" && tokens[at + 1]!.tight)) at++;
  if (at + 1 >= end) return [];
  at += 2;
  const out: Candidate[] = [];
  while (at < end && out.length < MAX_WINNERS) {
    const t = tokens[at]!;
    const first = out.length === 0;
    if (!first && !t.tight && !commaBefore(doc, at)) break;
    if (first && !t.tight) break;
    const skip = !first && t.text.startsWith("و") && !doc.lex.given.has(t.text) ? 1 : 0;
    const c = endedAtNextName(doc, unknownOfficial(doc, at, undefined, undefined, "description", 2, skip));
    if (!c) break;
    out.push(c);
    at = c.last;
  }
  return out;
}

/** «فاز فلان بمقعد الدائرة»: a name right after the verb, then ب and a seat or membership. */
function nameBeforeSeat(doc: TaggingDocument, at: number): Candidate[] {
  const c = unknownOfficial(doc, at, undefined, undefined, "description", 2);
  const next = c && doc.tokens[c.last];
  const seat =
    next?.tight && next.text.startsWith("ب") && next.readings.some((r) => r.skip === 1 && ELECTORAL.has(r.key));
  return c && seat ? [c] : [];
}
