/**
 * A learned second opinion on each official or place the rules found: a linear model over the
 * mention's context (the words around it, punctuation, whether the article is about sport, how it
 * was recognised) that drops the ones the annotated corpus says are something else or nothing: a
 * market or a fair (سوق دبي، معرض الخليج), a newspaper (نيويورك تايمز), a word that only looks like a
 * name. Trained by scripts/train-mention-filter.ts on assets/corpora (CC BY-SA 3.0).
 */

import type { WordSet } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";

/** What the model knows of one candidate. */
export interface FilterCandidate {
  readonly type: string;
  readonly first: number;
  readonly last: number;
  readonly skip: number;
  readonly entity: string;
  readonly evidence: string;
}

/** Document-wide facts, computed once per text. */
export interface FilterContext {
  readonly tokens: readonly Token[];
  /** The normalised text the tokens index. */
  readonly text: string;
  /** How many tokens of the document are sports words. */
  readonly sportsWords: number;
  /** sportsBefore[i]: sports words among tokens 0..i-1 (a prefix sum, for any window). */
  readonly sportsBefore: Int32Array;
  /** How many candidates each entity has in the document. */
  readonly entityCounts: ReadonlyMap<string, number>;
  /** Words of officials' names that are also ordinary words (صالح، رمضان). */
  readonly ordinaryNames: WordSet;
}

export interface MentionFilterWeights {
  /** feature → weight; absent features weigh nothing. */
  readonly weights: Readonly<Record<string, number>>;
  readonly threshold: number;
}

/** A context word without a leading conjunction. */
const bare = (token: Token | undefined) =>
  token ? (token.readings[1]?.skip === 1 ? token.readings[1].key : token.text) : "-";
/** The word id of bare(token), -1 for none; undefined where there is no token. */
const bareId = (token: Token | undefined) =>
  token ? (token.readings[1]?.skip === 1 ? token.readings[1].id : token.id) : undefined;

const SPORTS_WINDOW = 12;

function bucket(n: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]!) b++;
  return b;
}
const [SPORT_EDGES, NEAR_EDGES, REP_EDGES] = [
  [1, 3, 7],
  [1, 2, 4],
  [2, 4],
];
const DIGITS = ["0", "1", "2", "3", "4"];

/** The punctuation between two tokens, without spaces: «"» or «،» or «(»; most gaps are a space, and cost nothing. */
function gap(text: string, from: number, to: number): string {
  let found = "";
  for (let i = from; i < to && found.length < 2; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 9 && code !== 0xa0) found += text[i];
  }
  return found;
}

/** التي، الذي… end like adjectives but are not. */
const RELATIVES = new Set(["التي", "الذي", "اللتي", "اللذي", "اللاتي"]);

function wordAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.text ?? (i < 0 ? "<s>" : "</s>");
}

/**
 * Receives each feature of a candidate: a template (its kind and the candidate's type, as a number) and a
 * value, with the value's word id when it is a word of the page (the tokens know theirs: no hashing again).
 */
export type FeatureSink = (template: number, value: string, id?: number) => void;

const TEMPLATE_NAMES = [
  "b", "ev", "len", "p1", "n1", "gp", "gn", "sport", "rep", "near", "before",
  "after", "n1adj", "suffix", "start", "ordinary",
] as const; // prettier-ignore
type TemplateName = (typeof TEMPLATE_NAMES)[number];
const TYPES = ["official", "place"] as const;

/**
 * Template numbers, per type: a weight is looked up by the number and the value (mostly a word of the
 * page), so scoring builds no strings.
 */
const TEMPLATE_IDS = TYPES.map(
  (_, t) =>
    Object.fromEntries(TEMPLATE_NAMES.map((name, n) => [name, n * TYPES.length + t])) as Record<TemplateName, number>,
);

/** The flat form of a feature, as the model file and the training script write it: «p1|place=سوق». */
export function featureKey(template: number, value: string): string {
  const name = TEMPLATE_NAMES[Math.floor(template / TYPES.length)]!;
  return `${name}|${TYPES[template % TYPES.length]}=${value}`;
}

/** The number of a template, by its name and the candidate's type. */
export function templateId(name: TemplateName, type: (typeof TYPES)[number]): number {
  return TEMPLATE_IDS[TYPES.indexOf(type)]![name];
}

/** The number of a template by its flat name («p1|place»), or undefined for one this version no longer makes. */
export function templateOf(key: string): number | undefined {
  const [name, type] = key.split("|") as [TemplateName, (typeof TYPES)[number]];
  const t = TYPES.indexOf(type);
  return t < 0 ? undefined : TEMPLATE_IDS[t]![name];
}

/**
 * Emits the candidate's features one by one. Neither the mention's own words nor its kind (river,
 * country) are among them: learned from one corpus, they would blacklist real places (the Nile,
 * Uzbekistan) wherever that corpus's stories used the names otherwise. The filter judges the
 * context. Scoring needs no array of the features, so nothing is allocated per feature.
 */
export function mentionFeatures(c: FilterCandidate, context: FilterContext, emit: FeatureSink): void {
  const { tokens, text } = context;
  const T = TEMPLATE_IDS[c.type === "official" ? 0 : 1]!;
  const firstToken = tokens[c.first]!;
  const lastToken = tokens[c.last - 1]!;
  const prev = wordAt(tokens, c.first - 1);
  const next = wordAt(tokens, c.last);
  // Sports words within a dozen tokens: a stronger sign than the document's, which may hold several stories.
  const { sportsBefore } = context;
  const last = tokens.length;
  const near = bucket(
    sportsBefore[Math.min(c.last + SPORTS_WINDOW, last)]! - sportsBefore[Math.max(c.first - SPORTS_WINDOW, 0)]!,
    NEAR_EDGES,
  );
  const sport = bucket(context.sportsWords, SPORT_EDGES);
  emit(T.b, "");
  emit(T.ev, c.evidence);
  emit(T.len, DIGITS[Math.min(c.last - c.first, 4)]!);
  emit(T.p1, prev, tokens[c.first - 1]?.id);
  emit(T.n1, next, tokens[c.last]?.id);
  emit(T.gp, gap(text, tokens[c.first - 1]?.end ?? 0, firstToken.start));
  emit(T.gn, gap(text, lastToken.end, tokens[c.last]?.start ?? text.length));
  emit(T.sport, DIGITS[sport]!);
  emit(T.rep, DIGITS[bucket(context.entityCounts.get(c.entity) ?? 0, REP_EDGES)]!);
  emit(T.near, DIGITS[near]!);
  // The words around, without و/ف: «والتقى» and «التقى» are one cue.
  for (let i = c.first - 3; i < c.first; i++) emit(T.before, bare(tokens[i]), bareId(tokens[i]));
  for (let i = c.last; i < c.last + 3; i++) emit(T.after, bare(tokens[i]), bareId(tokens[i]));
  // قطر القطري: a name followed by its own adjective is a team or a company, not the place.
  if (next.startsWith("ال") && next.length > 4 && /يه?$/.test(next) && !RELATIVES.has(next)) emit(T.n1adj, "");
  // The shape of an unknown name: how it ends (…ستان، …ية، …و).
  if (c.type === "place") emit(T.suffix, lastToken.text.slice(-2));
  if (firstToken.sentenceStart) emit(T.start, "");
  // صالح alone may be the adjective; how much that weighs depends on how the name was found.
  if (c.last - c.first === 1 && context.ordinaryNames.has(firstToken.text.slice(c.skip))) emit(T.ordinary, c.evidence);
}

/** Decides whether a candidate stays. */
export type CandidateJudge = (candidate: FilterCandidate, context: FilterContext) => boolean;

/** A model's weights as the packed knowledge base keeps them (src/kb/packed-filter.ts). */
export interface WeightTable {
  /** The weight of a template's value; 0 when the model has none. */
  weightOf(template: number, value: string): number;
  /** The same by the value's word id (-1: no word of the table). */
  weightOfId(template: number, id: number): number;
  readonly threshold: number;
}

export function linearJudge(model: WeightTable): CandidateJudge {
  let sum = 0;
  const add: FeatureSink = (template, value, id) => {
    sum += id === undefined ? model.weightOf(template, value) : model.weightOfId(template, id);
  };
  return (candidate, context) => {
    sum = 0;
    mentionFeatures(candidate, context, add);
    return sum >= model.threshold;
  };
}
