/**
 * A token's readings (clitics.ts) with the id of each key in the knowledge base's word table, found
 * once a distinct word: the tries are walked by these ids, so a pass does not hash the same strings
 * again (hashing was the tagger's largest cost).
 */

import type { WordTable } from "../kb/word-table.ts";
import { mayHaveProclitic, type Reading, readings } from "./clitics.ts";

export interface KnownReading extends Reading {
  /** The key's word id, or -1 when no knowledge-base word is spelt so. */
  readonly id: number;
}

/** Enough for the vocabulary of many pages; emptied when full, so a long session's memory stays bounded. */
const CACHE_LIMIT = 50_000;

export class TokenReadings {
  private readonly cache = new Map<string, readonly KnownReading[]>();

  constructor(private readonly words: WordTable) {}

  of(word: string): readonly KnownReading[] {
    // Most words read only as themselves: one probe of the word table costs less than a cache's.
    if (!mayHaveProclitic(word)) return [{ skip: 0, key: word, id: this.words.id(word) }];
    let known = this.cache.get(word);
    if (!known) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      known = readings(word).map((r) => ({ skip: r.skip, key: r.key, id: this.words.id(r.key) }));
      this.cache.set(word, known);
    }
    return known;
  }
}
