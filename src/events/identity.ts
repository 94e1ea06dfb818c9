/**
 * What makes two reports the same event (sorted participants, event, mode, date; the place of a
 * one-official event), and a stable id
 * hashed from it: never a counter, so two machines give one event the same id.
 */

import { participantsKey } from "./merge.ts";
import type { EventRecord } from "./types.ts";

type Keyed = Pick<EventRecord, "event" | "mode" | "actors" | "recipients" | "date" | "location">;

/**
 * The key of an event. An event of one official (a visit, a group received) is also told apart by its
 * place: the king's visit to Kuwait and his receiving ambassadors in Amman are two events.
 */
export function eventKey(record: Keyed): string {
  const alone = record.actors.length + record.recipients.length === 1;
  const place = alone && record.location ? `|${record.location.entity}` : "";
  return `${participantsKey(record)}|${record.date ?? "undated"}${place}`;
}

/** 64-bit FNV-1a over the UTF-16 code units, as 16 hex digits. */
export function stableId(key: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < key.length; i++) {
    hash ^= BigInt(key.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
