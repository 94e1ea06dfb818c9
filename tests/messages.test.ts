/**
 * Messages between the extension's contexts: the background answers each declared type with its own
 * handler, answers a malformed message with an error reply naming what is wrong, and the senders turn
 * that reply into a rejected promise with the same text. The wire is a loopback through structuredClone.
 */

import { beforeEach, describe, expect, test, vi } from "vitest";
import { extractEvents } from "../src/events/extract.ts";
import { CONTENT_SCHEMAS } from "../src/content/request-schemas.ts";
import type { ContentMessages, PageSource, PageSummary } from "../src/shared/messages.ts";
import { answerer } from "../src/shared/protocol.ts";
import { packedKb, seed, sharedTagger } from "./helpers.ts";

type Listener = (message: unknown, sender: { id?: string; tab?: { incognito: boolean } }) => unknown;

const OUR_ID = "marsad@test";
const wire = vi.hoisted(() => ({
  background: null as Listener | null,
  tab: null as ((message: unknown) => unknown) | null,
}));

vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      id: "marsad@test",
      onMessage: { addListener: (listener: Listener) => (wire.background = listener) },
      sendMessage: async (message: unknown) =>
        wire.background!(structuredClone(message), { id: "marsad@test", tab: { incognito: false } }),
    },
    tabs: { sendMessage: async (_tab: number, message: unknown) => wire.tab!(structuredClone(message)) },
    commands: { onCommand: { addListener: () => undefined } },
  },
}));

const services = vi.hoisted(() => ({
  recordArticle: vi.fn(async () => ({ events: [], recording: "none" })),
  relatedTo: vi.fn(async () => ({ events: [], own: [], health: { state: "ready" } })),
  latestOf: vi.fn(async () => ({ events: [] })),
  browseEvents: vi.fn(async () => ({ total: 0, records: [], stored: 0, health: { state: "ready" } })),
  deleteEvents: vi.fn(async () => ({ stored: 0 })),
  exportEvents: vi.fn(async () => ({ records: [] })),
  importEvents: vi.fn(async () => ({ added: 1, merged: 0, stored: 1 })),
  tag: vi.fn(async (text: string) => ({ mentions: [{ text }], knowledge: { ms: 2, sinceStart: 3, at: 1 } })),
  warm: vi.fn(async () => ({})),
}));
vi.mock("../src/background/event-service.ts", () => services);
vi.mock("../src/background/tagger-service.ts", () => ({ tag: services.tag, getKnowledge: services.warm }));

await import("../src/background/main.ts");
const { askBackground, askTab } = await import("../src/shared/messages.ts");

const text = seed("004");
const mentions = sharedTagger().tag(text);
const source: PageSource = {
  url: "https://news.example/a",
  title: "Patrushev",
  site: "news.example",
  publication: { date: "2023-02-21", by: "json-ld" },
};
const records = extractEvents(text, mentions, packedKb(), { url: source.url, title: "", site: "", published: null });

/** The background's answer to a raw message, as a content script or another extension would send it. */
const sendRaw = (message: unknown, id = OUR_ID) => wire.background!(message, { id, tab: { incognito: true } });

describe("the background", () => {
  beforeEach(() => vi.clearAllMocks());

  test("each request type reaches its own handler, with the request's fields", async () => {
    expect(await askBackground({ type: "tag", text: "نص" })).toEqual({
      mentions: [{ text: "نص" }],
      knowledge: { ms: 2, sinceStart: 3, at: 1 },
    });
    expect(await askBackground({ type: "warm" })).toEqual({ ready: true });
    expect(services.warm).toHaveBeenCalledOnce();
    await askBackground({ type: "record", text, mentions, source });
    expect(services.recordArticle).toHaveBeenCalledWith(text, mentions, source, false);
    await askBackground({ type: "related", entities: ["person:patrushev"], url: source.url });
    expect(services.relatedTo).toHaveBeenCalledWith(["person:patrushev"], source.url);
    await askBackground({ type: "latest", entity: "person:patrushev" });
    expect(services.latestOf).toHaveBeenCalledWith("person:patrushev");
    await askBackground({ type: "browse", query: "موسكو", offset: 20, limit: 10 });
    expect(services.browseEvents).toHaveBeenCalledWith("موسكو", 20, 10);
    await askBackground({ type: "delete-events", ids: ["0123456789abcdef"] });
    expect(services.deleteEvents).toHaveBeenCalledWith(["0123456789abcdef"]);
    await askBackground({ type: "export-events" });
    expect(services.exportEvents).toHaveBeenCalledOnce();
    expect(await askBackground({ type: "import-events", records })).toEqual({ added: 1, merged: 0, stored: 1 });
    expect(services.importEvents).toHaveBeenCalledWith(records);
    // Each handler was reached exactly once: no type fell through to another's.
    for (const handler of Object.values(services)) expect(handler).toHaveBeenCalledOnce();
  });

  test("the sender's tab decides whether a record is private", async () => {
    await sendRaw({ type: "record", text, mentions, source });
    expect(services.recordArticle).toHaveBeenCalledWith(text, mentions, source, true);
  });

  test("a malformed message gets an error reply saying what is wrong, and no handler runs", async () => {
    const cases: [unknown, string][] = [
      [null, "a message must be an object"],
      ["tag", "a message must be an object"],
      [{ text: "no type" }, "unknown message type undefined"],
      [{ type: "erase-everything" }, 'unknown message type "erase-everything"'],
      [{ type: "toString" }, 'unknown message type "toString"'],
      [{ type: "tag" }, "tag: text must be a string"],
      [{ type: "tag", text: 42 }, "tag: text must be a string"],
      [{ type: "browse", query: "", offset: -1, limit: 10 }, "browse: offset must be a whole number, 0 or more"],
      [{ type: "related", entities: "person:x", url: "u" }, "related: entities must be a list"],
      [{ type: "delete-events", ids: ["a", 7] }, "delete-events: ids[1] must be a string"],
      [
        { type: "record", text, mentions: [{ ...mentions[0], start: "0" }], source },
        "record: mentions[0].start must be a whole number, 0 or more",
      ],
      [
        { type: "record", text, mentions, source: { ...source, publication: { date: 5, by: "url" } } },
        "record: source.publication.date must be a string",
      ],
      [
        { type: "import-events", records: [{ ...records[0], id: "x" }] },
        "import-events: records[0]: id must be 16 hexadecimal digits",
      ],
    ];
    for (const [message, error] of cases) expect(await sendRaw(message), JSON.stringify(message)).toEqual({ error });
    for (const handler of Object.values(services)) expect(handler).not.toHaveBeenCalled();
  });

  test("a failing handler is an error reply too, named by its type", async () => {
    services.latestOf.mockRejectedValueOnce(new Error("the event store is unavailable"));
    expect(await sendRaw({ type: "latest", entity: "x" })).toEqual({ error: "latest: the event store is unavailable" });
  });

  test("messages from another extension are ignored", async () => {
    expect(await sendRaw({ type: "tag", text: "نص" }, "someone-else@test")).toBeUndefined();
    expect(services.tag).not.toHaveBeenCalled();
  });

  test("the sender turns an error reply into a rejected promise with its text", async () => {
    const malformed = { type: "tag", text: 42 } as unknown as { type: "tag"; text: string };
    await expect(askBackground(malformed)).rejects.toThrow(new Error("tag: text must be a string"));
    services.exportEvents.mockRejectedValueOnce(new Error("the database is blocked"));
    await expect(askBackground({ type: "export-events" })).rejects.toThrow("export-events: the database is blocked");
  });
});

describe("a page's content script", () => {
  const summary = { status: "article", entities: [] } as unknown as PageSummary;
  const steps: number[] = [];
  wire.tab = answerer<ContentMessages, void>(CONTENT_SCHEMAS, {
    summary: () => summary,
    reveal: ({ entity }) => ({ found: entity === "person:patrushev" }),
    step: ({ direction }) => ({ found: steps.push(direction) > 0 }),
  });

  test("answers the popup's and the commands' requests, and rejects malformed ones", async () => {
    expect(await askTab(1, { type: "summary" })).toEqual(summary);
    expect(await askTab(1, { type: "reveal", entity: "person:patrushev" })).toEqual({ found: true });
    expect(await askTab(1, { type: "step", direction: -1 })).toEqual({ found: true });
    expect(steps).toEqual([-1]);
    const sideways = { type: "step", direction: 0 } as unknown as { type: "step"; direction: 1 };
    await expect(askTab(1, sideways)).rejects.toThrow("step: direction must be one of 1, -1");
    expect(steps).toEqual([-1]);
  });
});
