/**
 * Common words from an annotated corpus: words seen outside any entity, and rarely (under a tenth
 * as often) inside one. The tagger uses them to tell names from ordinary words.
 */

import type { ConllDocument } from "../src/cli/conll.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";

const MIN_COUNT = 1;

export function deriveCommonWords(docs: readonly ConllDocument[]): string[] {
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const doc of docs) {
    doc.tags.forEach((tag, i) => {
      const word = normalizeKey(doc.text.slice(doc.tokenStarts[i], doc.tokenEnds[i]));
      if (!/^[\u0621-\u064a]{2,}$/.test(word)) return;
      const counts = tag === "O" ? outside : inside;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    });
  }
  return [...outside]
    .filter(([w, n]) => n >= MIN_COUNT && (inside.get(w) ?? 0) * 10 < n)
    .map(([w]) => w)
    .sort();
}
