/**
 * `marsad eval CORPUS.conll`: per-class precision, recall and F1, exact and overlap; recall split by
 * whether the knowledge base knows the gold mention; with --ablation, the same under a knowledge base
 * that lost each fold's officials and places; with --swap, on the corpus with its names swapped.
 */

import type { KbSources } from "../kb/compile.ts";
import type { CompiledKb } from "../kb/types.ts";
import { createTagger, type Tagger } from "../tagger/tagger.ts";
import {
  type ClassScore,
  type ConllDocument,
  emptyScores,
  parseConll,
  prf,
  type ScoredClass,
  type Span,
  scoreDocument,
  tokenRange,
} from "./conll.ts";
import {
  ABLATION_FOLDS,
  type FoldedScores,
  recallSplitLine,
  runAblation,
  scoreWithRecallSplit,
} from "./kb-ablation.ts";
import { readTextFile } from "./input.ts";
import { swapNames } from "./name-swap.ts";
import { loadNamePools, loadPlacePools } from "./swap-pools.ts";
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

/** The corpus at `path` with its officials' and places' names swapped (seeded: always the same). */
export function swappedCorpus(kb: CompiledKb, source: string, seed = 1): ConllDocument[] {
  return parseConll(swapNames(source, { kb, names: loadNamePools(), places: loadPlacePools(kb), seed }));
}

export interface EvalOptions {
  /** Reads the knowledge base's sources, for --ablation (which recompiles it fold by fold). */
  readonly ablationSources?: () => KbSources;
  readonly swap?: boolean;
}

const CLASSES: ScoredClass[] = ["official", "place"];
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function scoreTable(scores: Record<ScoredClass, ClassScore>): string[] {
  const lines = ["class      gold   tp   fp   fn   precision recall  F1     overlap-F1  ignored  strict-F1"];
  for (const cls of CLASSES) {
    const s = scores[cls];
    const r = prf(s);
    lines.push(
      `${cls.padEnd(9)} ${String(s.gold).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ` +
        `${pct(r.precision)}     ${pct(r.recall)}  ${pct(r.f1)}  ${pct(r.overlapF1)}       ${String(s.ignored).padStart(5)}  ${pct(r.strictF1)}`,
    );
  }
  return lines;
}

function printFolded(io: Output, folded: FoldedScores): void {
  for (const line of scoreTable(folded.scores)) io.out(line);
  for (const cls of CLASSES) io.out(`${cls.padEnd(9)} ${recallSplitLine(folded.recall[cls])}`);
}

export function evalCommand(kb: CompiledKb, path: string, io: Output, options: EvalOptions = {}): void {
  const source = readTextFile(path);
  const docs = parseConll(source);
  const tagger = createTagger(kb);
  const started = performance.now();
  io.out(`${docs.length} documents from ${path}`);
  printFolded(
    io,
    scoreWithRecallSplit(kb, docs, (doc) => predictedSpans(tagger, doc)),
  );
  io.out(
    "ignored: predictions that are exactly an entity of a class the scorer ignores (a national team, a club), " +
      "counted neither right nor wrong; strict-F1 counts them as wrong. A mention the KB knows: its text " +
      "(proclitics stripped) is an alias of an entity of its class.",
  );
  if (options.swap) {
    io.out("");
    io.out("name swap: every official's name invented, every country, city, province, continent another one");
    for (const line of scoreTable(evaluate(tagger, swappedCorpus(kb, source)))) io.out(line);
  }
  if (options.ablationSources) {
    const { ablated } = runAblation({
      sources: options.ablationSources(),
      docs,
      foldOf: (d) => d % ABLATION_FOLDS,
      taggerFor: (folded) =>
        createTagger({ ...folded, ...(kb.mentionFilter ? { mentionFilter: kb.mentionFilter } : {}) }),
      spansOf: predictedSpans,
    });
    io.out("");
    io.out(
      `KB ablation: each of ${ABLATION_FOLDS} folds tagged without the officials and places its gold mentions name` +
        " (recall split by the full KB)",
    );
    printFolded(io, ablated);
  }
  io.err(`evaluated in ${(performance.now() - started).toFixed(0)} ms`);
}
