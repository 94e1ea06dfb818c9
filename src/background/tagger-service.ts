/**
 * The tagger lives in the background: the knowledge base is loaded once per browser session (not once
 * a page), and tagging a long article never blocks the page's main thread.
 */

import browser from "webextension-polyfill";
import type { CompiledKb } from "../kb/types.ts";
import { createTagger, type Tagger } from "../tagger/tagger.ts";
import type { Mention } from "../tagger/types.ts";

export interface Knowledge {
  readonly kb: CompiledKb;
  readonly tagger: Tagger;
}

let knowledge: Promise<Knowledge> | null = null;

async function loadKnowledge(): Promise<Knowledge> {
  const response = await fetch(browser.runtime.getURL("kb.json"));
  if (!response.ok) throw new Error(`the knowledge base did not load (${response.status})`);
  const kb = (await response.json()) as CompiledKb;
  return { kb, tagger: createTagger(kb) };
}

export function getKnowledge(): Promise<Knowledge> {
  knowledge ??= loadKnowledge().catch((error: unknown) => {
    knowledge = null; // try again on the next request rather than failing for the whole session
    throw error;
  });
  return knowledge;
}

export async function tag(text: string): Promise<Mention[]> {
  return (await getKnowledge()).tagger.tag(text).filter((m) => m.type === "official" || m.type === "place");
}
