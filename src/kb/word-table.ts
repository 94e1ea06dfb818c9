/**
 * Every word the packed knowledge base knows (alias words, title words, the big word lists), as one
 * string and an open-addressing hash table built at build time. Loading it is a view on the bytes, not
 * 70,000 Map insertions; a lookup hashes the word and compares it in place, allocating nothing.
 */

const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a over UTF-16 code units: cheap, and the same at build time and in every browser. `from` goes
 * on from another word's hash: hashWord(b, hashWord(a)) is the hash of a + b.
 */
export function hashWord(word: string, from = FNV_OFFSET): number {
  let h = from;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface WordTableArrays {
  /** All words, one after another. */
  readonly text: string;
  /** Each word's length (a word is short: under 256 code units). */
  readonly lengths: Uint8Array;
  /** Open addressing, linear probing: slot → word id + 1, 0 when empty. Its length is a power of two. */
  readonly slots: Uint32Array;
}

export class WordTable {
  private readonly mask: number;
  /**
   * The slots again, two numbers each: the word id + 1 (0 when empty), then the word's start in the text
   * shifted left 8 bits, or'd with its length. Made at load so that a probe reads one place in memory for
   * the slot and its word's extent: the table is too big for the processor's cache, and a lookup was
   * waiting on three reads (slot, start, text) where it now waits on two (slot, text).
   */
  private readonly entries: Uint32Array;

  constructor(private readonly arrays: WordTableArrays) {
    const { lengths, slots, text } = arrays;
    if (text.length >= 2 ** 24) throw new Error("the word table's text is too long to pack its starts in 24 bits");
    this.mask = slots.length - 1;
    const starts = new Uint32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++) starts[i + 1] = starts[i]! + lengths[i]!;
    this.entries = new Uint32Array(slots.length * 2);
    for (let slot = 0; slot < slots.length; slot++) {
      const entry = slots[slot]!;
      if (entry === 0) continue;
      this.entries[2 * slot] = entry;
      this.entries[2 * slot + 1] = (starts[entry - 1]! << 8) | lengths[entry - 1]!;
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
  let size = 1;
  while (size < words.length * 2) size *= 2;
  const slots = new Uint32Array(size);
  words.forEach((word, i) => {
    let slot = hashWord(word) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  });
  return { text: words.join(""), lengths: Uint8Array.from(words, (w) => w.length), slots };
}
