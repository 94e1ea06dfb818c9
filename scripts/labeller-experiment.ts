/**
 * Experiment (issue 14, step 9): does a contextual labeller, an averaged perceptron over word, affix,
 * context and word-list features, trained on WikiFANE Gold and the other dev folds, find officials the
 * rules miss on a held-out dev fold, and on the same fold with its names swapped? Prints rules alone
 * against rules plus the labeller's officials where the rules marked nothing.
 * usage: node scripts/run-ts.mjs scripts/labeller-experiment.ts
 */

import { type ConllDocument, emptyScores, parseConll, prf, scoreDocument, type Span } from "../src/cli/conll.ts";
import { predictedSpans, swappedCorpus } from "../src/cli/eval-command.ts";
import { readTextFile } from "../src/cli/input.ts";
import { loadKb, loadPackedKb } from "../src/cli/load-kb.ts";
import { seededRandom } from "../src/cli/name-swap.ts";
import { readings } from "../src/tagger/clitics.ts";
import { Lexicon } from "../src/tagger/lexicon.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { createTagger } from "../src/tagger/tagger.ts";

const FOLDS = 5;
const EPOCHS = 5;
const TAGS = ["O", "B", "I"] as const;
type Tag = 0 | 1 | 2;

const packed = loadPackedKb("dist/kb/kb.bin");
const lex = new Lexicon(packed);
const tagger = createTagger(packed);
const devSource = readTextFile("assets/corpora/newsfane-dev.conll");
const dev = parseConll(devSource);
const swapped = swappedCorpus(loadKb("dist/kb/kb.json"), devSource);
const wiki = parseConll(readTextFile("assets/corpora/wikifane-gold.conll.gz"));

const wordsOf = (doc: ConllDocument) =>
  doc.tokenStarts.map((s, i) => normalizeKey(doc.text.slice(s, doc.tokenEnds[i])) || "_");
const bareOf = (w: string) => readings(w).at(-1)?.key ?? w;
const nationality = (w: string) => lex.nationalities.has(w.replace(/^ال/, "").replace(/ه$/, ""));

function features(words: readonly string[], i: number, prev: Tag): string[] {
  const at = (k: number) => words[i + k] ?? (k < 0 ? "<s>" : "</s>");
  const w = bareOf(at(0));
  // A name's own word is not learned (it would be memorised, not generalised): only ordinary words are.
  const known = lex.common.has(w) || lex.titleWords.has(w) || lex.speechVerbs.has(w);
  const out = [
    "bias",
    `w=${known ? w : "?"}`,
    `p2=${w.slice(0, 2)}`,
    `s2=${w.slice(-2)}`,
    `s3=${w.slice(-3)}`,
    `len=${Math.min(w.length, 8)}`,
    `w-1=${bareOf(at(-1))}`,
    `w-2=${bareOf(at(-2))}`,
    `w+1=${bareOf(at(1))}`,
    `w+2=${bareOf(at(2))}`,
    `prev=${prev}`,
    `prev+w-1=${prev}|${bareOf(at(-1))}`,
  ];
  for (const [k, word] of [
    [0, w],
    [-1, bareOf(at(-1))],
    [1, bareOf(at(1))],
    [-2, bareOf(at(-2))],
  ] as const) {
    if (lex.given.has(word)) out.push(`given${k}`);
    if (lex.common.has(word)) out.push(`common${k}`);
    if (lex.titleWords.has(word)) out.push(`title${k}`);
    if (lex.titleHeads.has(word)) out.push(`head${k}`);
    if (nationality(word)) out.push(`nat${k}`);
    if (lex.speechVerbs.has(word)) out.push(`speech${k}`);
    if (word.startsWith("ال")) out.push(`al${k}`);
  }
  return out;
}

function officialTags(doc: ConllDocument): Tag[] {
  const tags: Tag[] = doc.tokenStarts.map(() => 0);
  for (const g of doc.gold) {
    if (g.cls !== "official") continue;
    tags[g.first] = 1;
    for (let i = g.first + 1; i < g.last; i++) tags[i] = 2;
  }
  return tags;
}

/** The averaged perceptron: weights a feature, one per tag, with the running sums for averaging. */
class Perceptron {
  private readonly w = new Map<string, Float64Array>();
  private readonly total = new Map<string, Float64Array>();
  private readonly stamp = new Map<string, Float64Array>();
  private clock = 0;

  score(feats: readonly string[]): Float64Array {
    const s = new Float64Array(TAGS.length);
    for (const f of feats) {
      const row = this.w.get(f);
      if (row) for (let t = 0; t < TAGS.length; t++) s[t]! += row[t]!;
    }
    return s;
  }

  update(feats: readonly string[], gold: Tag, guess: Tag): void {
    this.clock++;
    if (gold === guess) return;
    for (const f of feats) {
      const row = this.w.get(f) ?? new Float64Array(TAGS.length);
      const total = this.total.get(f) ?? new Float64Array(TAGS.length);
      const stamp = this.stamp.get(f) ?? new Float64Array(TAGS.length);
      for (const [t, delta] of [
        [gold, 1],
        [guess, -1],
      ] as const) {
        total[t]! += (this.clock - stamp[t]!) * row[t]!;
        stamp[t] = this.clock;
        row[t]! += delta;
      }
      this.w.set(f, row);
      this.total.set(f, total);
      this.stamp.set(f, stamp);
    }
  }

  average(): void {
    for (const [f, row] of this.w) {
      const total = this.total.get(f)!;
      const stamp = this.stamp.get(f)!;
      for (let t = 0; t < TAGS.length; t++) row[t] = (total[t]! + (this.clock - stamp[t]!) * row[t]!) / this.clock;
    }
  }
}

function decode(model: Perceptron, words: readonly string[], gold?: Tag[]): Tag[] {
  const out: Tag[] = [];
  let prev: Tag = 0;
  for (let i = 0; i < words.length; i++) {
    const feats = features(words, i, prev);
    const s = model.score(feats);
    let best: Tag = 0;
    for (const t of [1, 2] as Tag[]) if ((t !== 2 || prev !== 0) && s[t]! > s[best]!) best = t;
    if (gold) model.update(feats, gold[i]!, best);
    prev = gold ? gold[i]! : best;
    out.push(best);
  }
  return out;
}

function train(docs: readonly ConllDocument[]): Perceptron {
  const model = new Perceptron();
  const data = docs.map((d) => ({ words: wordsOf(d), tags: officialTags(d) }));
  const random = seededRandom(7);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = data.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of order) decode(model, data[i]!.words, data[i]!.tags);
  }
  model.average();
  return model;
}

function spansOf(tags: readonly Tag[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    while (tags[j] === 2) j++;
    spans.push({ first: i, last: j, cls: "official" });
  }
  return spans;
}

const overlaps = (a: Span, b: Span) => a.first < b.last && b.first < a.last;
const pct = (x: number) => (100 * x).toFixed(1);

for (const [name, corpus] of [
  ["dev", dev],
  ["dev, names swapped", swapped],
] as const) {
  const rules = emptyScores();
  const both = emptyScores();
  const alone = emptyScores();
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train([...wiki, ...dev.filter((_, i) => i % FOLDS !== fold)]);
    corpus.forEach((doc, i) => {
      if (i % FOLDS !== fold) return;
      const ruled = predictedSpans(tagger, doc);
      const learned = spansOf(decode(model, wordsOf(doc)));
      scoreDocument(doc, ruled, rules);
      scoreDocument(doc, learned, alone);
      scoreDocument(doc, [...ruled, ...learned.filter((l) => !ruled.some((r) => overlaps(l, r)))], both);
    });
  }
  for (const [label, s] of [
    ["rules", rules],
    ["labeller alone", alone],
    ["rules + labeller", both],
  ] as const) {
    const r = prf(s.official);
    console.log(
      `${name.padEnd(20)} ${label.padEnd(18)} official P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}`,
    );
  }
}
