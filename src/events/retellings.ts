/**
 * One article often tells one meeting twice: once with its date and once without, once as a call and
 * once as a "meeting", once "last week" and once "last Thursday". The vaguer telling joins the more
 * precise one and lends it its place.
 */

import { eventKey } from "./identity.ts";
import type { EventRecord } from "./types.ts";

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
  // One official meeting a group or a summit is not a vaguer telling of his visit: they are two events.
  const alone = vague.actors.length + vague.recipients.length === 1;
  const lessSpecific = vague.mode === null && precise.mode !== null && !alone;
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
export function completeFromEachOther(records: EventRecord[]): EventRecord[] {
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
