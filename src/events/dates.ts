/**
 * Dates in Arabic news, resolved against the publication date: a day and month in either month-name
 * system (24 شباط/فبراير), weekdays (الاثنين، يوم الخميس الماضي), أمس، اليوم، غداً, and the vaguer
 * الأسبوع الماضي، الشهر الماضي، العام الماضي، أواخر/مطلع الشهر. Nothing is guessed: without a
 * publication date a relative expression stays unresolved.
 */

import { escapeRegExp } from "./regexp.ts";
import { EVENT_WORD_GROUPS } from "./word-groups.generated.ts";

export type DateType = "exact" | "approximate" | "unresolved";

export interface ResolvedDate {
  readonly date: string | null;
  readonly dateText: string | null;
  readonly dateType: DateType;
  /** How it was resolved, for the record and for a reader who doubts it. */
  readonly resolvedBy: string;
}

/** Each month's spellings, January first; each weekday's, Sunday first (assets/events/months.txt, weekdays.txt). */
const { months: MONTHS, weekdays: WEEKDAY_NAMES } = EVENT_WORD_GROUPS;
/** A weekday as records name it: the first spelling of its line. */
const WEEKDAYS = WEEKDAY_NAMES.map((spellings) => spellings[0]!);
const WEEKDAY_SPELLINGS: Record<string, number> = Object.fromEntries(
  WEEKDAY_NAMES.flatMap((spellings, day) => spellings.map((spelling) => [spelling, day] as const)),
);

const monthAlternatives = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const monthIndex = (name: string) => MONTHS.findIndex((names) => names.includes(name));
const weekdayAlternatives = Object.keys(WEEKDAY_SPELLINGS).map(escapeRegExp).join("|");

const START = "(?<![\\u0621-\\u064a])"; // a whole word, not the start of الأحداث
const END = "(?![\\u0621-\\u064a])";
const DAY_MONTH = new RegExp(
  `(\\d{1,2})\\s+(${monthAlternatives})${END}(?:\\s*[/(]\\s*(?:${monthAlternatives})(?:\\s*\\))?)?(?:\\s+(?:عام\\s+)?(\\d{4}))?`,
);
const MONTH_YEAR = new RegExp(
  `${START}(?:شهر\\s+)?(${monthAlternatives})${END}(?:\\s*/\\s*(?:${monthAlternatives}))?\\s+(?:(?:من\\s+)?(العام الماضي|العام الجاري|هذا العام)|(?:عام\\s+)?(\\d{4}))`,
);
const WEEKDAY = new RegExp(
  `${START}(?:(اليوم|يوم|غدا|غداً|أمس)\\s+)?(${weekdayAlternatives})${END}(\\s+(?:الماضي|المقبل|القادم))?`,
);

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseIso(text: string | null | undefined): Date | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86400000);
}

const unresolved = (dateText: string | null, why: string): ResolvedDate => ({
  date: null,
  dateText,
  dateType: "unresolved",
  resolvedBy: why,
});

/** A full calendar date written out (3 نوفمبر 2025, 03/11/2025, 2025-11-03), as ISO; null when there is none. */
export function fullDateIn(text: string): string | null {
  const iso8601 = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  const numeric = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/.exec(text);
  const written = DAY_MONTH.exec(text);
  const parts: [number, number, number] | null = iso8601
    ? [Number(iso8601[1]), Number(iso8601[2]) - 1, Number(iso8601[3])]
    : written?.[3]
      ? [Number(written[3]), monthIndex(written[2]!), Number(written[1])]
      : numeric
        ? [Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1])]
        : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month ? iso(date) : null;
}

/**
 * The date a sentence gives an event. `future` (a meeting announced for later) makes a bare weekday
 * the next one rather than the last one.
 */
export function resolveDate(sentence: string, published: string | null, future = false): ResolvedDate {
  const base = parseIso(published);

  const dayMonth = DAY_MONTH.exec(sentence);
  if (dayMonth) {
    const [text, day, month] = [dayMonth[0], Number(dayMonth[1]), monthIndex(dayMonth[2]!)];
    let year = dayMonth[3] ? Number(dayMonth[3]) : base?.getUTCFullYear();
    if (year === undefined) return unresolved(text, "day and month without a year or a publication date");
    if (!dayMonth[3] && base && Date.UTC(year, month, day) > base.getTime() + 60 * 86400000 && !future) year -= 1;
    const date = new Date(Date.UTC(year, month, day));
    if (date.getUTCDate() !== day) return unresolved(text, "no such day");
    return {
      date: iso(date),
      dateText: text,
      dateType: "exact",
      resolvedBy: dayMonth[3] ? "date in text" : "day and month, year of publication",
    };
  }

  const monthYear = MONTH_YEAR.exec(sentence);
  if (monthYear) {
    const month = monthIndex(monthYear[1]!);
    const relative = monthYear[2];
    let year = monthYear[3] ? Number(monthYear[3]) : undefined;
    if (relative && base) year = base.getUTCFullYear() - (relative === "العام الماضي" ? 1 : 0);
    if (year === undefined)
      return unresolved(monthYear[0], "a month of a year relative to an unknown publication date");
    return {
      date: iso(new Date(Date.UTC(year, month, 1))),
      dateText: monthYear[0],
      dateType: "approximate",
      resolvedBy: "month and year",
    };
  }

  const relativeWord = /(أمس|اليوم|غدا|غداً)(?![\u0621-\u064a])/.exec(sentence);
  const weekday = WEEKDAY.exec(sentence);
  if (weekday) {
    const text = weekday[0].trim();
    if (!base) return unresolved(text, "a weekday without a publication date");
    const target = WEEKDAY_SPELLINGS[weekday[2]!]!;
    const lead = weekday[1];
    const last = /الماضي/.test(weekday[3] ?? "");
    const next = /المقبل|القادم/.test(weekday[3] ?? "") || lead === "غدا" || lead === "غداً" || future;
    let date: Date;
    if (lead === "اليوم") date = base;
    else if (lead === "أمس") date = addDays(base, -1);
    else if (next) date = addDays(base, (target - base.getUTCDay() + 7) % 7 || 7);
    else date = addDays(base, -((base.getUTCDay() - target + 7) % 7 || (last ? 7 : 0)));
    return {
      date: iso(date),
      dateText: text,
      dateType: "exact",
      resolvedBy: `weekday (${WEEKDAYS[target]}) from the publication date`,
    };
  }
  if (relativeWord) {
    if (!base) return unresolved(relativeWord[0], "a relative day without a publication date");
    const offset = relativeWord[1] === "أمس" ? -1 : relativeWord[1] === "اليوم" ? 0 : 1;
    return {
      date: iso(addDays(base, offset)),
      dateText: relativeWord[0],
      dateType: "exact",
      resolvedBy: "relative day from the publication date",
    };
  }

  const vague =
    /(أواخر|نهاية|مطلع|أوائل|بداية|منتصف)\s+(الشهر|الأسبوع)\s*(الماضي|الجاري|المقبل)?|الأسبوع الماضي|الشهر الماضي|العام الماضي|نهاية الأسبوع الماضي/.exec(
      sentence,
    );
  if (vague) {
    if (!base) return unresolved(vague[0], "a relative period without a publication date");
    const text = vague[0];
    let date: Date;
    if (text.includes("الأسبوع")) date = addDays(base, text.includes("الماضي") ? -7 : 0);
    else if (text.includes("العام الماضي") && !vague[1]) date = new Date(Date.UTC(base.getUTCFullYear() - 1, 0, 1));
    else {
      const shift = text.includes("الماضي") ? -1 : text.includes("المقبل") ? 1 : 0;
      const month = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + shift, 1));
      const day = /أواخر|نهاية/.test(text) ? 25 : /منتصف/.test(text) ? 15 : 1;
      date = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), day));
    }
    return {
      date: iso(date),
      dateText: text,
      dateType: "approximate",
      resolvedBy: "relative period from the publication date",
    };
  }
  return unresolved(null, "no date in the sentence");
}
