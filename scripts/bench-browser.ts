/**
 * The extension's cost in headless Chromium, measured in one run on this machine:
 * - the longest seed article: detection + extraction + tagging + painting, first run and median of reloads;
 * - cold start: the same article opened after the service worker was stopped (as Chrome stops an idle
 *   one), beside warm runs, alternating in one run;
 * - a 100,000-word Arabic page: the longest main-thread task after Marsad starts, and the time to all marks;
 * - a non-Arabic page: the loader's check (the only Marsad code such a page runs), median of runs.
 * The bundle sizes are scripts/bench-bundle.ts's, run just before.
 */

import { build } from "esbuild";
import type { Page, Worker } from "playwright-core";
import { launchChromium, stopServiceWorker } from "../e2e/browsers/chromium.ts";
import { articlePage, englishPage } from "../e2e/site/news-pages.ts";
import { seedArticles, type Block } from "../e2e/site/seed-articles.ts";
import { startNewsSite } from "../e2e/site/server.ts";
import type { PageSummary } from "../src/shared/messages.ts";

const RELOADS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const articles = seedArticles();
const longest = [...articles].sort(
  (a, b) => b.blocks.reduce((n, x) => n + x.text.length, 0) - a.blocks.reduce((n, x) => n + x.text.length, 0),
)[0]!;

/** The seed paragraphs over and over until the page holds 100,000 words. */
function hugeArticle(): string {
  const pool = articles.flatMap((a) => a.blocks.filter((b) => b.kind === "p"));
  const blocks: Block[] = [];
  let words = 0;
  for (let i = 0; words < 100000; i++) {
    const block = pool[i % pool.length]!;
    blocks.push(block);
    words += block.text.split(/\s+/).length;
  }
  return articlePage({ ...longest, blocks }, []);
}

const site = await startNewsSite(0, { "/huge.html": hugeArticle(), "/english-only.html": englishPage() });
const chromium = await launchChromium({ viewport: { width: 1100, height: 900 } });
const { context, extensionId } = chromium;

/** The newest service worker: after Chrome stops one, the next message starts another (the old stays listed). */
async function currentWorker(): Promise<Worker> {
  const ours = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return ours[ours.length - 1] ?? context.waitForEvent("serviceworker", { timeout: 15000 });
}

/** The page's summary, asked through the background as the popup does; null until a run has finished. */
async function summaryOf(): Promise<PageSummary | null> {
  const worker = await currentWorker();
  const asked = worker.evaluate(async () => {
    const { tabs } = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(filter: object): Promise<{ id?: number }[]>;
            sendMessage(id: number, message: object): Promise<PageSummary | null>;
          };
        };
      }
    ).chrome;
    for (const tab of await tabs.query({})) {
      const answer = await tabs.sendMessage(tab.id!, { type: "summary" }).catch(() => null);
      if (answer?.timings && answer.status === "article") return answer;
    }
    return null;
  }) as Promise<PageSummary | null>;
  // A stopped worker never answers: ask again, the next one.
  return Promise.race([asked.catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), 2000))]);
}

async function runOn(page: Page, url: string, timeoutMs = 20000): Promise<PageSummary> {
  await page.goto(url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const summary = await summaryOf();
    if (summary) return summary;
    if (Date.now() > deadline) throw new Error(`no annotation on ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

console.log(`Chromium ${context.browser()?.version() ?? ""} headless, ${process.arch}`);
const page = await context.newPage();

// 1. The longest seed article.
const first = await runOn(page, `${site.origin}/${longest.slug}.html`);
const totals: number[] = [];
const parts = { detect: [] as number[], extract: [] as number[], tag: [] as number[], paint: [] as number[] };
for (let i = 0; i < RELOADS; i++) {
  const { timings } = await runOn(page, `${site.origin}/${longest.slug}.html`);
  totals.push(timings!.total);
  for (const key of Object.keys(parts) as (keyof typeof parts)[]) parts[key].push(timings![key]);
}
console.log(
  `\nLongest seed (${longest.slug}, ${first.timings!.characters} characters, ${first.timings!.marks} marks):` +
    `\n  first run (knowledge base loads in the background): ${ms(first.timings!.total)}` +
    `\n  median of ${RELOADS} reloads: ${ms(median(totals))}  (detect ${ms(median(parts.detect))}, extract ${ms(median(parts.extract))},` +
    ` tag incl. messaging ${ms(median(parts.tag))}, paint ${ms(median(parts.paint))})`,
);

// 2. Cold start: stop the service worker (DevTools protocol), open the article, then open it again warm.
const COLD_RUNS = 7;
const cold: PageSummary[] = [];
const warm: PageSummary[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  await stopServiceWorker(chromium);
  cold.push(await runOn(page, `${site.origin}/${longest.slug}.html`));
  warm.push(await runOn(page, `${site.origin}/${longest.slug}.html`));
}
const loads = new Set(cold.map((s) => s.timings!.knowledge.at));
const coldFirst = median(cold.map((s) => s.timings!.sinceAnnotatorStart));
const warmFirst = median(warm.map((s) => s.timings!.sinceAnnotatorStart));
console.log(
  `\nCold start (the service worker stopped before each of ${COLD_RUNS} runs; ${loads.size} fresh knowledge-base loads):` +
    `\n  first marks, from the annotator's start: cold median ${ms(coldFirst)}, warm median ${ms(warmFirst)}` +
    ` (ratio ${(coldFirst / warmFirst).toFixed(1)}×); from navigation: cold ${ms(median(cold.map((s) => s.timings!.started + s.timings!.total)))},` +
    ` warm ${ms(median(warm.map((s) => s.timings!.started + s.timings!.total)))}` +
    `\n  knowledge base in the background: ready ${ms(median(cold.map((s) => s.timings!.knowledge.sinceStart)))} after the worker's start` +
    ` (its fetch begins there), ${ms(median(cold.map((s) => s.timings!.knowledge.ms)))} after the first request for it (medians)`,
);

// 3. A 100,000-word page. Main-thread tasks come from a Chrome trace of the page's renderer (headless
//    Chromium reports no longtask entries to the page); a task is Marsad's when our script runs in it.
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; stackTrace?: { url?: string }[] } };
}
const cdp = await context.newCDPSession(page);
const trace: TraceEvent[] = [];
cdp.on("Tracing.dataCollected", ({ value }) => void trace.push(...(value as unknown as TraceEvent[])));
await cdp.send("Tracing.start", {
  categories: "toplevel,devtools.timeline,disabled-by-default-devtools.timeline",
  transferMode: "ReportEvents",
});
const huge = await runOn(page, `${site.origin}/huge.html`, 60000);
await page.waitForTimeout(500);
const traced = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
await cdp.send("Tracing.end");
await traced;
const mainThreads = new Set(
  trace.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
);
const onMain = trace.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
const isOurs = (e: TraceEvent) =>
  [e.args?.data?.url, e.args?.data?.scriptName, ...(e.args?.data?.stackTrace ?? []).map((f) => f.url)].some((u) =>
    u?.startsWith("chrome-extension://"),
  );
const ourEvents = onMain.filter(isOurs);
const firstOurs = Math.min(...ourEvents.map((e) => e.ts));
const tasks = onMain.filter((e) => e.name === "RunTask" && e.ph === "X" && e.dur !== undefined);
const taskHasOurs = (t: TraceEvent) => ourEvents.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur!);
const after = tasks.filter((t) => t.ts + t.dur! >= firstOurs);
const oursTasks = after.filter(taskHasOurs);
const longestMs = (xs: TraceEvent[]) => Math.max(0, ...xs.map((t) => t.dur! / 1000));
const otherLong = after.filter((t) => !taskHasOurs(t) && t.dur! > 50000);
if (process.env.BENCH_DEBUG)
  for (const t of otherLong) {
    const inside = onMain.filter((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur! && e.dur && e.dur > 2000 && e !== t);
    console.log(
      `task ${(t.ts - firstOurs) / 1000} ms +${t.dur! / 1000}:`,
      inside.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`).join(", "),
    );
  }
console.log(
  `\n100,000-word page (${huge.timings!.characters.toLocaleString("en")} characters, ${huge.timings!.marks.toLocaleString("en")} marks):` +
    `\n  all marks painted ${ms(huge.timings!.total)} after Marsad started (detect ${ms(huge.timings!.detect)},` +
    ` extract ${ms(huge.timings!.extract)}, tag ${ms(huge.timings!.tag)}, paint ${ms(huge.timings!.paint)})` +
    `\n  main-thread tasks running Marsad's code: ${oursTasks.length}, longest ${ms(longestMs(oursTasks))}, over 50 ms: ${oursTasks.filter((t) => t.dur! > 50000).length}` +
    `\n  other tasks over 50 ms after Marsad started (layout, painting the highlights): ${otherLong.length}` +
    (otherLong.length ? `, longest ${ms(longestMs(otherLong))}` : "") +
    `\n  for comparison, the page's own loading: longest task ${ms(longestMs(tasks.filter((t) => t.ts + t.dur! < firstOurs)))}`,
);

// 4. A non-Arabic page: the loader's check, run in the page on its real DOM.
const probe = await build({
  entryPoints: ["src/content/quick-check.ts"],
  bundle: true,
  write: false,
  format: "iife",
  globalName: "marsadQuickCheck",
  minify: true,
});
await page.goto(`${site.origin}/english-only.html`);
await page.addScriptTag({ content: probe.outputFiles[0]!.text });
const timeCheck = () => {
  const check = (window as unknown as { marsadQuickCheck: { mightBeArabic(d: Document): boolean } }).marsadQuickCheck;
  // The page's clock is coarsened (0.1 ms), so time batches of runs and divide.
  const batches: number[] = [];
  let verdict = true;
  for (let b = 0; b < 20; b++) {
    const t = performance.now();
    for (let i = 0; i < 50; i++) verdict = check.mightBeArabic(document);
    batches.push((performance.now() - t) / 50);
  }
  batches.sort((a, b) => a - b);
  return { verdict, median: batches[10]!, worst: batches[19]! };
};
const english = await page.evaluate(timeCheck);
await page.goto(`${site.origin}/real-world/persian-article.html`); // Arabic script: the annotator then stops at Persian
await page.addScriptTag({ content: probe.outputFiles[0]!.text });
const persian = await page.evaluate(timeCheck);
console.log(
  `\nEnglish article: the loader's check says ${english.verdict ? "Arabic (wrong!)" : "not Arabic"} in ${english.median.toFixed(3)} ms` +
    ` (median of 20 batches of 50; slowest batch ${english.worst.toFixed(3)} ms a run); nothing else of Marsad runs there.` +
    `\nPersian article: the check says ${persian.verdict ? "Arabic script" : "not Arabic"} in ${persian.median.toFixed(3)} ms (slowest ${persian.worst.toFixed(3)} ms).`,
);

console.log(
  `\nRatio, same run: the longest seed costs ${(median(totals) / english.median).toFixed(0)}× the check on an English page.`,
);

await chromium.close();
await site.close();
