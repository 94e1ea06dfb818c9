/**
 * Every word the packed knowledge base knows (alias words, title words, the big word lists), as one
 * string and the words' lengths; an open-addressing hash table over them is made at load, hashing the
 * text in place (a few milliseconds, where storing the table cost a quarter of the file gzipped). A
 * lookup hashes the word and compares it in place, allocating nothing.
 */

const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a over UTF-16 code units: cheap, and the same at build time and in every browser. `from` goes
 * on from another word's hash: hashWord(b, hashWord(a)) is the hash of a + b.
 */
export function hashWord(word: string, from = FNV_OFFSET): number {
  return hashRange(word, 0, word.length, from);
}

/** The hash of text[start, end), as hashWord gives it for that word. */
function hashRange(text: string, start: number, end: number, from = FNV_OFFSET): number {
  let h = from;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface WordTableArrays {
  /** All words, one after another. */
  readonly text: string;
  /** Each word's length (a word is short: under 256 code units). */
  readonly lengths: Uint8Array;
}

export class WordTable {
  private readonly mask: number;
  /**
   * Open addressing with linear probing, at most half full, two numbers a slot: the word id + 1 (0 when
   * empty), then the word's start in the text shifted left 8 bits, or'd with its length. A probe reads
   * one place in memory for the slot and its word's extent: the table is too big for the processor's
   * cache, and a lookup waits on two reads (slot, text), not three (slot, start, text).
   */
  private readonly entries: Uint32Array;

  constructor(private readonly arrays: WordTableArrays) {
    const { lengths, text } = arrays;
    if (text.length >= 2 ** 24) throw new Error("the word table's text is too long to pack its starts in 24 bits");
    let size = 1;
    while (size < lengths.length * 2) size *= 2;
    this.mask = size - 1;
    this.entries = new Uint32Array(size * 2);
    let start = 0;
    for (let id = 0; id < lengths.length; id++) {
      const length = lengths[id]!;
      let slot = hashRange(text, start, start + length) & this.mask;
      while (this.entries[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.entries[2 * slot] = id + 1;
      this.entries[2 * slot + 1] = (start << 8) | length;
      start += length;
    }
  }

  get size(): number {
    return this.arrays.lengths.length;
  }

  /**
   * The word's id, or -1 when the table does not hold it. No cache: a Map of the words looked up cost
   * as much as the probe it saved (hashing the word, one or two slots, a comparison in place).
   */
  id(word: string): number {
    return this.joinedId(word, "");
  }

  /** The id of `first` and `second` written as one word, without making that string. */
  joinedId(first: string, second: string): number {
    const { text } = this.arrays;
    const entries = this.entries;
    const length = first.length + second.length;
    for (let slot = hashWord(second, hashWord(first)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = entries[2 * slot]!;
      if (entry === 0) return -1;
      const extent = entries[2 * slot + 1]!;
      const start = extent >>> 8;
      if (
        (extent & 0xff) === length &&
        text.startsWith(first, start) &&
        (second === "" || text.startsWith(second, start + first.length))
      )
        return entry - 1;
    }
  }
}

/** The arrays of a table holding `words` (distinct), word i getting id i. */
export function buildWordTable(words: readonly string[]): WordTableArrays {
  if (words.some((w) => w.length > 255)) throw new Error("a word of 256 characters or more cannot be packed");
  return { text: words.join(""), lengths: Uint8Array.from(words, (w) => w.length) };
}
