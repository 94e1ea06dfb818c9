/**
 * What makes two reports the same event (sorted participants, event, mode, date), and a stable id
 * hashed from it: never a counter, so two machines give one event the same id.
 */

import { participantsKey } from "./merge.ts";
import type { EventRecord } from "./types.ts";

type Keyed = Pick<EventRecord, "event" | "mode" | "actors" | "recipients" | "date">;

export function eventKey(record: Keyed): string {
  return `${participantsKey(record)}|${record.date ?? "undated"}`;
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
