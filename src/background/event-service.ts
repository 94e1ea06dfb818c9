/**
 * Events in the background: extracted from each article read, kept in the store unless recording is
 * paused or the tab is private, and looked up for the popup, the cards and the options page.
 */

import browser from "webextension-polyfill";
import { extractEvents } from "../events/extract.ts";
import type { EventRecord } from "../events/types.ts";
import type { BackgroundReply, PageSource, Recording } from "../shared/messages.ts";
import { loadSettings } from "../shared/settings.ts";
import type { Mention } from "../tagger/types.ts";
import { EventStore } from "./event-store.ts";
import { getKnowledge } from "./tagger-service.ts";

let opened: EventStore | null = null;
const store = () => (opened ??= new EventStore());

export async function recordArticle(
  text: string,
  mentions: readonly Mention[],
  source: PageSource,
  privateTab: boolean,
): Promise<{ events: EventRecord[]; recording: Recording }> {
  const { kb } = await getKnowledge();
  const { publication, ...where } = source;
  const events = extractEvents(text, mentions, kb, { ...where, published: publication.date });
  if (events.length === 0) return { events, recording: "none" };
  if (privateTab) return { events, recording: "private" };
  if (!(await loadSettings(browser.storage.local)).recordEvents) return { events, recording: "paused" };
  try {
    await store().add(events);
    return { events, recording: "saved" };
  } catch (error) {
    console.warn("Marsad:", error);
    return { events, recording: "failed" };
  }
}

/** Stored events sharing the page's entities, apart from this article's own, which come with their other sources. */
export async function relatedTo(entities: readonly string[], url: string): Promise<BackgroundReply<"related">> {
  const found = await store().related(entities);
  const events = found.filter(({ record }) => !record.mentions.some((m) => m.url === url));
  return { events, own: await store().fromArticle(url), health: store().health };
}

export async function latestOf(entity: string): Promise<BackgroundReply<"latest">> {
  return { events: await store().latestOf(entity) };
}

export async function browseEvents(query: string, offset: number, limit: number): Promise<BackgroundReply<"browse">> {
  const page = await store().browse(query, offset, limit);
  return { ...page, stored: await store().count(), health: store().health };
}

export async function deleteEvents(ids: readonly string[]): Promise<BackgroundReply<"delete-events">> {
  await store().delete(ids);
  return { stored: await store().count() };
}

export async function exportEvents(): Promise<BackgroundReply<"export-events">> {
  return { records: await store().all() };
}

/** Imported records merge into what is stored: an import never replaces or drops a stored event. */
export async function importEvents(records: readonly EventRecord[]): Promise<BackgroundReply<"import-events">> {
  const result = await store().add(records);
  return { ...result, stored: await store().count() };
}
