/**
 * The learned mention filter's weights in the packed knowledge base: for each value (a word of the
 * word table) the templates it has a weight in, so that loading builds no map of 5,000 features.
 */

import { type MentionFilterWeights, templateOf, type WeightTable } from "../tagger/mention-filter.ts";
import type { WordTable } from "./word-table.ts";

export interface FilterArrays {
  /** Per word id: how many weights the word has as a value; they follow one another in word order. */
  readonly counts: Uint8Array;
  readonly templates: Uint8Array;
  readonly weights: Float64Array;
}

/** The model's values: they join the word table, so that a weight is found by the value's id. */
export function filterValues(model: MentionFilterWeights): string[] {
  return Object.keys(model.weights).map((key) => key.slice(key.indexOf("=") + 1));
}

export function buildFilterArrays(
  model: MentionFilterWeights,
  wordId: (word: string) => number,
  wordCount: number,
): FilterArrays {
  const byWord = new Map<number, [number, number][]>();
  for (const [key, weight] of Object.entries(model.weights)) {
    const split = key.indexOf("=");
    const template = templateOf(key.slice(0, split));
    if (template === undefined) continue; // a feature this version no longer makes
    const id = wordId(key.slice(split + 1));
    const list = byWord.get(id) ?? [];
    list.push([template, weight]);
    byWord.set(id, list);
  }
  const counts = new Uint8Array(wordCount);
  const templates: number[] = [];
  const weights: number[] = [];
  for (let id = 0; id < wordCount; id++) {
    const list = byWord.get(id) ?? [];
    counts[id] = list.length;
    for (const [template, weight] of list) {
      templates.push(template);
      weights.push(weight);
    }
  }
  return { counts, templates: Uint8Array.from(templates), weights: Float64Array.from(weights) };
}

export class PackedFilter implements WeightTable {
  /** Where each word's weights start: summed from the counts at load. */
  private readonly starts: Uint32Array;

  constructor(
    private readonly words: WordTable,
    private readonly arrays: FilterArrays,
    readonly threshold: number,
  ) {
    this.starts = new Uint32Array(arrays.counts.length + 1);
    for (let i = 0; i < arrays.counts.length; i++) this.starts[i + 1] = this.starts[i]! + arrays.counts[i]!;
  }

  weightOf(template: number, value: string): number {
    return this.weightOfId(template, this.words.id(value));
  }

  weightOfId(template: number, id: number): number {
    if (id < 0) return 0;
    for (let k = this.starts[id]!; k < this.starts[id + 1]!; k++)
      if (this.arrays.templates[k] === template) return this.arrays.weights[k]!;
    return 0;
  }
}
