/**
 * Where and when an event happened, from its own clause (issue 15, Build 6): the place nearest the
 * event word, and a sentence's date only when no other event word or time anchor stands between.
 */

import type { Mention } from "../tagger/types.ts";
import { NEW_MAIN_CLAUSE } from "./clauses.ts";
import type { ResolvedDate } from "./dates.ts";
import { escapeRegExp } from "./regexp.ts";
import { EVENT_WORDS } from "./words.generated.ts";

/** Words that start another happening's clause (عقب جولة أوروبية بدأت في 14 شباط، منذ): a date after them is theirs. */
const OTHER_TIME_ANCHORS = new RegExp(
  `(?<![\\u0621-\\u064a])(${EVENT_WORDS.otherTimeAnchors.map(escapeRegExp).join("|")})(?![\\u0621-\\u064a])`,
  "g",
);

/**
 * A date separated from the event word by another event word belongs to that other event
 * (مكالمة شي وبوتين في أعقاب زيارة … الشهر الماضي: last month is the visit's, not the call's), and one
 * across «، وكان» to another main clause.
 */
export function ownDate(
  body: string,
  trigger: { index: number; end: number },
  date: ResolvedDate,
  triggerPositions: readonly number[],
): ResolvedDate {
  if (!date.dateText) return date;
  const at = body.indexOf(date.dateText);
  if (at < 0) return date;
  const [from, to] = at > trigger.index ? [trigger.end - 1, at] : [at + date.dateText.length, trigger.index];
  const between = (p: number) => p > from && p < to;
  const breaks = [...body.matchAll(OTHER_TIME_ANCHORS), ...body.matchAll(NEW_MAIN_CLAUSE)];
  if (!triggerPositions.some(between) && !breaks.some((m) => between(m.index))) return date;
  return {
    date: null,
    dateText: null,
    dateType: "unresolved",
    resolvedBy: "the sentence's date belongs to another event",
  };
}

/**
 * The place of an event: the one nearest the trigger among cities, places after في, and for visits
 * places after إلى / زار / وصل, and for a visit any place after its word (سيزور الرئيس الصين). A place named for another reason (أرسل قواته إلى أوكرانيا) is further away.
 */
export function placeOf(
  text: string,
  inSentence: readonly Mention[],
  triggerAt: number,
  visit: boolean,
): Mention | null {
  // Places inside a quotation or a reported statement are what someone talked about, not where they met.
  const quote = text.slice(triggerAt).search(/[:«"“]|\s(و?قال|وأضاف|وأكد|مؤكدا|مضيفا|معتبرا)\s/);
  const limit = quote >= 0 ? triggerAt + quote : Infinity;
  const introducer = visit
    ? /((^|\s)(في|إلى|الى|زار|وصل|يزور|مدينة|بمدينة)\s+(دولة\s+|مدينة\s+|العاصمة\s+)?|(^|\s)و?[بل] ?)$/
    : /((^|\s)(في|مدينة|بمدينة)\s+|(^|\s)و?ب)$/;
  const candidates = inSentence.filter(
    (m) =>
      m.type === "place" &&
      m.start < limit &&
      (m.entity.startsWith("city:") ||
        (visit && m.start > triggerAt) ||
        introducer.test(text.slice(Math.max(0, m.start - 16), m.start))),
  );
  candidates.sort((a, b) => Math.abs(a.start - triggerAt) - Math.abs(b.start - triggerAt));
  return candidates[0] ?? null;
}
