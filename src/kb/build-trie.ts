/**
 * Build time: the alias trie as the flat arrays the tagger's Gazetteer reads (src/tagger/gazetteer.ts),
 * nodes numbered breadth first. Hits keep the order the aliases came in, one a node for each entity
 * (the first alias wins), as the tagger's rules rely on.
 */

import type { TrieArrays } from "../tagger/gazetteer.ts";

interface BuildNode {
  readonly children: Map<number, BuildNode>;
  readonly hits: { entity: number; flags: number }[];
}

const newNode = (): BuildNode => ({ children: new Map(), hits: [] });
const byWord = (level: Map<number, BuildNode>) => [...level].sort(([a], [b]) => a - b);

/** `aliases` are [normalised alias, entity, flags]; `wordId` gives each alias word's id in the word table. */
export function buildTrie(
  aliases: Iterable<readonly [string, number, number]>,
  wordId: (word: string) => number,
  wordCount: number,
): TrieArrays {
  const root = new Map<number, BuildNode>();
  for (const [alias, entity, flags] of aliases) {
    let level = root;
    let node: BuildNode | undefined;
    for (const word of alias.split(" ")) {
      const id = wordId(word);
      if (id < 0) throw new Error(`the word table lacks «${word}» of the alias «${alias}»`);
      node = level.get(id) ?? newNode();
      level.set(id, node);
      level = node.children;
    }
    if (node && !node.hits.some((h) => h.entity === entity)) node.hits.push({ entity, flags });
  }

  // Breadth first: the one-word nodes, then each node's children in turn, so that edge k leads to node
  // (one-word nodes) + k.
  const rootChild = new Int32Array(wordCount).fill(-1);
  const rootWords = new Uint32Array((wordCount >>> 5) + 1);
  const order: BuildNode[] = [];
  for (const [word, node] of byWord(root)) {
    rootChild[word] = order.length;
    rootWords[word >>> 5]! |= 1 << (word & 31);
    order.push(node);
  }
  const childStart = [0];
  const edgeWords: number[] = [];
  for (let n = 0; n < order.length; n++) {
    for (const [word, child] of byWord(order[n]!.children)) {
      edgeWords.push(word);
      order.push(child);
    }
    childStart.push(edgeWords.length);
  }
  const hitCounts = new Uint8Array(order.length);
  const hitEntity: number[] = [];
  const hitFlags: number[] = [];
  order.forEach((node, n) => {
    if (node.hits.length > 255) throw new Error("more than 255 entities share one alias");
    hitCounts[n] = node.hits.length;
    for (const hit of node.hits) {
      hitEntity.push(hit.entity);
      hitFlags.push(hit.flags);
    }
  });
  return {
    rootChild,
    rootWords,
    childStart: Uint32Array.from(childStart),
    edgeWord: Uint32Array.from(edgeWords),
    hitCounts,
    hitEntity: Uint32Array.from(hitEntity),
    hitFlags: Uint8Array.from(hitFlags),
  };
}
