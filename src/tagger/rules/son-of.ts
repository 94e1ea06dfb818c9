/**
 * Someone's son or daughter. «راشد بن محمد بن راشد آل مكتوم» is not محمد بن راشد: a known official's
 * name after «X بن» (or «X بنت») names his child, someone else; the candidate grows to the whole name,
 * as an official the knowledge base does not know. It must never grow over a word that cannot start
 * a name (a title, an ال-word, a common word): «الأمير بن سلمان» stays.
 */

import type { Candidate } from "../candidates.ts";
import { tokenName } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { nameEnd } from "../names.ts";

/** Pass: every official candidate after «X بن» becomes X's whole name. */
export function sonOf(doc: TaggingDocument): void {
  for (const c of doc.candidates) growToChild(doc, c);
}

function growToChild(doc: TaggingDocument, c: Candidate): void {
  const { tokens, words } = doc;
  if (c.type !== "official" || c.skip !== 0) return;
  let first = c.first;
  while (
    first >= 2 &&
    tokens[first]!.tight &&
    (tokens[first - 1]!.text === "بن" || tokens[first - 1]!.text === "بنت") &&
    tokens[first - 1]!.tight &&
    words.isNameWord(tokens[first - 2]!.text, true)
  ) {
    first -= 2;
  }
  if (first === c.first) return;
  // وراشد بن محمد: the conjunction stays outside the name; وليد is a name of its own.
  const head = tokens[first]!.text;
  const skip = /^[وف]/.test(head) && !doc.lex.given.has(head) ? 1 : 0;
  const last = Math.max(c.last, nameEnd(doc, first, skip));
  const name = tokenName(tokens, first, last).slice(skip);
  Object.assign(c, { first, last, skip, entity: `new:${name}`, name, kb: undefined, role: undefined });
}
