/**
 * Settlements the knowledge base lacks: one or two unknown words after a settlement word (بلدة كفر كلا،
 * مخيم جنين، حي الجمالية), a noun that opens place names and the word after it (مخيم عين الحلوة), or one
 * word each after a dual joined by و (بلدتي كفرنبل وحاس). Guesses, so only offered when the learned
 * filter is there to judge them. It must never run past a compass word (حي البياع جنوب بغداد ends at
 * البياع), take an ال-word as the second word unless after such a noun, or take a word a KB match or a
 * candidate holds.
 */

import { coveredTokens, tokenName } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { SETTLEMENT } from "../lexicon.ts";

/** Pass: unknown names after settlement words, as new places (only with the learned filter). */
export function settlements(doc: TaggingDocument): void {
  if (!doc.filtered) return;
  const { tokens, cues, lex, words, matchAt, candidates } = doc;
  const covered = coveredTokens(candidates);
  const free = (i: number) => !!tokens[i]?.tight && !covered.has(i) && !matchAt.has(i);
  const unknown = (i: number) => free(i) && words.isNameWord(tokens[i]!.text, false);
  const guess = (first: number, last: number, skip = 0) => {
    const name = tokenName(tokens, first, last).slice(skip);
    candidates.push({ type: "place", first, last, skip, entity: `new:${name}`, name, evidence: "settlement" });
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(cues[i]! & SETTLEMENT)) continue;
    // مخيم عين الحلوة، بلدة بيت أمر: a noun that opens place names takes the next word, article or not.
    const opener = free(i + 1) && lex.lists.toponymHeads.has(tokens[i + 1]!.text);
    if (!opener && !unknown(i + 1)) continue;
    const second = tokens[i + 2]?.text ?? "";
    // بلدتي كفر كلا والخيام، ولايتي كسلا والقضارف: a dual's two places, one word each, joined by و.
    if (DUAL.test(tokens[i]!.text) && second.startsWith("و")) {
      guess(i + 1, i + 2);
      if (unknown(i + 2) && !lex.given.has(second.slice(1))) guess(i + 2, i + 3, 1);
      continue;
    }
    const joins = opener ? !!tokens[i + 2]?.tight && !covered.has(i + 2) : unknown(i + 2) && !second.startsWith("ال");
    const last = joins && !lex.lists.directions.has(second) ? i + 3 : i + 2;
    if (opener && last === i + 2) continue;
    // مدينة السادس من أكتوبر: one word of the dictionary alone is the word, not a town's name.
    if (last === i + 2 && words.isCommon(tokens[i + 1]!.text)) continue;
    guess(i + 1, last);
  }
}

/** A settlement word in the dual, in construct (بلدتي، قريتي، محافظتي). */
const DUAL = /تي$/;
