/**
 * A set of words by their ids in the knowledge base's word table, one bit an id: a page's few words
 * (its officials' names), asked of every token's readings, whose ids are known since tokenising. A
 * reading with no id (-1) is in no such set: the caller looks that word up by its letters.
 */
export class WordIdSet {
  private readonly bits: Uint32Array;

  constructor(wordCount: number) {
    this.bits = new Uint32Array((wordCount + 31) >>> 5);
  }

  /** Adds the word with this id; -1 (no word of the table) adds nothing. */
  add(id: number): void {
    if (id >= 0) this.bits[id >>> 5]! |= 1 << (id & 31);
  }

  has(id: number): boolean {
    return id >= 0 && (this.bits[id >>> 5]! & (1 << (id & 31))) !== 0;
  }
}
