/**
 * A construct title told with ل: «المدير العام لجهاز المخابرات» for «مدير جهاز المخابرات», «المدير السابق
 * للأمن العام» for «مدير الأمن». The head takes the article, up to two adjectives may follow it (العام،
 * السابق، الجديد), and the complement comes glued to ل. Only for titles.txt's construct titles of two
 * words, whose head alone may be anyone's (المدير: a company's too).
 */

import type { TaggingDocument } from "./document.ts";
import { TITLE_START } from "./lexicon.ts";

/** Most adjectives between the head and the ل of its complement. */
const MAX_ADJECTIVES = 2;

/** The heads with the article of the construct titles of two words (مدير جهاز → المدير). */
export function lamTitleHeads(titles: readonly string[]): string[] {
  const heads = new Set<string>();
  for (const title of titles) {
    const words = title.split(" ");
    if (words.length === 2 && !words[0]!.startsWith("ال")) heads.add(`ال${words[0]}`);
  }
  return [...heads];
}

/** The head's span [i, last) when a construct title told with ل starts at token `i`. */
export function lamTitleAt(doc: TaggingDocument, i: number): { first: number; last: number; skip: 0 } | undefined {
  const { tokens, lex, words, cues } = doc;
  const text = tokens[i]!.text;
  if (!text.startsWith("ال")) return undefined;
  const head = text.slice(2);
  for (let k = i + 1; k <= i + 1 + MAX_ADJECTIVES && tokens[k]?.tight; k++) {
    const t = tokens[k]!;
    for (const r of t.readings) {
      if (r.skip === 0 || !t.text.startsWith("ل")) continue;
      // لجهاز: ل + جهاز; للأمن: ل + الأمن (the article's alif dropped), the title's complement with or without it.
      const bare = r.key.startsWith("ال") ? r.key.slice(2) : r.key;
      if (lex.titleSet.has(`${head} ${bare}`) || lex.titleSet.has(`${head} ال${bare}`))
        return { first: i, last: k + 1, skip: 0 };
    }
    // العام، السابق: an adjective with the article, no title's word.
    if (!t.text.startsWith("ال") || !words.isCommon(t.text) || cues[k]! & TITLE_START) return undefined;
  }
  return undefined;
}
