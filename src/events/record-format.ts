/**
 * Event records as JSON lines, read back strictly: an import file is someone else's data, so every
 * field is checked, a bad line is reported with its number and skipped, and the good lines still count.
 */

import type { DateType } from "./dates.ts";
import type { EventLocation, EventMention, EventRecord, Participant } from "./types.ts";

export interface LineError {
  readonly line: number;
  readonly message: string;
}

export interface ReadResult {
  readonly records: EventRecord[];
  readonly errors: LineError[];
}

/** Past this, an import is refused whole rather than read into memory line by line. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const EVENTS = new Set(["CONSULT", "AGREE"]);
const MODES = new Set(["visit", "third-party", "multilateral", "phone"]);
const DATE_TYPES = new Set<DateType>(["exact", "approximate", "unresolved"]);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

class Invalid extends Error {}

type Json = Record<string, unknown>;

function object(value: unknown, field: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Invalid(`${field} must be an object`);
  return value as Json;
}

function text(o: Json, field: string, path = field): string {
  const value = o[field];
  if (typeof value !== "string") throw new Invalid(`${path} must be a string`);
  return value;
}

function optionalText(o: Json, field: string, path: string): string | undefined {
  return o[field] === undefined || o[field] === null ? undefined : text(o, field, path);
}

function nullableText(o: Json, field: string): string | null {
  return o[field] === null ? null : text(o, field);
}

function day(o: Json, field: string): string | null {
  const value = nullableText(o, field);
  if (value !== null && (!ISO_DAY.test(value) || Number.isNaN(Date.parse(value)))) {
    throw new Invalid(`${field} must be a date as YYYY-MM-DD or null`);
  }
  return value;
}

function number(o: Json, field: string): number {
  const value = o[field];
  if (typeof value !== "number" || !Number.isFinite(value)) throw new Invalid(`${field} must be a number`);
  return value;
}

function list<T>(o: Json, field: string, read: (item: Json, path: string) => T): T[] {
  const value = o[field];
  if (!Array.isArray(value)) throw new Invalid(`${field} must be a list`);
  return value.map((item, i) => read(object(item, `${field}[${i}]`), `${field}[${i}]`));
}

function participant(o: Json, path: string): Participant {
  const latin = optionalText(o, "latin", `${path}.latin`);
  const country = optionalText(o, "country", `${path}.country`);
  const office = optionalText(o, "office", `${path}.office`);
  return {
    entity: text(o, "entity", `${path}.entity`),
    text: text(o, "text", `${path}.text`),
    name: text(o, "name", `${path}.name`),
    ...(latin !== undefined ? { latin } : {}),
    ...(country !== undefined ? { country } : {}),
    ...(office !== undefined ? { office } : {}),
  };
}

function place(value: unknown): EventLocation | null {
  if (value === null) return null;
  const o = object(value, "location");
  const country = optionalText(o, "country", "location.country");
  return {
    entity: text(o, "entity", "location.entity"),
    text: text(o, "text", "location.text"),
    ...(country !== undefined ? { country } : {}),
  };
}

function mention(o: Json, path: string): EventMention {
  const url = text(o, "url", `${path}.url`);
  if (!/^(https?|file):/i.test(url)) throw new Invalid(`${path}.url must be an http(s) or file: address`);
  const published = o["published"] === null ? null : text(o, "published", `${path}.published`);
  return {
    url,
    title: text(o, "title", `${path}.title`),
    site: text(o, "site", `${path}.site`),
    published,
    quote: text(o, "quote", `${path}.quote`),
  };
}

/** One record from parsed JSON, or an Invalid error naming the first bad field. */
export function toEventRecord(value: unknown): EventRecord {
  const o = object(value, "the line");
  const event = text(o, "event");
  if (!EVENTS.has(event)) throw new Invalid(`event must be CONSULT or AGREE, not ${JSON.stringify(event)}`);
  const mode = nullableText(o, "mode");
  if (mode !== null && !MODES.has(mode)) throw new Invalid(`mode ${JSON.stringify(mode)} is not a PLOVER mode`);
  const dateType = text(o, "dateType") as DateType;
  if (!DATE_TYPES.has(dateType)) throw new Invalid("dateType must be exact, approximate or unresolved");
  const date = day(o, "date");
  if ((date === null) !== (dateType === "unresolved")) throw new Invalid("date must be null exactly when unresolved");
  const confidence = number(o, "confidence");
  if (confidence < 0 || confidence > 1) throw new Invalid("confidence must be between 0 and 1");
  const actors = list(o, "actors", participant);
  const recipients = list(o, "recipients", participant);
  if (actors.length === 0) throw new Invalid("actors must name at least one participant");
  const mentions = list(o, "mentions", mention);
  if (mentions.length === 0) throw new Invalid("mentions must hold at least one source");
  const id = text(o, "id");
  if (!/^[0-9a-f]{16}$/.test(id)) throw new Invalid("id must be 16 hexadecimal digits");
  return {
    id,
    event: event as EventRecord["event"],
    mode: mode as EventRecord["mode"],
    cameo: text(o, "cameo"),
    actors,
    recipients,
    location: place(o["location"]),
    date,
    dateText: nullableText(o, "dateText"),
    dateType,
    dateResolvedBy: typeof o["dateResolvedBy"] === "string" ? o["dateResolvedBy"] : "",
    sentence: text(o, "sentence"),
    start: number(o, "start"),
    end: number(o, "end"),
    confidence,
    mentions,
  };
}

/** Reads JSON lines; blank lines are fine, every other bad line is reported by its number (from 1). */
export function readEventLines(content: string): ReadResult {
  const records: EventRecord[] = [];
  const errors: LineError[] = [];
  content
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        errors.push({ line: index + 1, message: "not valid JSON" });
        return;
      }
      try {
        records.push(toEventRecord(parsed));
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        errors.push({ line: index + 1, message: error.message });
      }
    });
  return { records, errors };
}

export function toJsonLines(records: readonly EventRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n") + (records.length ? "\n" : "");
}
