/**
 * `marsad eval-events [CORPUS.conll] [GOLD.json] [--errors]`: the event extractor on the documents of a
 * CoNLL corpus, scored against a hand-written event gold as assets/corpora/EVENTS-README.md says.
 */

import { extractEvents } from "../events/extract.ts";
import type { EventRecord } from "../events/types.ts";
import { type PackedKb, toPacked } from "../kb/packed.ts";
import { type CompiledKb, NEEDS_SUPPORT, PARTIAL } from "../kb/types.ts";
import { createTagger, type Tagger } from "../tagger/tagger.ts";
import { type ConllDocument, parseConll } from "./conll.ts";
import { swappedEvents } from "./events-swap.ts";
import {
  type DocumentScore,
  EVENT_KINDS,
  type EventGold,
  type Prediction,
  type ScoringOptions,
  type Summary,
  type Tally,
  keysOf,
  kindOfRecord,
  pooledAliases,
  ratio,
  scoreDocument,
  summarise,
} from "./events-scorer.ts";
import { InputError, readTextFile } from "./input.ts";
import type { Output } from "./tag-command.ts";

export const EVENTS_CORPUS = "assets/corpora/newsfane-dev.conll";
export const EVENTS_GOLD = "assets/corpora/newsfane-dev-events.json";
const FOLDS = 5;

interface ScoredRecord {
  readonly record: EventRecord;
  readonly prediction: Prediction;
}

/** Each person's names: the mention as written, the KB's canonical name and the KB's full aliases of them. */
function fullAliasesByEntity(kb: CompiledKb): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const [alias, index, flags] of kb.aliases) {
    if (flags & (NEEDS_SUPPORT | PARTIAL)) continue; // surnames and short forms would name other people too
    const id = kb.entities[index]!.id;
    byEntity.set(id, [...(byEntity.get(id) ?? []), alias]);
  }
  return byEntity;
}

function predictionOf(record: EventRecord, text: string, aliases: ReadonlyMap<string, string[]>): Prediction {
  return {
    kind: kindOfRecord(record),
    people: [...record.actors, ...record.recipients].map((p) => [p.text, p.name, ...(aliases.get(p.entity) ?? [])]),
    sentence: text.slice(0, record.start).split("\n").length - 1,
  };
}

const pct = (tally: Tally) => `${tally.found}/${tally.total} ${(100 * ratio(tally)).toFixed(1)}%`.padEnd(16);

function table(summary: Summary): string[] {
  const lines = [`${"".padEnd(7)}${"core recall".padEnd(16)}${"required recall".padEnd(16)}precision`];
  lines.push(`${"all".padEnd(7)}${pct(summary.core)}${pct(summary.required)}${pct(summary.precision)}`);
  for (const kind of EVENT_KINDS) {
    const row = [summary.coreByKind[kind], summary.requiredByKind[kind], summary.precisionByKind[kind]];
    lines.push(`${kind.padEnd(7)}${row.map(pct).join("")}`);
  }
  return lines;
}

const oneLine = (summary: Summary) =>
  `core recall ${pct(summary.core).trim()}, required recall ${pct(summary.required).trim()}, precision ${pct(summary.precision).trim()}`;

function readGold(path: string): EventGold {
  let gold: unknown;
  try {
    gold = JSON.parse(readTextFile(path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof gold !== "object" || gold === null || typeof (gold as EventGold).docs !== "object")
    throw new InputError(`${path}: expected an object with a "docs" field, as EVENTS-README.md describes`);
  return gold as EventGold;
}

export interface EvalEventsOptions {
  /** List the misses and extras of these folds (1-based); null lists none. */
  readonly errorFolds: readonly number[] | null;
  /** Also score the name-swapped corpus against the gold rewritten to its names. */
  readonly swap: boolean;
}

/** The documents whose errors may be read while shaping rules (N mod 5 in 0, 1, 2); folds 4 and 5 are held out. */
export const SHAPING_FOLDS: readonly number[] = [1, 2, 3];
const HELD_OUT_FOLDS: readonly number[] = [4, 5];
const foldOf = (doc: string) => (Number(doc) % FOLDS) + 1;

interface Scored {
  readonly records: ReadonlyMap<string, readonly ScoredRecord[]>;
  readonly predictions: ReadonlyMap<string, readonly Prediction[]>;
  readonly lenient: readonly DocumentScore[];
  readonly run: (options: ScoringOptions) => DocumentScore[];
}

/** What scoring a corpus needs of the KB, made once a run: the tagger, the packed KB, each entity's full names. */
interface Knowledge {
  readonly tagger: Tagger;
  readonly packed: PackedKb;
  readonly aliases: ReadonlyMap<string, string[]>;
}

function scoreCorpus(
  { tagger, packed, aliases }: Knowledge,
  corpusPath: string,
  documents: readonly ConllDocument[],
  gold: EventGold,
): Scored {
  const records = new Map<string, ScoredRecord[]>();
  documents.forEach((doc, i) => {
    const id = String(i);
    const source = { url: `${corpusPath}#document-${id}`, title: `document ${id}`, site: "" };
    const found = extractEvents(doc.text, tagger.tag(doc.text), packed, {
      ...source,
      published: gold.docs[id]?.published ?? null,
    });
    records.set(
      id,
      found.map((record) => ({ record, prediction: predictionOf(record, doc.text, aliases) })),
    );
  });
  const predictions = new Map([...records].map(([id, list]) => [id, list.map((s) => s.prediction)]));
  const run = (options: ScoringOptions) =>
    [...predictions].map(([id, list]) => scoreDocument(id, gold.docs[id], list, options));
  return { records, predictions, lenient: run({ lenient: true }), run };
}

/** The figures of some folds, and how many wrong records stand in documents the gold gives no event. */
function halves(scored: Scored, gold: EventGold, io: Output): void {
  const part = (folds: readonly number[]) => {
    const scores = scored.lenient.filter((s) => folds.includes(foldOf(s.doc)));
    const eventless = scores
      .filter((s) => !gold.docs[s.doc]?.events.length)
      .reduce((n, s) => n + s.correct.filter((right) => !right).length, 0);
    return `${oneLine(summarise(scores, scored.predictions))} (${eventless} wrong in documents without events)`;
  };
  io.out(`shaping folds ${SHAPING_FOLDS.join(",")}:  ${part(SHAPING_FOLDS)}`);
  io.out(`held-out folds ${HELD_OUT_FOLDS.join(",")}: ${part(HELD_OUT_FOLDS)}`);
}

export function evalEventsCommand(
  kb: CompiledKb,
  corpusPath: string,
  goldPath: string,
  options: EvalEventsOptions,
  io: Output,
): void {
  const source = readTextFile(corpusPath);
  const documents = parseConll(source);
  const gold = readGold(goldPath);
  const outside = Object.keys(gold.docs).filter((id) => {
    const n = Number(id);
    return !Number.isInteger(n) || n < 0 || n >= documents.length;
  });
  if (outside.length) io.err(`marsad: the gold lists documents the corpus does not have: ${outside.join(", ")}`);
  const packed = toPacked(kb);
  const knowledge: Knowledge = { tagger: createTagger(packed), packed, aliases: fullAliasesByEntity(kb) };
  const scored = scoreCorpus(knowledge, corpusPath, documents, gold);
  const { predictions } = scored;
  const summary = summarise(scored.lenient, predictions);
  const listed = Object.values(gold.docs);
  io.out(
    `${documents.length} documents, ${listed.length} in the gold (${listed.filter((d) => d.events.length).length} with events), ` +
      `${[...predictions.values()].flat().length} records; ${listed.filter((d) => d.published).length} publication dates given`,
  );
  io.out("");
  for (const line of table(summary)) io.out(line);
  io.out(`\nstrict (meet and visit kept apart): ${oneLine(summarise(scored.run({ lenient: false }), predictions))}`);
  io.out(
    `README's literal reading (an unknown person allowed in an event with no named principal): ` +
      oneLine(summarise(scored.run({ lenient: true, unknownFitsUnnamed: true }), predictions)),
  );
  folds(scored.lenient, predictions, io);
  halves(scored, gold, io);
  io.out(`\nheld-out folds ${HELD_OUT_FOLDS.join(",")} by kind:`);
  const heldOut = scored.lenient.filter((s) => HELD_OUT_FOLDS.includes(foldOf(s.doc)));
  for (const line of table(summarise(heldOut, predictions))) io.out(line);
  if (options.swap) {
    const swapped = swappedEvents(kb, source, gold);
    const onSwap = scoreCorpus(knowledge, corpusPath, swapped.documents, swapped.gold);
    io.out("\nname swap (officials renamed in the corpus and in the gold's aliases, places swapped):");
    io.out(`all:            ${oneLine(summarise(onSwap.lenient, onSwap.predictions))}`);
    halves(onSwap, swapped.gold, io);
    if (options.errorFolds) {
      const chosen = options.errorFolds;
      io.out("\nOn the name-swapped corpus:");
      errors(
        onSwap.lenient.filter((s) => chosen.includes(foldOf(s.doc))),
        onSwap.records,
        swapped.documents.map((d) => d.text),
        swapped.gold,
        chosen,
        io,
      );
    }
  }
  if (options.errorFolds) {
    const chosen = options.errorFolds;
    errors(
      scored.lenient.filter((s) => chosen.includes(foldOf(s.doc))),
      scored.records,
      documents.map((d) => d.text),
      gold,
      chosen,
      io,
    );
  }
}

/** Document N goes to fold N mod 5 + 1. Nothing is trained on the other folds: the extractor has no learned part. */
function folds(
  scores: readonly DocumentScore[],
  predictions: ReadonlyMap<string, readonly Prediction[]>,
  io: Output,
): void {
  io.out(`\n${FOLDS} folds by document (document N in fold N mod ${FOLDS} + 1). Rules are shaped on the errors of`);
  io.out(
    `folds ${SHAPING_FOLDS.join(",")} only; folds ${HELD_OUT_FOLDS.join(",")} are held out and their errors are never read.`,
  );
  const means = { core: 0, required: 0, precision: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const part = summarise(
      scores.filter((s) => Number(s.doc) % FOLDS === fold),
      predictions,
    );
    io.out(`fold ${fold + 1}: ${oneLine(part)}`);
    means.core += ratio(part.core) / FOLDS;
    means.required += ratio(part.required) / FOLDS;
    means.precision += ratio(part.precision) / FOLDS;
  }
  const p = (x: number) => `${(100 * x).toFixed(1)}%`;
  io.out(`mean:   core recall ${p(means.core)}, required recall ${p(means.required)}, precision ${p(means.precision)}`);
}

function errors(
  scores: readonly DocumentScore[],
  scored: ReadonlyMap<string, readonly ScoredRecord[]>,
  texts: readonly string[],
  gold: EventGold,
  folds: readonly number[],
  io: Output,
): void {
  const sentenceOf = (doc: string, index: number) => texts[Number(doc)]!.split("\n")[index] ?? "";
  io.out(`\nErrors of folds ${folds.join(",")}.\nMisses (required events no record matched):`);
  for (const score of scores)
    for (const { event, matchedBy } of score.required) {
      if (matchedBy !== null) continue;
      io.out(
        `  doc ${score.doc} s${event.sentence} ${event.kind}${event.core ? " core" : ""} who ${event.who.join(", ")}` +
          `${event.also?.length ? ` (also ${event.also.join(", ")})` : ""}\n    «${sentenceOf(score.doc, event.sentence)}»`,
      );
    }
  io.out("\nExtras (records that match no gold event; ? is a person the gold's aliases do not name):");
  for (const score of scores) {
    const pool = pooledAliases(gold.docs[score.doc] ?? { events: [] });
    score.correct.forEach((right, i) => {
      if (right) return;
      const { record, prediction } = scored.get(score.doc)![i]!;
      const people = prediction.people
        .map((names) => `${names[0]} [${[...keysOf(names, pool)].join(",") || "?"}]`)
        .join("، ");
      const where = gold.docs[score.doc] ? "" : " (document not in the gold)";
      io.out(
        `  doc ${score.doc} s${prediction.sentence} ${prediction.kind}${where}: ${people}\n    «${record.sentence.trim()}»`,
      );
    });
  }
}
