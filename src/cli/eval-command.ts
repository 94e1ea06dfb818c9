/** `marsad eval CORPUS.conll`: per-class precision, recall and F1, exact and overlap. */

import type { Tagger } from "../tagger/tagger.ts";
import {
  type ConllDocument,
  emptyScores,
  parseConll,
  prf,
  type ScoredClass,
  type Span,
  scoreDocument,
  tokenRange,
} from "./conll.ts";
import { readTextFile } from "./input.ts";
import type { Output } from "./tag-command.ts";

export function predictedSpans(tagger: Tagger, doc: ConllDocument): Span[] {
  const spans: Span[] = [];
  for (const m of tagger.tag(doc.text)) {
    if (m.type !== "official" && m.type !== "place") continue;
    const range = tokenRange(doc, m.start, m.end);
    if (range) spans.push({ first: range[0], last: range[1], cls: m.type });
  }
  return spans;
}

export function evaluate(tagger: Tagger, docs: readonly ConllDocument[]) {
  const scores = emptyScores();
  for (const doc of docs) scoreDocument(doc, predictedSpans(tagger, doc), scores);
  return scores;
}

export function evalCommand(tagger: Tagger, path: string, io: Output): void {
  const docs = parseConll(readTextFile(path));
  const started = performance.now();
  const scores = evaluate(tagger, docs);
  const ms = performance.now() - started;
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  io.out(`${docs.length} documents from ${path}`);
  io.out("class      gold   tp   fp   fn   precision recall  F1     overlap-F1  ignored  strict-F1");
  for (const cls of ["official", "place"] as ScoredClass[]) {
    const s = scores[cls];
    const r = prf(s);
    io.out(
      `${cls.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ` +
        `${pct(r.precision)}     ${pct(r.recall)}  ${pct(r.f1)}  ${pct(r.overlapF1)}       ${String(s.ignored).padStart(5)}  ${pct(r.strictF1)}`,
    );
  }
  io.out(
    "ignored: predictions that are exactly an entity of a class the scorer ignores (a national team, a club), " +
      "counted neither right nor wrong; strict-F1 counts them as wrong.",
  );
  io.err(`tagged in ${ms.toFixed(0)} ms`);
}
