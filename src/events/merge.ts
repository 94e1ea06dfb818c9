/**
 * The same real-world event told by several articles is one record with several mentions: same
 * participants, event and mode, and the same date, or dates a day apart when either is approximate
 * (an article's «الأسبوع الماضي» against another's exact day).
 */

import type { DateType } from "./dates.ts";
import type { EventRecord } from "./types.ts";

const DAY_MS = 86400000;

/** Participants, event and mode: what must match exactly; the date is compared apart. */
export function participantsKey(record: Pick<EventRecord, "event" | "mode" | "actors" | "recipients">): string {
  const people = [...record.actors, ...record.recipients].map((p) => p.entity).sort();
  return [people.join("+"), record.event, record.mode ?? ""].join("|");
}

export function sameEvent(a: EventRecord, b: EventRecord): boolean {
  if (participantsKey(a) !== participantsKey(b)) return false;
  if (a.date === null || b.date === null) return a.date === b.date;
  if (a.date === b.date) return true;
  const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date));
  return (a.dateType === "approximate" || b.dateType === "approximate") && apart <= DAY_MS;
}

const DATE_RANK: Record<DateType, number> = { exact: 2, approximate: 1, unresolved: 0 };

/**
 * One record from two tellings of the same event. The stored record keeps its id; the better-dated
 * telling gives the date and sentence; each article keeps one mention (its newest telling).
 */
export function mergeEvents(stored: EventRecord, incoming: EventRecord): EventRecord {
  const better = DATE_RANK[incoming.dateType] > DATE_RANK[stored.dateType] ? incoming : stored;
  const mentions = new Map(stored.mentions.map((m) => [m.url, m]));
  for (const mention of incoming.mentions) mentions.set(mention.url, mention);
  return {
    ...better,
    id: stored.id,
    location: better.location ?? stored.location ?? incoming.location,
    confidence: Math.max(stored.confidence, incoming.confidence),
    mentions: [...mentions.values()],
  };
}

/** Adds records to a list, merging each into the first stored record it matches. */
export function dedupe(records: Iterable<EventRecord>): EventRecord[] {
  const byPeople = new Map<string, EventRecord[]>();
  for (const record of records) {
    const key = participantsKey(record);
    const group = byPeople.get(key) ?? [];
    const index = group.findIndex((r) => sameEvent(r, record));
    if (index >= 0) group[index] = mergeEvents(group[index]!, record);
    else group.push(record);
    byPeople.set(key, group);
  }
  return [...byPeople.values()].flat();
}
