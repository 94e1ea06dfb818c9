/**
 * An official named once in full and later by the last word of the name alone (سيكو ليندكويست …
 * و سيلتقي ليندكويست اليوم): the later word names the same person, when one official on the page
 * has that last word. The tagger links surnames of the people the knowledge base knows; this links
 * those of the people it met on the page only.
 */

import type { Mention } from "../tagger/types.ts";
import { fold } from "./forms.ts";
import { escapeRegExp } from "./regexp.ts";

const key = (word: string) => fold(word).replace(/ة/g, "ه");
/** Last words that are no surname: an ordinal (عبدالله الثاني) names a king's number, not him. */
const NOT_A_SURNAME = /^(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ابن|اب)$/;

export class Surnames {
  private readonly found: readonly Mention[];

  constructor(text: string, mentions: readonly Mention[]) {
    const officials = mentions.filter((m) => m.type === "official");
    const holders = new Map<string, Map<string, Mention>>();
    for (const m of officials) {
      const words = m.text.split(/\s+/);
      const last = key(words[words.length - 1]!);
      if (words.length < 2 || last.length < 3 || NOT_A_SURNAME.test(last)) continue;
      if (!holders.has(last)) holders.set(last, new Map());
      holders.get(last)!.set(m.entity, m);
    }
    const inside = (at: number) => officials.some((o) => o.start <= at && at < o.end);
    const found: Mention[] = [];
    const surnames = [...holders].filter(([, people]) => people.size === 1).map(([surname]) => surname);
    if (surnames.length) {
      // One search for the page's few surnames, each a whole word with or without a glued clitic.
      const alone = new RegExp(`(?<!\\S)[وفبل]?(${surnames.map(escapeRegExp).join("|")})(?!\\S)`, "g");
      for (const match of key(text).matchAll(alone)) {
        const start = match.index + match[0].length - match[1]!.length;
        if (inside(start)) continue;
        const holder = [...holders.get(match[1]!)!.values()][0]!;
        const end = match.index + match[0].length;
        found.push({ ...holder, start, end, text: text.slice(start, end), evidence: "coreference" });
      }
    }
    this.found = found;
  }

  /** The surnames alone in [start, end), as mentions of their official. */
  referencesIn(start: number, end: number): Mention[] {
    return this.found.filter((m) => m.start >= start && m.start < end);
  }
}
