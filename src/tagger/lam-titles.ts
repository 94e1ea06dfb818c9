/**
 * A construct title told with ل: «المدير السابق لجهاز المخابرات» for «مدير جهاز المخابرات», «المدير العام
 * للأمن العام» for «مدير الأمن». The head takes the article, up to two adjectives may follow it (العام،
 * السابق), and the complement comes glued to ل, as titles.txt writes it (للوكالة is no «مدير وكالة»: with
 * the article it may be any agency the page names). Only for construct titles of two words whose head is
 * no title alone (المدير، المساعد، الوكيل: a company's too) and whose complement is a body, not a person's
 * title (المساعد الشخصي للوزير فلان is the minister). No adjective of a private office (التنفيذي).
 */

import type { TaggingDocument } from "./document.ts";
import { TITLE_START } from "./lexicon.ts";

/** Most adjectives between the head and the ل of its complement. */
const MAX_ADJECTIVES = 2;

/** The construct titles of two words told with ل: head and complement, the head no title alone. */
function lamTitles(titles: readonly string[]): [string, string][] {
  const alone = new Set(titles.filter((t) => !t.includes(" ")));
  const heads = new Set(titles.map((t) => t.split(" ")[0]!));
  const out: [string, string][] = [];
  for (const title of titles) {
    const words = title.split(" ");
    if (words.length !== 2) continue;
    const [head, complement] = words as [string, string];
    if (head.startsWith("ال") || alone.has(head) || alone.has(`ال${head}`)) continue;
    if (heads.has(complement) || complement.length < 3) continue;
    out.push([head, complement]);
  }
  return out;
}

/** The heads with the article (مدير جهاز → المدير): a title's start cue. */
export function lamTitleHeads(titles: readonly string[]): string[] {
  return [...new Set(lamTitles(titles).map(([head]) => `ال${head}`))];
}

/** The head's span [i, last) when a construct title told with ل starts at token `i`. */
export function lamTitleAt(doc: TaggingDocument, i: number): { first: number; last: number; skip: 0 } | undefined {
  const { tokens, lex, words, cues } = doc;
  const text = tokens[i]!.text;
  if (!text.startsWith("ال")) return undefined;
  const head = text.slice(2);
  for (let k = i + 1; k <= i + 1 + MAX_ADJECTIVES && tokens[k]?.tight; k++) {
    const t = tokens[k]!;
    if (t.text.startsWith("ل"))
      for (const r of t.readings) {
        // لجهاز: ل + جهاز; للأمن: ل + الأمن, the complement as the title writes it.
        if (r.skip > 0 && !lex.titleHeads.has(r.key) && lex.titleSet.has(`${head} ${r.key}`))
          return { first: i, last: k + 1, skip: 0 };
      }
    // العام، السابق: an adjective with the article, no title's word and no private office's (التنفيذي).
    if (!t.text.startsWith("ال") || !words.isCommon(t.text) || cues[k]! & TITLE_START) return undefined;
    if (lex.nonGovernment.has(t.text)) return undefined;
  }
  return undefined;
}
