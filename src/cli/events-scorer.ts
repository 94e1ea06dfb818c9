/**
 * The scoring rules of assets/corpora/EVENTS-README.md (and the gold's `note`, its full specification):
 * people matched to the gold's keys by alias, a prediction right when it fits any gold event of its
 * document, recall by a one-to-one matching with core events matched first.
 */

import type { EventRecord } from "../events/types.ts";

export type EventKind = "meet" | "visit" | "call" | "agree";
export const EVENT_KINDS: readonly EventKind[] = ["meet", "visit", "call", "agree"];

export interface GoldEvent {
  readonly kind: EventKind;
  readonly who: readonly string[];
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly also?: readonly string[];
  readonly alt_kinds?: readonly EventKind[];
  readonly sentence: number;
  readonly core: boolean;
  readonly optional?: boolean;
  readonly note?: string;
}

export interface GoldDocument {
  readonly events: readonly GoldEvent[];
  /** The document's publication date (YYYY-MM-DD), when the gold gives one. */
  readonly published?: string;
}

export interface EventGold {
  readonly note: string;
  readonly docs: Readonly<Record<string, GoldDocument>>;
}

export interface Prediction {
  readonly kind: EventKind;
  /** For each person the prediction names, the strings that name them (mention text, canonical name…). */
  readonly people: readonly (readonly string[])[];
  /** 0-based index of the sentence the prediction starts in, inside its document. */
  readonly sentence: number;
}

export interface ScoringOptions {
  /** meet and visit accepted for each other (the README's headline figures); false gives the strict variant. */
  readonly lenient: boolean;
  /**
   * The README's literal reading for an event with no named principal ("none of the above applies"): a
   * person who maps to no key does not spoil the match. Off by default: the note wants every person in `also`.
   */
  readonly unknownFitsUnnamed?: boolean;
}

/** The README's normalisation: no diacritics, tatweel, quotes or «»; أ إ آ → ا, ى → ي, ة → ه; one space. */
export function normalise(text: string): string {
  return text
    .replace(/[\u064b-\u0652\u0670\u0640"'“”‘’«»]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether `part` is a whole-word sequence of `whole` (both normalised). */
function containsWords(whole: string, part: string): boolean {
  return part !== "" && ` ${whole} `.includes(` ${part} `);
}

/** Every alias of a document, normalised, pooled over its events, with the keys it names. */
export function pooledAliases(doc: GoldDocument): Map<string, Set<string>> {
  const pool = new Map<string, Set<string>>();
  for (const event of doc.events)
    for (const [key, aliases] of Object.entries(event.aliases))
      for (const alias of aliases) {
        const normal = normalise(alias);
        if (!pool.has(normal)) pool.set(normal, new Set());
        pool.get(normal)!.add(key);
      }
  return pool;
}

/** The keys one person maps to: every key one of whose aliases is in one of the person's names. */
export function keysOf(names: readonly string[], pool: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const keys = new Set<string>();
  const normalNames = names.map(normalise);
  for (const [alias, aliasKeys] of pool)
    if (normalNames.some((name) => containsWords(name, alias))) for (const key of aliasKeys) keys.add(key);
  return keys;
}

/** The people of a prediction as the gold's keys: `unknown` when someone maps to no key. */
export interface NamedKeys {
  readonly keys: ReadonlySet<string>;
  readonly unknown: boolean;
}

export function namedKeys(prediction: Prediction, pool: ReadonlyMap<string, ReadonlySet<string>>): NamedKeys {
  const keys = new Set<string>();
  let unknown = false;
  for (const person of prediction.people) {
    const found = keysOf(person, pool);
    if (found.size === 0) unknown = true;
    for (const key of found) keys.add(key);
  }
  return { keys, unknown };
}

export function kindFits(kind: EventKind, event: GoldEvent, { lenient }: ScoringOptions): boolean {
  if (kind === event.kind || event.alt_kinds?.includes(kind)) return true;
  const inPerson = (k: EventKind) => k === "meet" || k === "visit";
  return lenient && inPerson(kind) && (inPerson(event.kind) || (event.alt_kinds ?? []).some(inPerson));
}

/**
 * Whether a prediction matches a gold event. For an event with no named principal, the note's rule: the
 * prediction's people must all be in `also` (an unknown person is not), and its sentence must be the event's.
 */
export function matches(prediction: Prediction, named: NamedKeys, event: GoldEvent, options: ScoringOptions): boolean {
  if (!kindFits(prediction.kind, event, options)) return false;
  const also = new Set(event.also ?? []);
  if (event.who.length === 0) {
    if (named.unknown && !options.unknownFitsUnnamed) return false;
    return prediction.sentence === event.sentence && [...named.keys].every((k) => also.has(k));
  }
  if (named.unknown) return false;
  return (
    event.who.every((k) => named.keys.has(k)) && [...named.keys].every((k) => event.who.includes(k) || also.has(k))
  );
}

/** Kuhn's augmenting paths: a left vertex once matched stays matched, so the order gives core events priority. */
function maximumMatching(edges: readonly (readonly number[])[]): (number | null)[] {
  const rightOwner = new Map<number, number>();
  const augment = (left: number, seen: Set<number>): boolean => {
    for (const right of edges[left]!) {
      if (seen.has(right)) continue;
      seen.add(right);
      const owner = rightOwner.get(right);
      if (owner === undefined || augment(owner, seen)) {
        rightOwner.set(right, left);
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, left) => augment(left, new Set()));
  const partner: (number | null)[] = edges.map(() => null);
  for (const [right, left] of rightOwner) partner[left] = right;
  return partner;
}

export interface DocumentScore {
  readonly doc: string;
  /** Required events (core first) and the index of the prediction matched to each, or null. */
  readonly required: readonly { readonly event: GoldEvent; readonly matchedBy: number | null }[];
  /** Per prediction: whether it matches any gold event of the document. */
  readonly correct: readonly boolean[];
}

export function scoreDocument(
  docId: string,
  doc: GoldDocument | undefined,
  predictions: readonly Prediction[],
  options: ScoringOptions,
): DocumentScore {
  if (!doc) return { doc: docId, required: [], correct: predictions.map(() => false) };
  const pool = pooledAliases(doc);
  const named = predictions.map((p) => namedKeys(p, pool));
  const fits = (event: GoldEvent) => predictions.flatMap((p, i) => (matches(p, named[i]!, event, options) ? [i] : []));
  const correct = predictions.map((p, i) => doc.events.some((event) => matches(p, named[i]!, event, options)));
  const required = doc.events.filter((e) => !e.optional).sort((a, b) => Number(b.core) - Number(a.core));
  const partner = maximumMatching(required.map(fits));
  return { doc: docId, required: required.map((event, i) => ({ event, matchedBy: partner[i]! })), correct };
}

export interface Tally {
  found: number;
  total: number;
}

export interface Summary {
  readonly core: Tally;
  readonly required: Tally;
  readonly precision: Tally;
  readonly coreByKind: Record<EventKind, Tally>;
  readonly requiredByKind: Record<EventKind, Tally>;
  /** By the kind the prediction gives. */
  readonly precisionByKind: Record<EventKind, Tally>;
}

const byKind = (): Record<EventKind, Tally> => ({
  meet: { found: 0, total: 0 },
  visit: { found: 0, total: 0 },
  call: { found: 0, total: 0 },
  agree: { found: 0, total: 0 },
});

const add = (tally: Tally, hit: boolean) => {
  tally.total++;
  if (hit) tally.found++;
};

/** The totals over scored documents; `predictions` gives each document's predictions, in the same order. */
export function summarise(
  scores: readonly DocumentScore[],
  predictions: ReadonlyMap<string, readonly Prediction[]>,
): Summary {
  const summary: Summary = {
    core: { found: 0, total: 0 },
    required: { found: 0, total: 0 },
    precision: { found: 0, total: 0 },
    coreByKind: byKind(),
    requiredByKind: byKind(),
    precisionByKind: byKind(),
  };
  for (const score of scores) {
    for (const { event, matchedBy } of score.required) {
      add(summary.required, matchedBy !== null);
      add(summary.requiredByKind[event.kind], matchedBy !== null);
      if (!event.core) continue;
      add(summary.core, matchedBy !== null);
      add(summary.coreByKind[event.kind], matchedBy !== null);
    }
    const docPredictions = predictions.get(score.doc) ?? [];
    score.correct.forEach((right, i) => {
      add(summary.precision, right);
      add(summary.precisionByKind[docPredictions[i]!.kind], right);
    });
  }
  return summary;
}

export const ratio = ({ found, total }: Tally): number => (total ? found / total : 0);

/** The gold's kind of an event record: AGREE is agree, a phone CONSULT a call, an in-person visit a visit. */
export function kindOfRecord(record: Pick<EventRecord, "event" | "mode">): EventKind {
  if (record.event === "AGREE") return "agree";
  return record.mode === "phone" ? "call" : record.mode === "visit" ? "visit" : "meet";
}
