/**
 * Places named after a person: the name after an institution's head is the institution's, not an
 * official (جامعة الملك سعود، مطار حيدر علييف، مستشفى الملك فيصل, also with a title between). It
 * only removes official candidates there; it must never remove a place or an organisation, nor an
 * official separated from the head by a gap (a comma, a line).
 */

import type { TaggingDocument } from "../document.ts";
import { INSTITUTION } from "../lexicon.ts";

/** Pass: drops officials that name an institution. */
export function institutionNames(doc: TaggingDocument): void {
  doc.candidates = doc.candidates.filter((c) => c.type !== "official" || !namesAPlace(doc, c.first));
}

/** Whether the name at `first` follows an institution's head, maybe with a title between (مستشفى الملك فيصل). */
function namesAPlace({ tokens, cues, lex }: TaggingDocument, first: number): boolean {
  const title = first > 1 && lex.titleWords.has(tokens[first - 1]!.text) ? 1 : 0;
  return first - title > 0 && (cues[first - title - 1]! & INSTITUTION) !== 0 && tokens[first - title]!.tight;
}
