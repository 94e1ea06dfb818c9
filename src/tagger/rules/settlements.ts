/**
 * Settlements the knowledge base lacks: one or two unknown words after a settlement word
 * (بلدة كفر كلا، مخيم جنين، حي الجمالية). Guesses, so only offered when the learned filter is there
 * to judge them. It must never run past a compass word (حي البياع جنوب بغداد ends at البياع), take an
 * ال-word as the second word, or take a word a KB match or a candidate holds.
 */

import { coveredTokens, tokenName } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { SETTLEMENT } from "../lexicon.ts";

/** Pass: unknown names after settlement words, as new places (only with the learned filter). */
export function settlements(doc: TaggingDocument): void {
  if (!doc.filtered) return;
  const { tokens, cues, lex, words, matchAt, candidates } = doc;
  const covered = coveredTokens(candidates);
  const unknown = (i: number) =>
    !!tokens[i]?.tight && !covered.has(i) && !matchAt.has(i) && words.isNameWord(tokens[i]!.text, false);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(cues[i]! & SETTLEMENT) || !unknown(i + 1)) continue;
    const second = tokens[i + 2]?.text ?? "";
    const last = unknown(i + 2) && !second.startsWith("ال") && !lex.lists.directions.has(second) ? i + 3 : i + 2;
    const name = tokenName(tokens, i + 1, last);
    candidates.push({
      type: "place",
      first: i + 1,
      last,
      skip: 0,
      entity: `new:${name}`,
      name,
      evidence: "settlement",
    });
  }
}
