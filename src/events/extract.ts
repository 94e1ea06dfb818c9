/**
 * Event records from a tagged document: each sentence with a trigger word and at least two
 * participants (or one official visiting a place) becomes a record; the same event told twice in one
 * article is one record.
 */

import type { PackedKb } from "../kb/packed.ts";
import type { Mention } from "../tagger/types.ts";
import { resolveDate, type ResolvedDate } from "./dates.ts";
import { eventKey, stableId } from "./identity.ts";
import { TitleResolver } from "./titles.ts";
import { triggerOf, triggerPositions } from "./triggers.ts";
import { escapeRegExp } from "./regexp.ts";
import type { EventLocation, EventMention, EventRecord, Participant } from "./types.ts";
import { EVENT_WORDS } from "./words.generated.ts";

export interface Source {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  readonly published: string | null;
}

interface SentenceContext {
  readonly date: ResolvedDate;
  readonly people: ReadonlySet<string>;
}

interface Sentence {
  readonly start: number;
  readonly end: number;
}

/** Sentences end at . ! ? ؟ and line breaks; quotation and list marks stay with their sentence. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?؟]+(?=\s|$)|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + (match[0].startsWith("\n") ? 0 : match[0].length);
    if (text.slice(start, end).trim()) sentences.push({ start, end });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) sentences.push({ start, end: text.length });
  return sentences.map(({ start: s, end: e }) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    return { start: s, end: e };
  });
}

function participant(m: Mention): Participant {
  return {
    entity: m.entity,
    text: m.text,
    name: m.name,
    ...(m.latin ? { latin: m.latin } : {}),
    ...(m.country ? { country: m.country } : {}),
    ...(m.role ? { office: m.role } : {}),
  };
}

function location(m: Mention): EventLocation {
  return { entity: m.entity, text: m.text, ...(m.country ? { country: m.country } : {}) };
}

/** The mentions inside [start, end), found by binary search: the tagger returns them sorted by start. */
function within(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let [low, high] = [0, mentions.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const found: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) found.push(mentions[i]!);
  }
  return found;
}

export function extractEvents(text: string, mentions: readonly Mention[], kb: PackedKb, source: Source): EventRecord[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const titles = new TitleResolver(kb, text, sorted);
  const records = new Map<string, EventRecord>();
  // What the sentence before says (its date, its officials), read only when an undated event needs it.
  let previous: (() => SentenceContext) | null = null;
  for (const sentence of sentencesOf(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const found = triggerOf(body);
    if (!found) {
      previous = () => ({
        date: resolveDate(body, source.published),
        people: new Set(
          within(sorted, sentence.start, sentence.end)
            .filter((m) => m.type === "official")
            .map((m) => m.entity),
        ),
      });
      continue;
    }
    const { trigger } = found;
    let date = ownDate(body, found, resolveDate(body, source.published, trigger.future));
    const year = date.date
      ? Number(date.date.slice(0, 4))
      : source.published
        ? Number(source.published.slice(0, 4))
        : undefined;
    // «أعلن السفير مورغولوف أن روسيا تنتظر زيارة…»: who announces it is not part of the event.
    const reportedFrom = sentence.start + reportedClauseStart(body, found.index);
    const inSentence = within(sorted, reportedFrom, sentence.end);
    const officials = inSentence.filter((m) => m.type === "official");
    const counterpartTitle = officials[0]?.role?.replace(/ ال\S+$/, "");
    for (const reference of titles.referencesIn(reportedFrom, sentence.end, counterpartTitle)) {
      const resolved = titles.resolve(reference, year);
      if (resolved) officials.push(resolved);
    }
    officials.sort((a, b) => a.start - b.start);
    const people = [...new Map(officials.map((m) => [m.entity, m])).values()];
    const where =
      trigger.mode === "phone"
        ? null
        : placeOf(text, inSentence, sentence.start + found.index, trigger.mode === "visit");
    const visitOfOne = trigger.mode === "visit" && people.length === 1 && where !== null;
    // A sentence without a date about someone the previous sentence dated: most likely the same day.
    const before = date.dateType === "unresolved" ? previous?.() : undefined;
    if (before?.date.date && people.some((p) => before.people.has(p.entity))) {
      date = { ...before.date, dateType: "approximate", resolvedBy: "the previous sentence about the same official" };
    }
    const context: SentenceContext = { date, people: new Set(people.map((m) => m.entity)) };
    previous = () => context;
    if (people.length < 2 && !visitOfOne) continue;
    const [actor, ...others] = people;
    const record: Omit<EventRecord, "id"> = {
      event: trigger.event,
      mode: trigger.mode,
      cameo: trigger.cameo,
      actors: [participant(actor!)],
      recipients: others.map(participant),
      location: where ? location(where) : null,
      date: date.date,
      dateText: date.dateText,
      dateType: date.dateType,
      dateResolvedBy: date.resolvedBy,
      sentence: body,
      start: sentence.start,
      end: sentence.end,
      confidence: Math.min(
        0.95,
        0.5 +
          (people.length >= 2 ? 0.2 : 0) +
          (date.dateType === "exact" ? 0.15 : date.dateType === "approximate" ? 0.05 : 0) +
          (where ? 0.1 : 0),
      ),
      mentions: [{ ...source, quote: body } satisfies EventMention],
    };
    const key = eventKey(record);
    const earlier = records.get(key);
    // The same event told twice in one article: keep the telling with more detail.
    if (!earlier || record.confidence > earlier.confidence) records.set(key, { id: stableId(key), ...record });
  }
  return completeFromEachOther([...records.values()]).sort((a, b) => a.start - b.start);
}

const REPORTING = new RegExp(
  `(^|\\s)و?(${EVENT_WORDS.reportingVerbs.map(escapeRegExp).join("|")})(?![\\u0621-\\u064a])`,
);
const THAT = /(^|\s)(أن|أنّ|ان|إن|إنّ|بأن|بأنّ)(?![\u0621-\u064a])/;

/**
 * Where the reported clause starts, when the event word sits inside one («أعلن X أن … زيارة»):
 * the reporter before «أن» is not a participant. 0 when the event is not reported speech.
 */
function reportedClauseStart(body: string, triggerAt: number): number {
  const reporting = REPORTING.exec(body);
  if (!reporting || reporting.index >= triggerAt) return 0;
  const after = reporting.index + reporting[0].length;
  const that = THAT.exec(body.slice(after, triggerAt));
  return that ? after + that.index + that[0].length : 0;
}

/** Words that start another happening's clause (عقب جولة أوروبية بدأت في 14 شباط، منذ): a date after them is theirs. */
const OTHER_TIME_ANCHORS = new RegExp(
  `(?<![\\u0621-\\u064a])(${EVENT_WORDS.otherTimeAnchors.map(escapeRegExp).join("|")})(?![\\u0621-\\u064a])`,
  "g",
);

/**
 * A date separated from the event word by another event word belongs to that other event
 * (مكالمة شي وبوتين في أعقاب زيارة … الشهر الماضي: last month is the visit's, not the call's).
 */
function ownDate(body: string, trigger: { index: number; end: number }, date: ResolvedDate): ResolvedDate {
  if (!date.dateText) return date;
  const at = body.indexOf(date.dateText);
  if (at < 0) return date;
  const [from, to] = at > trigger.index ? [trigger.end - 1, at] : [at + date.dateText.length, trigger.index];
  const between = (p: number) => p > from && p < to;
  if (!triggerPositions(body).some(between) && ![...body.matchAll(OTHER_TIME_ANCHORS)].some((m) => between(m.index)))
    return date;
  return {
    date: null,
    dateText: null,
    dateType: "unresolved",
    resolvedBy: "the sentence's date belongs to another event",
  };
}

/**
 * The place of an event: the one nearest the trigger among cities, places after في, and for visits
 * places after إلى / زار / وصل. A place named for another reason (أرسل قواته إلى أوكرانيا) is further away.
 */
function placeOf(text: string, inSentence: readonly Mention[], triggerAt: number, visit: boolean): Mention | null {
  // Places inside a quotation or a reported statement are what someone talked about, not where they met.
  const quote = text.slice(triggerAt).search(/[:«"“]|\s(و?قال|وأضاف|وأكد|مؤكدا|مضيفا|معتبرا)\s/);
  const limit = quote >= 0 ? triggerAt + quote : Infinity;
  const introducer = visit
    ? /((^|\s)(في|إلى|الى|زار|وصل|يزور|مدينة|بمدينة)\s+|(^|\s)و?[بل])$/
    : /((^|\s)(في|مدينة|بمدينة)\s+|(^|\s)و?ب)$/;
  const candidates = inSentence.filter(
    (m) =>
      m.type === "place" &&
      m.start < limit &&
      (m.entity.startsWith("city:") || introducer.test(text.slice(Math.max(0, m.start - 8), m.start))),
  );
  candidates.sort((a, b) => Math.abs(a.start - triggerAt) - Math.abs(b.start - triggerAt));
  return candidates[0] ?? null;
}

const DAY_MS = 86400000;
const DATE_RANK = { exact: 2, approximate: 1, unresolved: 0 } as const;
const peopleOf = (r: EventRecord) =>
  [...r.actors, ...r.recipients]
    .map((p) => p.entity)
    .sort()
    .join("+");

/**
 * Whether `vague` is a less precise telling of `precise` in the same article: the same people, and
 * either a generic meeting word for a call or visit (اجتماع شي وبوتين after their video call), or the
 * same kind with a vaguer date (الأسبوع الماضي for يوم الخميس الماضي), on compatible dates.
 */
function retells(vague: EventRecord, precise: EventRecord): boolean {
  if (vague === precise || vague.event !== "CONSULT" || precise.event !== "CONSULT") return false;
  if (peopleOf(vague) !== peopleOf(precise)) return false;
  const lessSpecific = vague.mode === null && precise.mode !== null;
  const vaguerDate = vague.mode === precise.mode && DATE_RANK[vague.dateType] < DATE_RANK[precise.dateType];
  if (!lessSpecific && !vaguerDate) return false;
  if (!vague.date || !precise.date) return vague.date === null;
  const window = vague.dateType === "approximate" || precise.dateType === "approximate" ? 7 : 1;
  return Math.abs(Date.parse(vague.date) - Date.parse(precise.date)) <= window * DAY_MS;
}

/**
 * One article often tells one meeting twice: once with its date and once without, once as a call and
 * once as a "meeting", once "last week" and once "last Thursday". The vaguer telling joins the more
 * precise one and lends it its place. A meeting without a place takes the place of a visit by one of its
 * participants.
 */
function completeFromEachOther(records: EventRecord[]): EventRecord[] {
  const dated = records.filter((r) => r.date !== null);
  let kept = records.filter(
    (r) => r.date !== null || !dated.some((d) => eventKey({ ...r, date: d.date }) === eventKey(d)),
  );
  kept = kept
    .filter((r) => !kept.some((other) => retells(r, other)))
    .map((record) => {
      if (record.location) return record;
      const lender = kept.find((other) => other.location && retells(other, record));
      return lender ? { ...record, location: lender.location } : record;
    });
  return kept.map((record) => {
    if (record.location || record.mode === "phone") return record;
    const people = new Set([...record.actors, ...record.recipients].map((p) => p.entity));
    const visit = kept.find(
      (r) =>
        r.mode === "visit" &&
        r.location &&
        r.event === "CONSULT" &&
        [...r.actors, ...r.recipients].some((p) => people.has(p.entity)),
    );
    return visit ? { ...record, location: visit.location } : record;
  });
}
