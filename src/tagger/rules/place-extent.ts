/**
 * The corpus's extent of a known place. A compass adjective joins it (أوروبا الغربية، أمريكا
 * الجنوبية), and so does a natural feature's head before it (بحيرة تشاد، نهر النيجر); a feature
 * named after a country, a city or a province is then an entity of its own (نهر النيجر is the river,
 * not the country). It must never pull in an island's head, which the corpus leaves outside
 * (جزيرة سومطرة is سومطرة), nor a head read across a gap or before a proclitic reading.
 */

import { type Candidate, tokenName } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";

/** Pass: every KB place candidate widened to the corpus's extent. */
export function widenPlaces(doc: TaggingDocument): void {
  for (const c of doc.candidates) widenPlace(doc, c);
}

function widenPlace({ tokens, lex }: TaggingDocument, c: Candidate): void {
  if (c.type !== "place" || !c.kb) return;
  const next = tokens[c.last];
  if (next?.tight && lex.lists.compassAdjectives.has(next.text)) c.last++;
  const before = tokens[c.first - 1];
  const head = before?.readings.find((r) => lex.geoHeads.has(r.key) && !lex.lists.headsOutside.has(r.key));
  if (c.skip !== 0 || !head || !tokens[c.first]!.tight) return;
  c.first--;
  c.skip = head.skip;
  if (c.kb.kind === "country" || c.kb.kind === "city" || c.kb.kind === "province") {
    // نهر النيجر is a river, not the country: an entity of its own.
    const name = tokenName(tokens, c.first, c.last).slice(head.skip);
    Object.assign(c, { entity: `new:${name}`, name, kb: undefined, country: c.kb.country });
  }
}
