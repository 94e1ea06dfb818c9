/** The event store over fake-indexeddb: merging across articles, related events, migration, failures. */

import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, test, vi } from "vitest";
import { EventStore } from "../src/background/event-store.ts";
import { extractEvents } from "../src/events/extract.ts";
import type { EventRecord } from "../src/events/types.ts";
import { packedKb, seed, sharedTagger } from "./helpers.ts";

const eventsOf = (prefix: string, url: string, published: string | null): EventRecord[] => {
  const text = seed(prefix);
  return extractEvents(text, sharedTagger().tag(text), packedKb(), { url, title: prefix, site: "x", published });
};

let counter = 0;
const stores: EventStore[] = [];
function freshStore(): { store: EventStore; name: string } {
  const name = `events-test-${++counter}`;
  const store = new EventStore(name);
  stores.push(store);
  return { store, name };
}
afterEach(() => stores.splice(0).forEach((s) => s.close()));

const A = eventsOf("004", "https://a.example/patrushev", "2023-02-21");
const B = eventsOf("000", "https://b.example/samarkand", "2022-09-19");

describe("event store", () => {
  test("the same article read twice stores nothing new; another article's telling adds a mention", async () => {
    const { store } = freshStore();
    expect(await store.add(A)).toEqual({ added: A.length, merged: 0 });
    expect(await store.add(A)).toEqual({ added: 0, merged: A.length });
    expect(await store.count()).toBe(A.length);
    const retold = A.map((r) => ({ ...r, mentions: [{ ...r.mentions[0]!, url: "https://c.example/retold" }] }));
    await store.add(retold);
    const stored = await store.fromArticle("https://c.example/retold");
    expect(stored.length).toBe(A.length);
    expect(stored.every((r) => r.mentions.length === 2)).toBe(true);
  });

  test("an imported record with a stored id but other content joins that record instead of replacing it", async () => {
    const { store } = freshStore();
    await store.add(A.slice(0, 1));
    const impostor = { ...B[0]!, id: A[0]!.id };
    expect(await store.add([impostor])).toEqual({ added: 0, merged: 1 });
    const kept = await store.fromArticle(A[0]!.mentions[0]!.url);
    expect(kept.map((r) => r.id)).toEqual([A[0]!.id]);
    expect(kept[0]!.mentions.map((m) => m.url).sort()).toEqual([A[0]!.mentions[0]!.url, B[0]!.mentions[0]!.url].sort());
  });

  test("related events share participants or places, most shared first", async () => {
    const { store } = freshStore();
    await store.add([...A, ...B]);
    const patrushev = "person:patrushev";
    const related = await store.related([patrushev, "person:wang-yi"]);
    expect(related.length).toBeGreaterThan(0);
    expect(related[0]!.shared.length).toBe(2);
    for (const { record, shared } of related) {
      const ids = [...record.actors, ...record.recipients].map((p) => p.entity);
      expect(shared.every((e) => ids.includes(e) || record.location?.entity === e)).toBe(true);
    }
    expect(related.some((r) => r.record.mentions[0]!.url === "https://b.example/samarkand")).toBe(true);
    expect((await store.latestOf(patrushev)).every((r) => JSON.stringify(r).includes(patrushev))).toBe(true);
  });

  test("browse searches every field a reader sees, and delete removes exactly what it names", async () => {
    const { store } = freshStore();
    await store.add([...A, ...B]);
    const moscow = await store.browse("موسكو", 0, 100);
    expect(moscow.total).toBeGreaterThan(0);
    expect(moscow.records.every((r) => JSON.stringify(r).includes("موسكو"))).toBe(true);
    const latin = await store.browse("patrushev", 0, 100);
    expect(latin.total).toBeGreaterThan(0);
    await store.delete([latin.records[0]!.id]);
    expect(await store.count()).toBe(A.length + B.length - 1);
  });

  test("a version 1 database is upgraded in place and keeps its records", async () => {
    const name = `events-v1-${++counter}`;
    const old = new Dexie(name);
    old.version(1).stores({ events: "id, personKey, date, *entities" });
    await old.table("events").put({ ...A[0]!, personKey: "k", entities: ["person:wang-yi"] });
    old.close();
    const store = new EventStore(name);
    stores.push(store);
    expect(await store.fromArticle(A[0]!.mentions[0]!.url)).toEqual([A[0]]);
  });

  test("a full disk is reported, its records kept and saved with the next write", async () => {
    const { store } = freshStore();
    await store.add(A.slice(0, 1));
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementationOnce(() => {
      throw new DOMException("the disk is full", "QuotaExceededError");
    });
    await expect(store.add(A.slice(1))).rejects.toThrow(/not saved/);
    expect(store.health).toEqual({ state: "full", unsaved: A.length - 1 });
    expect(await store.count()).toBe(1);
    put.mockRestore();
    await store.add([]);
    expect(store.health).toEqual({ state: "ready" });
    expect(await store.count()).toBe(A.length);
  });

  test("a closed database is reported as unavailable, not as saved", async () => {
    const { store } = freshStore();
    store.close();
    await expect(store.add(A)).rejects.toThrow(/not saved/);
    expect(store.health).toMatchObject({ state: "unavailable", unsaved: A.length });
  });
});
