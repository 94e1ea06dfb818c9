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
  /** Word i is text.slice(starts[i], starts[i + 1]): summed from the lengths at load. */
  private readonly starts: Uint32Array;

  constructor(private readonly arrays: WordTableArrays) {
    this.mask = arrays.slots.length - 1;
    const { lengths } = arrays;
    this.starts = new Uint32Array(lengths.length + 1);
    for (let i = 0; i < lengths.length; i++) this.starts[i + 1] = this.starts[i]! + lengths[i]!;
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
    const { text, slots } = this.arrays;
    const starts = this.starts;
    const length = first.length + second.length;
    for (let slot = hashWord(second, hashWord(first)) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const start = starts[entry - 1]!;
      if (
        starts[entry]! - start === length &&
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
