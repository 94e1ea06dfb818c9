/**
 * Datelines: a story opens with where it was filed, then a dash (مسقط - العمانية - قال…، كان - أعلن…).
 * A known place there is the place, also one whose name is a common word and needs support elsewhere
 * (مسقط «falling», الأبيض «white», كان «was»).
 */

import type { TaggingDocument } from "../document.ts";
import type { GazetteerMatch } from "../gazetteer.ts";

/** Most words of a dateline's place (باندا آتشيه، الدار البيضاء). */
const MAX_DATELINE_WORDS = 3;
/** A dash with space around it: a hyphen inside a name (كيم جونغ-إيل) has none. */
const SPACED_DASH = /^\s+[-–—]\s+$/;

/** Whether a match opens the text or a line and a spaced dash follows it. */
export function atDateline({ tokens, norm }: TaggingDocument, m: GazetteerMatch): boolean {
  if (m.skip > 0 || m.last - m.first > MAX_DATELINE_WORDS) return false;
  const before = m.first === 0 ? "\n" : norm.text.slice(tokens[m.first - 1]!.end, tokens[m.first]!.start);
  const next = tokens[m.last];
  if (!before.includes("\n") || !next) return false;
  return SPACED_DASH.test(norm.text.slice(tokens[m.last - 1]!.end, next.start));
}
