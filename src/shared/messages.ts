/**
 * The one typed message module: every message between the content script, the background, the popup
 * and the options page is declared here, with the reply it gets; senders and receivers take their
 * types from these declarations (see protocol.ts).
 */

import browser from "webextension-polyfill";
import type { Publication } from "../events/published.ts";
import type { EventRecord } from "../events/types.ts";
import type { Mention } from "../tagger/types.ts";
import { replyOrThrow, type Reply, type Request } from "./protocol.ts";
import type { Category } from "./settings.ts";

/** One entity of the page, as the popup lists it and the card shows it. */
export interface EntitySummary {
  readonly entity: string;
  readonly type: Category;
  readonly name: string;
  readonly latin?: string;
  readonly role?: string;
  readonly country?: string;
  readonly count: number;
  /** The distinct spellings used on the page, most frequent first. */
  readonly spellings: readonly string[];
}

/** Milliseconds spent by the last annotation run of a page, for the benchmark and for debugging. */
/** How the background's knowledge base was loaded: after a stopped service worker, again. */
export interface KnowledgeLoad {
  /** From the first request for it to the knowledge base ready (the fetch may have begun earlier). */
  readonly ms: number;
  /** From the background's start (its first line) to the knowledge base ready. */
  readonly sinceStart: number;
  /** Date.now() when it was loaded: a later time means the background started again. */
  readonly at: number;
}

export interface RunTimings {
  /** performance.now() when the run began: the page's own timeline, to line up with its long tasks. */
  readonly started: number;
  readonly detect: number;
  readonly extract: number;
  readonly tag: number;
  readonly paint: number;
  readonly total: number;
  /** From the annotator's first line to all marks painted: with the loader's warm-up, what a reader waits. */
  readonly sinceAnnotatorStart: number;
  readonly knowledge: KnowledgeLoad;
  readonly characters: number;
  readonly marks: number;
}

/** The article as a source of events: where it is, what it is called, when it was published. */
export interface PageSource {
  readonly url: string;
  readonly title: string;
  readonly site: string;
  readonly publication: Publication;
}

/** What happened to a page's events: kept, or why not. */
export type Recording = "saved" | "paused" | "private" | "failed" | "none";

/** The event store's state, shown to the reader whenever it is not "ready". */
export type StoreHealth =
  | { readonly state: "ready" }
  | { readonly state: "full"; readonly unsaved: number }
  | { readonly state: "blocked"; readonly unsaved: number }
  | { readonly state: "unavailable"; readonly reason: string; readonly unsaved: number };

export interface RelatedEvent {
  readonly record: EventRecord;
  /** The page's entities this event shares. */
  readonly shared: readonly string[];
}

/** "other-language": Arabic script, but Persian, Urdu, Pashto, Sorani or Uyghur (PageSummary.language). */
export type PageStatus = "working" | "article" | "not-article" | "other-language";

export interface PageSummary {
  readonly status: PageStatus;
  /** The page's language (a BCP 47 code) when the status is "other-language". */
  readonly language?: string;
  readonly site: string;
  readonly enabled: boolean;
  readonly entities: readonly EntitySummary[];
  readonly source?: PageSource;
  /** The events this article tells, and whether they were stored. */
  readonly events: readonly EventRecord[];
  readonly recording: Recording;
  readonly timings?: RunTimings;
}

/** Requests the background answers: each type's request fields and its reply. */
export interface BackgroundMessages {
  /** Sent by the loader as soon as a page might be Arabic: the background loads its knowledge meanwhile. */
  warm: { request: object; reply: { ready: boolean } };
  tag: { request: { text: string }; reply: { mentions: Mention[]; knowledge: KnowledgeLoad } };
  /** Extracts a tagged article's events and keeps them (unless paused or private); after painting. */
  record: {
    request: { text: string; mentions: readonly Mention[]; source: PageSource };
    reply: { events: EventRecord[]; recording: Recording };
  };
  related: {
    request: { entities: readonly string[]; url: string };
    /** events: other articles' events; own: this article's, as stored (with every article that told them). */
    reply: { events: RelatedEvent[]; own: EventRecord[]; health: StoreHealth };
  };
  latest: { request: { entity: string }; reply: { events: EventRecord[] } };
  browse: {
    request: { query: string; offset: number; limit: number };
    reply: { total: number; records: EventRecord[]; stored: number; health: StoreHealth };
  };
  "delete-events": { request: { ids: readonly string[] }; reply: { stored: number } };
  "export-events": { request: object; reply: { records: EventRecord[] } };
  "import-events": {
    request: { records: readonly EventRecord[] };
    reply: { added: number; merged: number; stored: number };
  };
}

/** Requests a page's content script answers. */
export interface ContentMessages {
  summary: { request: object; reply: PageSummary };
  reveal: { request: { entity: string }; reply: { found: boolean } };
  step: { request: { direction: 1 | -1 }; reply: { found: boolean } };
}

export type BackgroundRequest<K extends keyof BackgroundMessages> = Request<BackgroundMessages, K>;
export type BackgroundReply<K extends keyof BackgroundMessages> = Reply<BackgroundMessages, K>;
export type ContentRequest<K extends keyof ContentMessages> = Request<ContentMessages, K>;
export type ContentReply<K extends keyof ContentMessages> = Reply<ContentMessages, K>;

export async function askBackground<K extends keyof BackgroundMessages>(
  request: BackgroundRequest<K>,
): Promise<BackgroundReply<K>> {
  return replyOrThrow(request.type, await browser.runtime.sendMessage(request));
}

export async function askTab<K extends keyof ContentMessages>(
  tabId: number,
  request: ContentRequest<K>,
): Promise<ContentReply<K>> {
  return replyOrThrow(request.type, await browser.tabs.sendMessage(tabId, request));
}
