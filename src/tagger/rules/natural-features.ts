/**
 * Natural features the knowledge base lacks: an unknown name after the head of a natural feature
 * (geo-heads.txt) is a place, with its head (نهر دنيبرو) except an island's (جزيرة نيكوبار is
 * نيكوبار), as the annotated corpus has them. It must never take a known place after a head (that is
 * simply the place, kb-matches.ts and place-extent.ts), nor an ordinary word (بحر الأسبوع).
 */

import type { TaggingDocument } from "../document.ts";
import { GEO_HEAD } from "../lexicon.ts";
import { writtenAs } from "../names.ts";

/** Pass: head + unknown name, as a new place. */
export function naturalFeatures(doc: TaggingDocument): void {
  const { tokens, cues, lex, words, matchAt, candidates } = doc;
  tokens.forEach((t, i) => {
    if (!(cues[i]! & GEO_HEAD)) return;
    const next = tokens[i + 1];
    const head = t.readings.find((r) => lex.geoHeads.has(r.key));
    if (!head || !next?.tight || matchAt.has(i + 1) || !words.isNameWord(next.text, false)) return;
    // وأدى اليمين «and took the oath»: normalising reads the verb أدّى as وادي «valley»; a head never has hamza.
    if (/[أإ]/.test(writtenAs(doc, t))) return;
    const outside = lex.lists.headsOutside.has(head.key);
    const name = outside ? next.text : `${t.text.slice(head.skip)} ${next.text}`;
    candidates.push({
      type: "place",
      first: outside ? i + 1 : i,
      last: i + 2,
      skip: outside ? 0 : head.skip,
      entity: `new:${name}`,
      name,
      evidence: "description",
    });
  });
}
