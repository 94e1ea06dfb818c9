/** A token trie over the knowledge base's normalised aliases. */

import type { Token } from "./tokenize.ts";

export interface AliasHit {
  readonly entity: number;
  readonly flags: number;
}

interface TrieNode {
  children?: Map<string, TrieNode>;
  hits?: AliasHit[];
}

export interface GazetteerMatch {
  /** Token range, end exclusive. */
  readonly first: number;
  readonly last: number;
  /** Characters of the first token taken by proclitics. */
  readonly skip: number;
  readonly hits: readonly AliasHit[];
}

export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();

  add(alias: string, hit: AliasHit): void {
    const words = alias.split(" ");
    let level = this.root;
    let node: TrieNode | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) {
        node = {};
        level.set(w, node);
      }
      node.children ??= new Map();
      level = node.children;
    }
    if (!node) return;
    node.hits ??= [];
    if (!node.hits.some((h) => h.entity === hit.entity)) node.hits.push(hit);
  }

  /** The longest alias starting at token `first`, trying each proclitic reading. */
  longestAt(tokens: readonly Token[], first: number): GazetteerMatch | undefined {
    const token = tokens[first];
    if (!token) return undefined;
    let best: GazetteerMatch | undefined;
    for (const reading of token.readings) {
      let node = this.root.get(reading.key);
      let last = first + 1;
      while (node) {
        if (node.hits && (!best || last > best.last)) {
          best = { first, last, skip: reading.skip, hits: node.hits };
        }
        const next = tokens[last];
        if (!next?.tight || !node.children) break;
        node = node.children.get(next.text);
        last++;
      }
    }
    return best;
  }

  /** Whether some alias starts with `word`. */
  startsAlias(word: string): boolean {
    return this.root.has(word);
  }

  /** The hits of `word` (one token, no clitics) when it is a whole alias. */
  hitsOf(word: string): readonly AliasHit[] | undefined {
    return this.root.get(word)?.hits;
  }
}
