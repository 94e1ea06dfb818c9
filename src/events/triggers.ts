/**
 * The words that make a sentence an event, and what PLOVER and CAMEO call it. Announced meetings are
 * AGREE (036, intent to meet), as PLOVER codes them; signing is AGREE (057).
 */

import type { ConsultMode, PloverEvent } from "./types.ts";

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

const RULES: readonly [RegExp, Trigger][] = [
  [new RegExp(`(من المقرر|من المنتظر|من المتوقع)،?\\s*(أن|ان) (يلتقي|يجتمع|يزور|يجري|تلتقي|يتوجه)|${W}(سيلتقي|سيجتمع|سيزور|سيتوجه|سيجري|ستلتقي|سيقوم بزيارة|الزيارة المرتقبة)${E}|${W}(تنتظر|ينتظر|يعتزم|تعتزم)(\\s+\\S+)?\\s+زيارة`), { event: "AGREE", mode: null, cameo: "036", future: true }],
  [new RegExp(`${W}(اتصال|اتصالا) (هاتفي|هاتفيا|مرئي|عبر الفيديو)|${W}(مكالمة|المكالمة|مكالمته|بمكالمة|اتصالاً هاتفياً)${E}|${W}(هاتف|هاتفيا)${E}`), { event: "CONSULT", mode: "phone", cameo: "041" }],
  [new RegExp(`${W}(استقبل|يستقبل|استقبلت|تستقبل|باستقبال)${E}`), { event: "CONSULT", mode: "visit", cameo: "043", hosts: true }],
  [new RegExp(`${W}(زيارة|زيارته|بزيارة|الزيارة|زار|يزور|وصل|وصلت|يصل|وصوله)${E}`), { event: "CONSULT", mode: "visit", cameo: "042" }],
  [new RegExp(`${W}(وقع|وقّع|وقعا|يوقع|توقيع|بتوقيع)${E}`), { event: "AGREE", mode: null, cameo: "057" }],
  [new RegExp(`${W}(اجتماع|اجتماعه|الاجتماع|اجتماعا|اجتماعهما|لقاء|اللقاء|لقائه|التقى|التقت|يلتقي|والتقى|محادثات|المحادثات|مباحثات|قمة|بحث مع|يبحث مع|بحثا)${E}`), { event: "CONSULT", mode: null, cameo: "040" }],
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
