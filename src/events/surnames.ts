/**
 * An official named once in full and later by the last word of the name alone (سيكو ليندكويست …
 * و سيلتقي ليندكويست اليوم): the later word names the same person, when one official on the page
 * has that last word. The tagger links surnames of the people the knowledge base knows; this links
 * those of the people it met on the page only.
 */

import type { Mention } from "../tagger/types.ts";
import { fold } from "./forms.ts";

const key = (word: string) => fold(word).replace(/ة/g, "ه");
/** Last words that are no surname: an ordinal (عبدالله الثاني) names a king's number, not him. */
const NOT_A_SURNAME = /^(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ابن|اب)$/;
/** Clitics glued to a surname: و ف ب ل. */
const CLITIC = /^[وفبل](?=\S{3})/;

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
    const keyed = key(text); // same offsets
    for (const word of text.matchAll(/\S+/g)) {
      const glued = CLITIC.test(word[0]) ? 1 : 0;
      const people = holders.get(keyed.slice(word.index + glued, word.index + word[0].length));
      if (!people || people.size !== 1 || inside(word.index)) continue;
      const start = word.index + glued;
      const holder = [...people.values()][0]!;
      found.push({
        ...holder,
        start,
        end: word.index + word[0].length,
        text: word[0].slice(glued),
        evidence: "coreference",
      });
    }
    this.found = found;
  }

  /** The surnames alone in [start, end), as mentions of their official. */
  referencesIn(start: number, end: number): Mention[] {
    return this.found.filter((m) => m.start >= start && m.start < end);
  }
}
