/**
 * A known official named with more of his lineage than the knowledge base's alias: «الأمير محمد بن سلمان
 * بن عبد العزيز»، «السيد شهاب بن طارق آل سعيد». The mention takes the whole chain (بن، آل and the names
 * after them stay inside a name). Run last, so that the later-mention forms are made from the alias the
 * page matched, not from a grandfather's name (عبد العزيز alone is another man).
 */

import type { TaggingDocument } from "../document.ts";
import { nameEnd } from "../names.ts";
import { normalizeKey } from "../normalize.ts";

/** Words that go on with a lineage, normalised; not ابن, which after a name describes (ابن الشهيد، ابن عمه). */
const LINEAGE = new Set(["بن", "بنت", "آل"].map(normalizeKey));

export function lineage(doc: TaggingDocument): void {
  const { tokens, candidates } = doc;
  const starts = new Set(candidates.map((c) => c.first));
  for (const c of candidates) {
    if (c.type !== "official" || !c.kb) continue;
    const next = tokens[c.last];
    if (!next?.tight || !LINEAGE.has(next.text)) continue;
    const end = nameEnd(doc, c.first, c.skip);
    if (end <= c.last + 1) continue;
    // Someone the page names on his own right after (وعبد الله بن …) is not this man's lineage.
    let other = false;
    for (let k = c.last + 1; k < end; k++) if (starts.has(k)) other = true;
    if (!other) c.last = end;
  }
}
