/** The background's event service: private tabs and the pause switch keep nothing; otherwise events are stored. */

import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from "../src/shared/settings.ts";
import type { PageSource } from "../src/shared/messages.ts";
import { seed, sharedTagger } from "./helpers.ts";

let settings: Settings = DEFAULT_SETTINGS;
vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: { getURL: (path: string) => `test://${path}` },
    storage: { local: { get: async () => ({ [SETTINGS_KEY]: settings }), set: async () => undefined } },
  },
}));
vi.stubGlobal("fetch", async () => new Response(readFileSync("dist/kb/kb.bin")));

const { recordArticle, relatedTo, exportEvents } = await import("../src/background/event-service.ts");

const text = seed("004");
const mentions = sharedTagger().tag(text);
const source = (url: string): PageSource => ({
  url,
  title: "Patrushev",
  site: "news.example",
  publication: { date: "2023-02-21", by: "json-ld" },
});

describe("recording events", () => {
  beforeEach(() => {
    settings = DEFAULT_SETTINGS;
  });

  test("a private tab keeps nothing, and says so", async () => {
    const result = await recordArticle(text, mentions, source("https://news.example/private"), true);
    expect(result.recording).toBe("private");
    expect(result.events.length).toBeGreaterThan(0);
    const stored = (await exportEvents()).records;
    expect(stored.some((r) => r.mentions.some((m) => m.url === "https://news.example/private"))).toBe(false);
  });

  test("paused recording keeps nothing; recording again stores the article's events", async () => {
    settings = { ...DEFAULT_SETTINGS, recordEvents: false };
    expect((await recordArticle(text, mentions, source("https://news.example/paused"), false)).recording).toBe(
      "paused",
    );
    expect((await exportEvents()).records.length).toBe(0);
    settings = DEFAULT_SETTINGS;
    const saved = await recordArticle(text, mentions, source("https://news.example/a"), false);
    expect(saved.recording).toBe("saved");
    expect((await exportEvents()).records.length).toBe(saved.events.length);
    // On another page, those events are related; on their own page they are not "related", they are the page's.
    expect((await relatedTo(["person:patrushev"], "https://news.example/b")).events.length).toBeGreaterThan(0);
    const onA = await relatedTo(["person:patrushev"], "https://news.example/a");
    expect(onA.events.length).toBe(0);
    expect(onA.own.map((r) => r.id).sort()).toEqual(saved.events.map((r) => r.id).sort());
    // Another article telling the same events: on A, each of them now lists both sources.
    await recordArticle(text, mentions, source("https://other.example/retold"), false);
    const retold = await relatedTo(["person:patrushev"], "https://news.example/a");
    expect(retold.own.every((r) => r.mentions.map((m) => m.url).includes("https://other.example/retold"))).toBe(true);
  });
});
