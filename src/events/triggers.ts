/**
 * The words that make a sentence an event (assets/events/, through src/events/words.generated.ts), and
 * what PLOVER and CAMEO call it. Announced meetings are AGREE (036, intent to meet), as PLOVER codes
 * them; signing is AGREE (057).
 */

import type { ConsultMode, PloverEvent } from "./types.ts";
import { escapeRegExp } from "./regexp.ts";
import { EVENT_WORDS } from "./words.generated.ts";

export interface Trigger {
  readonly event: PloverEvent;
  readonly mode: ConsultMode | null;
  readonly cameo: string;
  /** The first participant hosts the second (استقبل). */
  readonly hosts?: boolean;
  readonly future?: boolean;
}

const W = "(?<![\\u0621-\\u064a])"; // not inside a longer word
const E = "(?![\\u0621-\\u064a])";
/** A list's words as alternatives of a regular expression, in the list's order. */
const any = (words: readonly string[]) => words.map(escapeRegExp).join("|");
const {
  plannedOpeners, plannedVerbs, futureWords, intentVerbs, callNouns, callKinds, callWords, phoneWords,
  hostingWords, visitWords, signingWords, meetingWords,
} = EVENT_WORDS; // prettier-ignore

const RULES: readonly [RegExp, Trigger][] = [
  [new RegExp(`(${any(plannedOpeners)})،?\\s*(أن|ان) (${any(plannedVerbs)})|${W}(${any(futureWords)})${E}|${W}(${any(intentVerbs)})(\\s+\\S+)?\\s+زيارة`), { event: "AGREE", mode: null, cameo: "036", future: true }],
  [new RegExp(`${W}(${any(callNouns)}) (${any(callKinds)})|${W}(${any(callWords)})${E}|${W}(${any(phoneWords)})${E}`), { event: "CONSULT", mode: "phone", cameo: "041" }],
  [new RegExp(`${W}(${any(hostingWords)})${E}`), { event: "CONSULT", mode: "visit", cameo: "043", hosts: true }],
  [new RegExp(`${W}(${any(visitWords)})${E}`), { event: "CONSULT", mode: "visit", cameo: "042" }],
  [new RegExp(`${W}(${any(signingWords)})${E}`), { event: "AGREE", mode: null, cameo: "057" }],
  [new RegExp(`${W}(${any(meetingWords)})${E}`), { event: "CONSULT", mode: null, cameo: "040" }],
]; // prettier-ignore

/** The strongest trigger of a sentence: an announcement beats a call, a call a visit, a visit a meeting. */
export function triggerOf(sentence: string): { trigger: Trigger; index: number; end: number } | null {
  for (const [pattern, trigger] of RULES) {
    const match = pattern.exec(sentence);
    if (match) return { trigger, index: match.index, end: match.index + match[0].length };
  }
  return null;
}

/** Where every trigger word of a sentence is, whatever its strength: to tell which event a date belongs to. */
export function triggerPositions(sentence: string): number[] {
  const positions: number[] = [];
  for (const [pattern] of RULES) {
    const global = new RegExp(pattern.source, "g");
    for (const match of sentence.matchAll(global)) positions.push(match.index);
  }
  return positions.sort((a, b) => a - b);
}
