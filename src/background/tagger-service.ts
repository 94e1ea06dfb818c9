/**
 * The tagger lives in the background: the knowledge base is loaded once per browser session (not once
 * a page), and tagging a long article never blocks the page's main thread.
 */

import browser from "webextension-polyfill";
import type { CompiledKb } from "../kb/types.ts";
import { createTagger, type Tagger } from "../tagger/tagger.ts";
import type { Mention } from "../tagger/types.ts";

let tagger: Promise<Tagger> | null = null;

async function loadTagger(): Promise<Tagger> {
  const response = await fetch(browser.runtime.getURL("kb.json"));
  if (!response.ok) throw new Error(`the knowledge base did not load (${response.status})`);
  return createTagger((await response.json()) as CompiledKb);
}

export async function tag(text: string): Promise<Mention[]> {
  tagger ??= loadTagger().catch((error: unknown) => {
    tagger = null; // try again on the next request rather than failing for the whole session
    throw error;
  });
  return (await tagger).tag(text).filter((m) => m.type === "official" || m.type === "place");
}
