/**
 * A predecessor named after «خلفا لـ» (in succession to): «عين فلان محافظا، خلفا لمحمد كامل الدسوقي». Who
 * is succeeded in an office held it: a name of two words or more glued to the ل is an official. It must
 * never take the ل's word when it is no name (خلفا للراحل، خلفا لشيخ الأزهر: a title, not a name), nor a
 * predecessor where no state's office is named (a coach's, an editor's).
 */

import type { TaggingDocument } from "../document.ts";
import { coveredTokens } from "../candidates.ts";
import { procliticApart } from "../clitics.ts";
import { unknownOfficial } from "../names.ts";
import { titleAt } from "./titles.ts";
import { STATE_OFFICES } from "./unknown-officials.ts";

export function successions(doc: TaggingDocument): void {
  const { tokens, words, lex } = doc;
  const covered = coveredTokens(doc.candidates);
  let sentenceFirst = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.sentenceStart) sentenceFirst = i;
    if (!/^و?خلفا$/.test(tokens[i]!.text)) continue;
    // خلفا ل محمد: a segmenter writes the ل apart; the name is the word after it.
    const apart = procliticApart(tokens, i + 1, "ل");
    const at = apart ? i + 2 : i + 1;
    const next = tokens[at];
    if (!next?.tight || (!apart && (!next.text.startsWith("ل") || next.text.startsWith("لل"))) || covered.has(at))
      continue;
    const first = apart ? next.text : next.text.slice(1);
    if (!words.mayBeFirstName(first) || lex.titleWords.has(first)) continue;
    // Only a state's office is handed on so: a title the rules read, or a minister's, a governor's or an
    // ambassador's accusative, earlier in the sentence (مدربا للمنتخب خلفا لفلان is a coach's).
    if (!officeBefore(doc, sentenceFirst, i)) continue;
    const c = unknownOfficial(doc, at, undefined, undefined, "description", 2, apart ? 0 : 1);
    if (c) doc.candidates.push(c);
  }
}

/** A public title or a state office's accusative (وزيرا، محافظا، سفيرا، واليا) between `from` and `to`. */
function officeBefore(doc: TaggingDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = doc.tokens[k]!.text;
    if (STATE_OFFICES.test(text) || AMBASSADOR.test(text) || titleAt(doc, k)) return true;
  }
  return false;
}

/** سفيرا، سفيرة: handed on by a state, though over an organisation it may be no state's office. */
const AMBASSADOR = /^سفير[اه]$/;
