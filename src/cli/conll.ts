/**
 * The scoring rules of assets/corpora/README.md: classes, documents of 15 sentences,
 * token mapping by character overlap, exact and overlap micro scores per class.
 */

export type ScoredClass = "official" | "place";

const CLASS_OF: Record<string, ScoredClass> = {
  Politician: "official",
  Police: "official",
  Nation: "place",
  "Population-Center": "place",
  "State-or-Province": "place",
  "County-or-District": "place",
  Continent: "place",
  "GPE-Cluster": "place",
  "Water-Body": "place",
  "Land-Region-Natural": "place",
};

export const SENTENCES_PER_DOCUMENT = 15;

export interface Span {
  /** Token indices within the document, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly cls: ScoredClass;
}

export interface ConllDocument {
  readonly text: string;
  /** Character offsets of each token in `text`. */
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
  /** Each token's tag as the corpus writes it (B-Nation, O…), every class included. */
  readonly tags: readonly string[];
  readonly gold: readonly Span[];
  /** Entities of the classes the scorer ignores (Athlete, Sports, Media…), as token ranges. */
  readonly unscored: readonly { readonly first: number; readonly last: number }[];
}

/** One sentence of a CoNLL file: its tokens and their tags as the corpus writes them. */
export interface Sentence {
  tokens: string[];
  tags: string[];
}

/** TOKEN<TAB>TAG lines, a blank line between sentences; throws with a line number on malformed input. */
export function parseSentences(source: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence = { tokens: [], tags: [] };
  // Line by line with indexOf rather than split: a corpus has tens of thousands of lines.
  for (let start = 0, index = 0; start <= source.length; index++) {
    const newline = source.indexOf("\n", start);
    const end = newline < 0 ? source.length : newline;
    const line = source.slice(start, source[end - 1] === "\r" ? end - 1 : end);
    start = end + 1;
    if (line.trim() === "") {
      if (current.tokens.length) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const tab = line.lastIndexOf("\t");
    if (tab <= 0)
      throw new Error(`line ${index + 1}: expected TOKEN<TAB>TAG, got ${JSON.stringify(line.slice(0, 60))}`);
    current.tokens.push(line.slice(0, tab));
    current.tags.push(line.slice(tab + 1).trim());
  }
  if (current.tokens.length) sentences.push(current);
  return sentences;
}

/** The entity runs of one sentence's BIO tags, [first, end, type]: an I- of another type opens a new run. */
export function entityRuns(tags: readonly string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  let open: [number, string] | undefined;
  tags.forEach((tag, i) => {
    const type = tag.slice(2);
    if (tag.startsWith("B-") || (tag.startsWith("I-") && open?.[1] !== type)) {
      if (open) out.push([open[0], i, open[1]]);
      open = [i, type];
    } else if (tag === "O" && open) {
      out.push([open[0], i, open[1]]);
      open = undefined;
    }
  });
  if (open) out.push([open[0], tags.length, open[1]]);
  return out;
}

/** Parses TOKEN<TAB>TAG lines into documents of 15 sentences; throws with a line number on malformed input. */
export function parseConll(source: string): ConllDocument[] {
  const sentences = parseSentences(source);
  const docs: ConllDocument[] = [];
  for (let s = 0; s < sentences.length; s += SENTENCES_PER_DOCUMENT) {
    docs.push(buildDocument(sentences.slice(s, s + SENTENCES_PER_DOCUMENT)));
  }
  return docs;
}

function buildDocument(sentences: readonly Sentence[]): ConllDocument {
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  const tags: string[] = [];
  const gold: Span[] = [];
  const unscored: { first: number; last: number }[] = [];
  // Joined once at the end: a string grown token by token is a deep rope, slow to read letter by letter
  // until something flattens it (the tagger and the event extractor read every document's letters).
  const parts: string[] = [];
  let length = 0;
  const add = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  sentences.forEach((sentence, si) => {
    if (si > 0) add("\n");
    const base = tags.length;
    sentence.tokens.forEach((token, ti) => {
      if (ti > 0) add(" ");
      tokenStarts.push(length);
      add(token);
      tokenEnds.push(length);
      tags.push(sentence.tags[ti] ?? "O");
    });
    for (const [first, end, type] of entityRuns(tags.slice(base))) {
      const cls = CLASS_OF[type];
      if (cls) gold.push({ first: base + first, last: base + end, cls });
      else unscored.push({ first: base + first, last: base + end });
    }
  });
  return { text: parts.join(""), tokenStarts, tokenEnds, tags, gold, unscored };
}

/** Token range covered by a character span: every token whose characters it overlaps. */
export function tokenRange(doc: ConllDocument, start: number, end: number): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < doc.tokenStarts.length; i++) {
    const ts = doc.tokenStarts[i] as number;
    const te = doc.tokenEnds[i] as number;
    if (ts < end && start < te) {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  return first < 0 ? undefined : [first, last];
}

export interface ClassScore {
  tp: number;
  fp: number;
  /**
   * Predictions that are exactly an entity of a class the scorer ignores (a country the corpus tags
   * as a national team, Sports): neither right nor wrong, so not in `fp`. A strict count adds them.
   */
  ignored: number;
  fn: number;
  overlapFound: number;
  gold: number;
  predicted: number;
  predictedOverlapping: number;
}

export function emptyScores(): Record<ScoredClass, ClassScore> {
  const zero = (): ClassScore => ({
    tp: 0,
    fp: 0,
    ignored: 0,
    fn: 0,
    overlapFound: 0,
    gold: 0,
    predicted: 0,
    predictedOverlapping: 0,
  });
  return { official: zero(), place: zero() };
}

const spanKey = (s: Span) => `${s.first}:${s.last}:${s.cls}`;

/** How the scorer counts a predicted span: a gold entity of its class, exactly an entity of an ignored class, or wrong. */
export type Verdict = "right" | "ignored" | "wrong";

/** The scorer's verdict on any predicted span of one document. */
export function verdicts(doc: Pick<ConllDocument, "gold" | "unscored">): (span: Span) => Verdict {
  const goldKeys = new Set(doc.gold.map(spanKey));
  const unscoredKeys = new Set(doc.unscored.map((u) => `${u.first}:${u.last}`));
  return (span) =>
    goldKeys.has(spanKey(span)) ? "right" : unscoredKeys.has(`${span.first}:${span.last}`) ? "ignored" : "wrong";
}

/** Adds one document's comparison to the running scores. */
export function scoreDocument(
  doc: Pick<ConllDocument, "gold" | "unscored">,
  predicted: readonly Span[],
  scores: Record<ScoredClass, ClassScore>,
): void {
  const { gold } = doc;
  const verdictOf = verdicts(doc);
  const distinct = new Map(predicted.map((p) => [spanKey(p), p]));
  for (const p of distinct.values()) {
    const verdict = verdictOf(p);
    scores[p.cls][verdict === "right" ? "tp" : verdict === "ignored" ? "ignored" : "fp"]++;
  }
  for (const p of predicted) {
    if (verdictOf(p) === "ignored") continue;
    const s = scores[p.cls];
    s.predicted++;
    if (gold.some((g) => g.cls === p.cls && g.first < p.last && p.first < g.last)) s.predictedOverlapping++;
  }
  for (const g of gold) {
    const s = scores[g.cls];
    s.gold++;
    if (!distinct.has(spanKey(g))) s.fn++;
    if (predicted.some((p) => p.cls === g.cls && p.first < g.last && g.first < p.last)) s.overlapFound++;
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const harmonic = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function prf(s: ClassScore): Prf & { overlapF1: number; strictF1: number } {
  const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f1 = harmonic(precision, recall);
  // Strict: a prediction on an entity of an ignored class counts as wrong too.
  const strictF1 = harmonic(s.tp + s.fp + s.ignored ? s.tp / (s.tp + s.fp + s.ignored) : 0, recall);
  // Overlap: a gold entity is found when a predicted mention of its class overlaps it,
  // and a prediction is right when it overlaps a gold entity of its class.
  const overlapRecall = s.gold ? s.overlapFound / s.gold : 0;
  const overlapPrecision = s.predicted ? s.predictedOverlapping / s.predicted : 0;
  return { precision, recall, f1, overlapF1: harmonic(overlapPrecision, overlapRecall), strictF1 };
}
