/**
 * A predecessor named after «خلفا لـ» (in succession to): «عين فلان محافظا، خلفا لمحمد كامل الدسوقي». Who
 * is succeeded in an office held it: a name of two words or more glued to the ل is an official. It must
 * never take the ل's word when it is no name (خلفا للراحل، خلفا للوزير: a title, not a name).
 */

import type { TaggingDocument } from "../document.ts";
import { coveredTokens } from "../candidates.ts";
import { unknownOfficial } from "../names.ts";

export function successions(doc: TaggingDocument): void {
  const { tokens, words } = doc;
  const covered = coveredTokens(doc.candidates);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^و?خلفا$/.test(tokens[i]!.text)) continue;
    const next = tokens[i + 1]!;
    if (!next.tight || !next.text.startsWith("ل") || next.text.startsWith("لل") || covered.has(i + 1)) continue;
    if (!words.mayBeFirstName(next.text.slice(1))) continue;
    const c = unknownOfficial(doc, i + 1, undefined, undefined, "description", 2, 1);
    if (c) doc.candidates.push(c);
  }
}
