/**
 * The tagger lives in the background: tagging a long article never blocks the page's main thread.
 * The knowledge base is loaded when the background starts, and again each time the browser has
 * stopped an idle service worker, so loading is a view on the packed file's bytes, not a rebuild.
 */

import browser from "webextension-polyfill";
import { openPackedKb, type PackedKb } from "../kb/packed.ts";
import { KB_FILE, takeEarlyFetch, WORKER_STARTED } from "./kb-prefetch.ts";
import { createTagger, type Tagger } from "../tagger/tagger.ts";
import type { KnowledgeLoad } from "../shared/messages.ts";
import type { Mention } from "../tagger/types.ts";

export interface Knowledge {
  readonly kb: PackedKb;
  readonly tagger: Tagger;
  readonly load: KnowledgeLoad;
}

let knowledge: Promise<Knowledge> | null = null;

async function loadKnowledge(): Promise<Knowledge> {
  const asked = performance.now();
  const response = await (takeEarlyFetch() ?? fetch(browser.runtime.getURL(KB_FILE)));
  if (!response.ok) throw new Error(`the knowledge base did not load (${response.status})`);
  const kb = openPackedKb(await response.arrayBuffer());
  const tagger = createTagger(kb);
  return {
    kb,
    tagger,
    load: { ms: performance.now() - asked, sinceStart: performance.now() - WORKER_STARTED, at: Date.now() },
  };
}

export function getKnowledge(): Promise<Knowledge> {
  knowledge ??= loadKnowledge().catch((error: unknown) => {
    knowledge = null; // try again on the next request rather than failing for the whole session
    throw error;
  });
  return knowledge;
}

export async function tag(text: string): Promise<{ mentions: Mention[]; knowledge: KnowledgeLoad }> {
  const { tagger, load } = await getKnowledge();
  return { mentions: tagger.tag(text).filter((m) => m.type === "official" || m.type === "place"), knowledge: load };
}
