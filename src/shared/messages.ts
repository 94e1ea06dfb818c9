/**
 * The one typed message module: every message between the content script, the background and the
 * popup is declared here, with the answer it gets.
 */

import browser from "webextension-polyfill";
import type { Publication } from "../events/published.ts";
import type { EventRecord } from "../events/types.ts";
import type { Mention } from "../tagger/types.ts";
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
export interface RunTimings {
  /** performance.now() when the run began: the page's own timeline, to line up with its long tasks. */
  readonly started: number;
  readonly detect: number;
  readonly extract: number;
  readonly tag: number;
  readonly paint: number;
  readonly total: number;
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

export type PageStatus = "working" | "article" | "not-article";

export interface PageSummary {
  readonly status: PageStatus;
  readonly site: string;
  readonly enabled: boolean;
  readonly entities: readonly EntitySummary[];
  readonly source?: PageSource;
  /** The events this article tells, and whether they were stored. */
  readonly events: readonly EventRecord[];
  readonly recording: Recording;
  readonly timings?: RunTimings;
}

/** Requests the background answers. */
export interface BackgroundRequests {
  tag: { request: { type: "tag"; text: string }; response: { mentions: Mention[] } };
  /** Extracts a tagged article's events and keeps them (unless paused or private); after painting. */
  record: {
    request: { type: "record"; text: string; mentions: readonly Mention[]; source: PageSource };
    response: { events: EventRecord[]; recording: Recording };
  };
  related: {
    request: { type: "related"; entities: readonly string[]; url: string };
    /** events: other articles' events; own: this article's, as stored (with every article that told them). */
    response: { events: RelatedEvent[]; own: EventRecord[]; health: StoreHealth };
  };
  latest: { request: { type: "latest"; entity: string }; response: { events: EventRecord[] } };
  browse: {
    request: { type: "browse"; query: string; offset: number; limit: number };
    response: { total: number; records: EventRecord[]; stored: number; health: StoreHealth };
  };
  "delete-events": { request: { type: "delete-events"; ids: readonly string[] }; response: { stored: number } };
  "export-events": { request: { type: "export-events" }; response: { records: EventRecord[] } };
  "import-events": {
    request: { type: "import-events"; records: readonly EventRecord[] };
    response: { added: number; merged: number; stored: number };
  };
}

export const BACKGROUND_REQUEST_TYPES: readonly (keyof BackgroundRequests)[] = [
  "tag",
  "record",
  "related",
  "latest",
  "browse",
  "delete-events",
  "export-events",
  "import-events",
];

/** Requests a page's content script answers. */
export interface ContentRequests {
  summary: { request: { type: "summary" }; response: PageSummary };
  reveal: { request: { type: "reveal"; entity: string }; response: { found: boolean } };
  step: { request: { type: "step"; direction: 1 | -1 }; response: { found: boolean } };
}

export type BackgroundRequest = BackgroundRequests[keyof BackgroundRequests]["request"];
export type ContentRequest = ContentRequests[keyof ContentRequests]["request"];

export function askBackground<K extends keyof BackgroundRequests>(
  request: BackgroundRequests[K]["request"] & { type: K },
): Promise<BackgroundRequests[K]["response"]> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundRequests[K]["response"]>;
}

export function askTab<K extends keyof ContentRequests>(
  tabId: number,
  request: ContentRequests[K]["request"] & { type: K },
): Promise<ContentRequests[K]["response"]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ContentRequests[K]["response"]>;
}

/** Narrows an incoming message of unknown shape to one of ours, by its type field. */
export function isRequest<T extends { type: string }>(message: unknown, types: readonly T["type"][]): message is T {
  return (
    typeof message === "object" && message !== null && types.includes((message as { type?: unknown }).type as T["type"])
  );
}
