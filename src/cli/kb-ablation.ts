/**
 * Knowledge-base ablation: how the tagger does on people and places its knowledge base has never
 * heard of. Each fold's documents are tagged with a knowledge base from which every official and
 * place that a gold mention of the fold names has been removed, then recompiled; recall is also
 * split into gold mentions the full knowledge base knows and those it does not.
 */

import { compileKb, type KbSources } from "../kb/compile.ts";
import type { CompiledKb } from "../kb/types.ts";
import type { Tagger } from "../tagger/tagger.ts";
import { normalizeKey } from "../tagger/normalize.ts";
import {
  type ClassScore,
  type ConllDocument,
  emptyScores,
  type ScoredClass,
  scoreDocument,
  type Span,
} from "./conll.ts";

export const ABLATION_FOLDS = 5;

/** Found and total gold mentions of one class, split by whether the full knowledge base knows them. */
export interface RecallSplit {
  known: { found: number; gold: number };
  unknown: { found: number; gold: number };
}

export interface FoldedScores {
  readonly scores: Record<ScoredClass, ClassScore>;
  readonly recall: Record<ScoredClass, RecallSplit>;
}

/** For each normalised alias, the officials and places that claim it (generated spellings and short forms included). */
export type AliasIndex = ReadonlyMap<string, readonly number[]>;

export function aliasIndex(kb: CompiledKb): AliasIndex {
  const index = new Map<string, number[]>();
  for (const [alias, entity] of kb.aliases) {
    const type = kb.entities[entity]?.type;
    if (type !== "official" && type !== "place") continue;
    const list = index.get(alias);
    if (list) list.push(entity);
    else index.set(alias, [entity]);
  }
  return index;
}

/**
 * The keys a mention may be listed under: its normalised text, and the same without the proclitics
 * the corpus sometimes leaves attached (و ف, then ب ك ل; لل is ل + ال).
 */
export function mentionKeys(text: string): string[] {
  const key = normalizeKey(text);
  const keys = [key];
  let rest = key;
  if (/^[وف]/.test(rest) && rest.length > 3) keys.push((rest = rest.slice(1)));
  if (rest.startsWith("لل") && rest.length > 4) keys.push(`ا${rest.slice(1)}`);
  else if (/^[بكل]/.test(rest) && rest.length > 3) keys.push(rest.slice(1));
  return keys;
}

/** The entities of class `cls` that an alias of the knowledge base gives to this mention text. */
export function entitiesNamed(kb: CompiledKb, index: AliasIndex, text: string, cls: ScoredClass): number[] {
  const found = new Set<number>();
  for (const key of mentionKeys(text))
    for (const e of index.get(key) ?? []) if (kb.entities[e]?.type === cls) found.add(e);
  return [...found];
}

export const goldText = (doc: ConllDocument, g: Span) =>
  doc.text.slice(doc.tokenStarts[g.first], doc.tokenEnds[g.last - 1]);

/** The sources without every official and place a gold mention of `docs` names. */
export function ablatedSources(
  sources: KbSources,
  full: CompiledKb,
  index: AliasIndex,
  docs: readonly ConllDocument[],
): KbSources {
  const removed = new Set<number>();
  for (const doc of docs)
    for (const g of doc.gold) for (const e of entitiesNamed(full, index, goldText(doc, g), g.cls)) removed.add(e);
  // compileKb keeps the sources' order, so an entity's index in the compiled KB is its index here.
  return { ...sources, entities: sources.entities.filter((_, i) => !removed.has(i)) };
}

/** Adds one document's recall, split by known and unknown gold mentions. */
function addRecall(
  doc: ConllDocument,
  predicted: readonly Span[],
  isKnown: (text: string, cls: ScoredClass) => boolean,
  recall: Record<ScoredClass, RecallSplit>,
): void {
  const keys = new Set(predicted.map((p) => `${p.first}:${p.last}:${p.cls}`));
  for (const g of doc.gold) {
    const side = recall[g.cls][isKnown(goldText(doc, g), g.cls) ? "known" : "unknown"];
    side.gold++;
    if (keys.has(`${g.first}:${g.last}:${g.cls}`)) side.found++;
  }
}

export function emptyFolded(): FoldedScores {
  const split = (): RecallSplit => ({ known: { found: 0, gold: 0 }, unknown: { found: 0, gold: 0 } });
  return { scores: emptyScores(), recall: { official: split(), place: split() } };
}

/** Scores documents and splits recall by what the full knowledge base `full` knows. */
export function scoreWithRecallSplit(
  full: CompiledKb,
  docs: readonly ConllDocument[],
  spansOf: (doc: ConllDocument) => Span[],
  into: FoldedScores = emptyFolded(),
): FoldedScores {
  const index = aliasIndex(full);
  const isKnown = (text: string, cls: ScoredClass) => entitiesNamed(full, index, text, cls).length > 0;
  for (const doc of docs) {
    const predicted = spansOf(doc);
    scoreDocument(doc, predicted, into.scores);
    addRecall(doc, predicted, isKnown, into.recall);
  }
  return into;
}

export interface AblationSetup {
  readonly sources: KbSources;
  readonly docs: readonly ConllDocument[];
  /** The fold of document `d` (train deals them by number: d % 5). */
  readonly foldOf: (d: number) => number;
  /** A tagger for fold `fold` over `kb` (with or without a learned filter). */
  readonly taggerFor: (kb: CompiledKb, fold: number) => Tagger;
  /** Predicted official and place spans of a document. */
  readonly spansOf: (tagger: Tagger, doc: ConllDocument) => Span[];
}

/** Plain and ablated scores, each fold tagged by its own taggers; recall split by the full KB. */
export function runAblation(setup: AblationSetup): { plain: FoldedScores; ablated: FoldedScores } {
  const full = compileKb(setup.sources).kb;
  const index = aliasIndex(full);
  const plain = emptyFolded();
  const ablated = emptyFolded();
  for (let fold = 0; fold < ABLATION_FOLDS; fold++) {
    const docs = setup.docs.filter((_, d) => setup.foldOf(d) === fold);
    if (!docs.length) continue;
    const plainTagger = setup.taggerFor(full, fold);
    scoreWithRecallSplit(full, docs, (doc) => setup.spansOf(plainTagger, doc), plain);
    const ablatedKb = compileKb(ablatedSources(setup.sources, full, index, docs)).kb;
    const ablatedTagger = setup.taggerFor(ablatedKb, fold);
    scoreWithRecallSplit(full, docs, (doc) => setup.spansOf(ablatedTagger, doc), ablated);
  }
  return { plain, ablated };
}

const pct = (x: number) => (100 * x).toFixed(1);
const rate = (s: { found: number; gold: number }) => `${pct(s.gold ? s.found / s.gold : 0)}% of ${s.gold}`;

/** One line of recall on known and unknown gold mentions of a class. */
export function recallSplitLine(split: RecallSplit): string {
  return `recall on mentions the KB knows ${rate(split.known)}, does not know ${rate(split.unknown)}`;
}
