/**
 * Cold start in Firefox, measured in one run on this machine: the longest seed article opened after
 * Firefox has unloaded the idle background page (its idle timeout is cut to 2 seconds here), beside
 * runs with the background still up. A run counts as cold when its knowledge base was loaded anew.
 */

import { launch, POPUP_PAGE, sleep } from "../e2e/harness.ts";
import { seedArticles } from "../e2e/site/seed-articles.ts";
import { startNewsSite } from "../e2e/site/server.ts";
import type { RunTimings } from "../src/shared/messages.ts";

const RUNS = 6;
const IDLE_MS = 2000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const longest = [...seedArticles()].sort(
  (a, b) => b.blocks.reduce((n, x) => n + x.text.length, 0) - a.blocks.reduce((n, x) => n + x.text.length, 0),
)[0]!;
const site = await startNewsSite(0);
const firefox = await launch("firefox", { backgroundIdleMs: IDLE_MS });
const page = await firefox.newPage();
// The popup page asks the article's tab for its summary, as the popup does (it never wakes the background).
const asker = await firefox.extensionPage(POPUP_PAGE);

/** After goto the old document is gone: the first finished run's summary is this one's. */
async function runOn(url: string): Promise<RunTimings> {
  await page.goto(url);
  for (let i = 0; i < 400; i++) {
    const timings = await asker.evaluate(async () => {
      type Tabs = {
        query(filter: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: object): Promise<unknown>;
      };
      const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
      for (const tab of await tabs.query({})) {
        const answer = (await tabs.sendMessage(tab.id!, { type: "summary" }).catch(() => null)) as {
          status?: string;
          timings?: RunTimings;
        } | null;
        if (answer?.status === "article" && answer.timings) return answer.timings;
      }
      return null;
    });
    if (timings) return timings;
    await sleep(50);
  }
  throw new Error(`no annotation on ${url}`);
}

const url = `${site.origin}/${longest.slug}.html`;
await runOn(url); // the browser's own first start
const cold: RunTimings[] = [];
const warm: RunTimings[] = [];
let lastLoad = -1;
for (let i = 0; i < RUNS; i++) {
  await sleep(IDLE_MS + 2000); // the background page is unloaded meanwhile
  for (let k = 0; k < 2; k++) {
    const timings = await runOn(url); // the first after the wait, then again at once
    (timings.knowledge.at !== lastLoad ? cold : warm).push(timings);
    lastLoad = timings.knowledge.at;
  }
}
console.log(
  `\nFirefox cold start (${longest.slug}; background idle timeout ${IDLE_MS} ms; ${cold.length} runs after a fresh knowledge-base load, ${warm.length} with it loaded):` +
    `\n  first marks, from the annotator's start: cold median ${ms(median(cold.map((t) => t.sinceAnnotatorStart)))},` +
    ` warm median ${ms(median(warm.map((t) => t.sinceAnnotatorStart)))}` +
    ` (ratio ${(median(cold.map((t) => t.sinceAnnotatorStart)) / median(warm.map((t) => t.sinceAnnotatorStart))).toFixed(1)}×)` +
    `\n  knowledge base load (first request to ready): median ${ms(median(cold.map((t) => t.knowledge.ms)))};` +
    ` the background had started ${ms(median(cold.map((t) => t.knowledge.sinceStart - t.knowledge.ms)))} before (median)`,
);
await firefox.close();
await site.close();
