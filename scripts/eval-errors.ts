/**
 * Lists the tagger's commonest errors on a CoNLL corpus, for tuning rules and data.
 * usage: node scripts/run-ts.mjs scripts/eval-errors.ts CORPUS.conll [official|place]
 */

import { readFileSync } from "node:fs";
import { parseConll, type Span } from "../src/cli/conll.ts";
import { predictedSpans } from "../src/cli/eval-command.ts";
import { loadKb } from "../src/cli/load-kb.ts";
import { createTagger } from "../src/tagger/tagger.ts";

const [path, only] = process.argv.slice(2);
if (!path) throw new Error("usage: eval-errors.ts CORPUS.conll [official|place]");
const tagger = createTagger(loadKb("dist/kb/kb.json"));
const fp = new Map<string, number>();
const fn = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const doc of parseConll(readFileSync(path, "utf8"))) {
  const words = doc.tokenStarts.map((s, i) => doc.text.slice(s, doc.tokenEnds[i]));
  const show = (s: Span) =>
    `${s.cls}  ${words.slice(Math.max(0, s.first - 3), s.first).join(" ")} [${words.slice(s.first, s.last).join(" ")}] ${words.slice(s.last, s.last + 2).join(" ")}`;
  const pred = predictedSpans(tagger, doc);
  const key = (s: Span) => `${s.first}:${s.last}:${s.cls}`;
  const goldKeys = new Set(doc.gold.map(key));
  const predKeys = new Set(pred.map(key));
  for (const p of pred) if (!goldKeys.has(key(p)) && (!only || p.cls === only)) bump(fp, `FP ${show(p)}`);
  for (const g of doc.gold) if (!predKeys.has(key(g)) && (!only || g.cls === only)) bump(fn, `FN ${show(g)}`);
}
for (const m of [fp, fn]) {
  for (const [k, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(`${n}\t${k}`);
}
