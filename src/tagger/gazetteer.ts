/**
 * A token trie over the knowledge base's normalised aliases, kept as flat arrays (built at build
 * time by buildTrie, loaded as views on the packed KB's bytes): each edge is a word of the word table.
 */

import type { WordTable } from "../kb/word-table.ts";
import type { Token } from "./tokenize.ts";

export interface AliasHit {
  readonly entity: number;
  readonly flags: number;
}

export interface GazetteerMatch {
  /** Token range, end exclusive. */
  readonly first: number;
  readonly last: number;
  /** Characters of the first token taken by proclitics. */
  readonly skip: number;
  readonly hits: readonly AliasHit[];
}

/**
 * Nodes are numbered breadth first, the children of each node consecutively, so that the node an
 * edge leads to is not stored: edge k leads to node (number of one-word nodes) + k.
 */
export interface TrieArrays {
  /** Word id → the node its one-word path reaches, or -1. */
  readonly rootChild: Int32Array;
  /**
   * One bit a word id: whether an alias starts with the word. Most tokens start none, and this small
   * set (7 KB) stays in the processor's cache where the root array (four bytes a word) does not.
   */
  readonly rootWords: Uint32Array;
  /** The edges out of node n are [childStart[n], childStart[n + 1]), sorted by word id. */
  readonly childStart: Uint32Array;
  readonly edgeWord: Uint32Array;
  /** How many aliases end at each node; their hits follow one another in node order. */
  readonly hitCounts: Uint8Array;
  readonly hitEntity: Uint32Array;
  readonly hitFlags: Uint8Array;
}

export class Gazetteer {
  /** Where each node's hits start: summed from the counts at load, one pass over small numbers. */
  private readonly hitStart: Uint32Array;
  private readonly firstEdgeNode: number;
  /** Each node's hits as objects, made on first use: a page reaches a few hundred nodes, not all. */
  private readonly hitLists = new Map<number, readonly AliasHit[]>();

  constructor(
    private readonly words: WordTable,
    private readonly trie: TrieArrays,
  ) {
    const counts = trie.hitCounts;
    this.hitStart = new Uint32Array(counts.length + 1);
    for (let n = 0; n < counts.length; n++) this.hitStart[n + 1] = this.hitStart[n]! + counts[n]!;
    this.firstEdgeNode = counts.length - trie.edgeWord.length;
  }

  /** The longest alias starting at token `first`, trying each proclitic reading. */
  longestAt(tokens: readonly Token[], first: number): GazetteerMatch | undefined {
    const token = tokens[first];
    if (!token) return undefined;
    let best: GazetteerMatch | undefined;
    for (const reading of token.readings) {
      let node = this.rootNode(reading.id);
      let last = first + 1;
      while (node >= 0) {
        const hits = this.hitsAt(node);
        if (hits && (!best || last > best.last)) best = { first, last, skip: reading.skip, hits };
        const next = tokens[last];
        if (!next?.tight) break;
        node = this.child(node, next.id);
        last++;
      }
    }
    return best;
  }

  /** Whether some alias starts with the word `first` + `second` (two tokens a segmenter split). */
  startsAlias(first: string, second: string): boolean {
    return this.rootNode(this.words.joinedId(first, second)) >= 0;
  }

  /** The hits of `word` (one token, no clitics) when it is a whole alias. */
  hitsOf(word: string): readonly AliasHit[] | undefined {
    const node = this.rootNode(this.words.id(word));
    return node < 0 ? undefined : this.hitsAt(node);
  }

  /** The node of the one-word path of word `id` (-1: no word), or -1. */
  private rootNode(id: number): number {
    if (id < 0 || (this.trie.rootWords[id >>> 5]! & (1 << (id & 31))) === 0) return -1;
    return this.trie.rootChild[id]!;
  }

  private child(node: number, id: number): number {
    const { childStart, edgeWord } = this.trie;
    let low = childStart[node]!;
    let high = childStart[node + 1]!;
    if (low === high || id < 0) return -1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const w = edgeWord[middle]!;
      if (w === id) return this.firstEdgeNode + middle;
      if (w < id) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  private hitsAt(node: number): readonly AliasHit[] | undefined {
    const { hitEntity, hitFlags } = this.trie;
    const from = this.hitStart[node]!;
    const to = this.hitStart[node + 1]!;
    if (from === to) return undefined;
    let hits = this.hitLists.get(node);
    if (!hits) {
      const list: AliasHit[] = [];
      for (let i = from; i < to; i++) list.push({ entity: hitEntity[i]!, flags: hitFlags[i]! });
      hits = list;
      this.hitLists.set(node, hits);
    }
    return hits;
  }
}
