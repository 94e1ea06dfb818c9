/**
 * The event store: IndexedDB through Dexie, owned by the background (a content script's database
 * would belong to the news site). The same event from several articles is one record with several
 * mentions. A write that fails (disk full, database blocked or broken) keeps its records in memory,
 * says so in `health`, and is tried again with the next write, so nothing is silently lost.
 */

import Dexie, { type Table } from "dexie";
import { mergeEvents, participantsKey, sameEvent } from "../events/merge.ts";
import type { EventRecord } from "../events/types.ts";
import type { StoreHealth } from "../shared/messages.ts";

/** A record as stored: the record plus what the indexes need. */
interface StoredEvent extends EventRecord {
  readonly personKey: string;
  /** Participants and place: what "related to this page" is looked up by. */
  readonly entities: readonly string[];
  readonly urls: readonly string[];
  /** When an article last told this event (ms since 1970). */
  readonly updated: number;
}

export interface AddResult {
  readonly added: number;
  readonly merged: number;
}

export interface EventPage {
  readonly total: number;
  readonly records: EventRecord[];
}

class EventDatabase extends Dexie {
  events!: Table<StoredEvent, string>;

  constructor(name: string) {
    super(name);
    // Version 1 shipped first; never edit a released version, add the next one with its upgrade.
    this.version(1).stores({ events: "id, personKey, date, *entities" });
    this.version(2)
      .stores({ events: "id, personKey, date, *entities, *urls, updated" })
      .upgrade((tx) =>
        tx
          .table("events")
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            const mentions = (record["mentions"] ?? []) as { url: string }[];
            record["urls"] = mentions.map((m) => m.url);
            record["updated"] = 0;
          }),
      );
  }
}

function stored(record: EventRecord, updated: number): StoredEvent {
  const entities = [...record.actors, ...record.recipients].map((p) => p.entity);
  if (record.location) entities.push(record.location.entity);
  return {
    ...record,
    personKey: participantsKey(record),
    entities: [...new Set(entities)],
    urls: record.mentions.map((m) => m.url),
    updated,
  };
}

function plain(record: StoredEvent): EventRecord {
  const { personKey: _k, entities: _e, urls: _u, updated: _t, ...rest } = record;
  return rest;
}

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return "";
  const inner = (error as { inner?: unknown }).inner;
  return inner instanceof Error && inner.name ? `${error.name}/${inner.name}` : error.name;
}

/** Newest first by event date (undated last), then by when it was last read. */
function byRecency(a: StoredEvent, b: StoredEvent): number {
  return (b.date ?? "").localeCompare(a.date ?? "") || b.updated - a.updated;
}

function matchesQuery(record: EventRecord, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [
    ...[...record.actors, ...record.recipients].flatMap((p) => [p.name, p.text, p.latin ?? "", p.office ?? ""]),
    record.location?.text ?? "",
    record.date ?? "",
    record.sentence,
    ...record.mentions.flatMap((m) => [m.title, m.site]),
  ]
    .join(" ")
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export class EventStore {
  private readonly db: EventDatabase;
  private unsaved: EventRecord[] = [];
  private problem: StoreHealth = { state: "ready" };

  constructor(name = "marsad-events") {
    this.db = new EventDatabase(name);
    this.db.on("blocked", () => {
      this.problem = { state: "blocked", unsaved: this.unsaved.length };
    });
  }

  get health(): StoreHealth {
    return this.problem.state === "ready" ? this.problem : { ...this.problem, unsaved: this.unsaved.length };
  }

  /** Stores records, merging each into the stored event it repeats. Failed writes are kept and retried. */
  async add(records: readonly EventRecord[], now = Date.now()): Promise<AddResult> {
    const batch = [...this.unsaved, ...records];
    if (batch.length === 0) return { added: 0, merged: 0 };
    try {
      const result = await this.db.transaction("rw", this.db.events, async () => {
        let added = 0;
        let merged = 0;
        const writes = new Map<string, StoredEvent>();
        for (const record of batch) {
          const key = participantsKey(record);
          const candidates = [
            ...[...writes.values()].filter((r) => r.personKey === key),
            ...(await this.db.events.where("personKey").equals(key).toArray()).filter((r) => !writes.has(r.id)),
          ];
          // An imported record may reuse a stored id for other content: it joins that record, never replaces it.
          const same =
            candidates.find((r) => sameEvent(r, record)) ??
            writes.get(record.id) ??
            (await this.db.events.get(record.id));
          if (same) {
            merged++;
            writes.set(same.id, stored(mergeEvents(plain(same), record), now));
          } else {
            added++;
            writes.set(record.id, stored(record, now));
          }
        }
        await this.db.events.bulkPut([...writes.values()]);
        return { added, merged };
      });
      this.unsaved = [];
      this.problem = { state: "ready" };
      return result;
    } catch (error) {
      this.unsaved = batch;
      this.problem = this.describe(error);
      throw new Error(`events were not saved (${errorName(error) || "unknown error"})`, { cause: error });
    }
  }

  private describe(error: unknown): StoreHealth {
    const name = errorName(error);
    const unsaved = this.unsaved.length;
    if (/QuotaExceeded/.test(name)) return { state: "full", unsaved };
    if (this.problem.state === "blocked") return this.problem;
    return { state: "unavailable", reason: name || String(error), unsaved };
  }

  /** Stored events that share participants or a place with `entities`, most shared first, then newest. */
  async related(entities: readonly string[], limit = 30): Promise<{ record: EventRecord; shared: string[] }[]> {
    if (entities.length === 0) return [];
    const wanted = new Set(entities);
    const found = await this.db.events
      .where("entities")
      .anyOf([...wanted])
      .distinct()
      .toArray();
    return found
      .map((r) => ({ r, shared: r.entities.filter((e) => wanted.has(e)) }))
      .sort((a, b) => b.shared.length - a.shared.length || byRecency(a.r, b.r))
      .slice(0, limit)
      .map(({ r, shared }) => ({ record: plain(r), shared }));
  }

  /** The latest events of one person or place. */
  async latestOf(entity: string, limit = 3): Promise<EventRecord[]> {
    const found = await this.db.events.where("entities").equals(entity).toArray();
    return found.sort(byRecency).slice(0, limit).map(plain);
  }

  async fromArticle(url: string): Promise<EventRecord[]> {
    return (await this.db.events.where("urls").equals(url).toArray()).map(plain);
  }

  /** A page of every stored event matching a free-text query, newest first. */
  async browse(query: string, offset: number, limit: number): Promise<EventPage> {
    const all = (await this.db.events.toArray()).filter((r) => matchesQuery(r, query)).sort(byRecency);
    return { total: all.length, records: all.slice(offset, offset + limit).map(plain) };
  }

  async all(): Promise<EventRecord[]> {
    return (await this.db.events.toArray()).sort(byRecency).map(plain);
  }

  async count(): Promise<number> {
    return this.db.events.count();
  }

  async delete(ids: readonly string[]): Promise<void> {
    await this.db.events.bulkDelete([...ids]);
  }

  close(): void {
    this.db.close();
  }
}
