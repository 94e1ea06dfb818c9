/**
 * `npm run bench`: tagger throughput on the dev corpus, knowledge-base load time, memory,
 * the shipped KB size, and the ratio against a naive RegExp alternation over the same
 * aliases, and `marsad ingest` over the seeds and the dev corpus, all measured in one run on this machine.
 */

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseConll } from "../src/cli/conll.ts";
import { ingest } from "../src/cli/ingest-command.ts";
import { kbPath } from "../src/cli/load-kb.ts";
import { openPackedKb } from "../src/kb/packed.ts";
import type { CompiledKb } from "../src/kb/types.ts";
import { normalize } from "../src/tagger/normalize.ts";
import { createTagger } from "../src/tagger/tagger.ts";

const corpusPath = process.argv[2] ?? "assets/corpora/newsfane-dev.conll";
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const timeIt = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const packedBytes = readFileSync(kbPath("kb.bin"));
const kbJson = readFileSync(kbPath("kb.json"), "utf8");

// Start-up: open the packed KB (views on its bytes) and build the tagger's small tables; then the first
// tagging of the longest seed on that fresh tagger, which reads its first entity records.
const longestSeed = readdirSync("assets/seeds")
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join("assets/seeds", f), "utf8"))
  .sort((a, b) => b.length - a.length)[0]!;
const loads: number[] = [];
const firstTags: number[] = [];
for (let i = 0; i < 10; i++) {
  let fresh: ReturnType<typeof createTagger> | undefined;
  loads.push(timeIt(() => (fresh = createTagger(openPackedKb(packedBytes)))));
  firstTags.push(timeIt(() => fresh!.tag(longestSeed)));
}
const jsonParses = Array.from({ length: 5 }, () => timeIt(() => JSON.parse(kbJson)));
gc();
const heapBefore = process.memoryUsage().heapUsed;
const tagger = createTagger(openPackedKb(packedBytes));
gc();
const heapKb = process.memoryUsage().heapUsed - heapBefore;
const warmTags = Array.from({ length: 10 }, () => timeIt(() => tagger.tag(longestSeed)));

const docs = parseConll(readFileSync(corpusPath, "utf8"));
const texts = docs.map((d) => d.text);
const tokens = docs.reduce((n, d) => n + d.tokenStarts.length, 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);

const ROUNDS = 7;
const tagAll = () => {
  for (const t of texts) tagger.tag(t);
};
tagAll(); // warm-up
tagAll();
const tagTimes = Array.from({ length: ROUNDS }, () => timeIt(tagAll));

// The naive baseline: one alternation of every alias, longest first, over the normalised text.
const kb = JSON.parse(kbJson) as CompiledKb;
const aliases = [...new Set(kb.aliases.map(([a]) => a))].sort((a, b) => b.length - a.length);
const escaped = aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const naive = new RegExp(`(?<![\\p{L}])(?:${escaped.join("|")})(?![\\p{L}])`, "gu");
const normalised = texts.map((t) => normalize(t).text);
const naiveAll = () => {
  for (const t of normalised) for (const _ of t.matchAll(naive));
};
naiveAll();
const naiveTimes = Array.from({ length: 3 }, () => timeIt(naiveAll));

const tagMs = median(tagTimes);
const naiveMs = median(naiveTimes);
const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000);
console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}`);
console.log(`corpus: ${corpusPath}: ${docs.length} documents, ${tokens} tokens, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(
  `knowledge base (dist/kb/kb.bin, packed): ${(packedBytes.length / 1024).toFixed(0)} KiB, ${(gzipSync(packedBytes).length / 1024).toFixed(0)} KiB gzipped` +
    ` (its JSON form, which the measuring tools edit: ${(kbJson.length / 1024).toFixed(0)} KiB, ${(gzipSync(kbJson).length / 1024).toFixed(0)} KiB gzipped)`,
);
console.log(
  `kb load (open the packed bytes + the tagger's small tables): median ${median(loads).toFixed(1)} ms over 10, first ${loads[0]?.toFixed(1)} ms;` +
    ` for comparison, JSON.parse of the JSON form alone: median ${median(jsonParses).toFixed(1)} ms`,
);
console.log(
  `longest seed (${longestSeed.length} characters): first tagging after a fresh load median ${median(firstTags).toFixed(1)} ms, warm median ${median(warmTags).toFixed(1)} ms`,
);
console.log(`kb heap: ${(heapKb / 1e6).toFixed(1)} MB; process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
console.log(
  `tagger: median ${tagMs.toFixed(0)} ms a pass over ${ROUNDS}: ${perSecond(tokens, tagMs).toLocaleString("en")} tokens/s, ${(((bytes / tagMs) * 1000) / 1e6).toFixed(2)} MB/s`,
);
console.log(
  `naive RegExp alternation (${aliases.length} aliases, normalised text, no rules): median ${naiveMs.toFixed(0)} ms a pass: ${perSecond(tokens, naiveMs).toLocaleString("en")} tokens/s`,
);
console.log(`ratio: the tagger is ${(naiveMs / tagMs).toFixed(1)}× the naive alternation's speed`);

// Bulk ingest (read, tag, extract events, merge) over the seeds and the dev corpus, as `marsad ingest` runs it.
const seedsDir = "assets/seeds";
const ingestDir = mkdtempSync(join(tmpdir(), "marsad-bench-ingest-"));
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".txt")))
  copyFileSync(join(seedsDir, file), join(ingestDir, file));
copyFileSync(corpusPath, join(ingestDir, basename(corpusPath)));
const packed = openPackedKb(packedBytes);
const quiet = { out: () => undefined, err: () => undefined, color: false };
ingest(tagger, packed, ingestDir, null, quiet); // warm-up
const runs = Array.from({ length: 3 }, () => ingest(tagger, packed, ingestDir, null, quiet));
const ingestMs = median(runs.map((r) => r.ms));
const last = runs[runs.length - 1]!;
rmSync(ingestDir, { recursive: true, force: true });
console.log(
  `ingest (seeds + dev corpus: ${last.files} files, ${last.articles} articles, ${last.tokens.toLocaleString("en")} whitespace tokens): ` +
    `median ${ingestMs.toFixed(0)} ms over 3: ${perSecond(last.tokens, ingestMs).toLocaleString("en")} tokens/s, ` +
    `${(((last.bytes / ingestMs) * 1000) / 1e6).toFixed(2)} MB/s; ${last.found} events, ${last.events.length} after merging`,
);
console.log(
  `ratio: ingest runs at ${((tagMs / ingestMs) * (last.tokens / tokens)).toFixed(2)}× the tagger's token rate (it also reads, splits sentences and extracts)`,
);
