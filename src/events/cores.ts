/**
 * The cores of event words (زيار، لقا، اتصل): what every written form of a list's word holds, whatever
 * clitics surround it (forms.ts). Most sentences hold none, and one scan tells so; where they stand, a
 * rule's full pattern is tried only at the few letters before each of its cores, where its clitics
 * start, rather than at every letter of the sentence.
 */

import { eighthFormCut, fold } from "./forms.ts";
import { escapeRegExp } from "./regexp.ts";

/**
 * How many letters before its core a form may start: the longest clitics are «و » and «سوف » before a
 * verb, «و ب ال» before a noun, and an eighth form's first letters (اج تماع) before its core: nine.
 */
const PREFIX_REACH = 12;

/** The cores of a list's words, longest first: a word's first word, without its final ة ه ء or a cut-off start. */
export function coresOf(words: readonly string[]): string[] {
  const cores = words.flatMap((word) => {
    const first = fold(word).split(" ")[0]!;
    // A word that may be cut in two (اج تماع) is looked for by what follows the cut.
    const core = first.slice(eighthFormCut(first)).replace(/(?:[ةه]|ء)$/, "");
    // A final ى is written ا before a pronoun (التقاه).
    return word.split(" ")[0]!.endsWith("ى") ? [core, `${core.slice(0, -1)}ا`] : [core];
  });
  return [...new Set(cores)].sort((a, b) => b.length - a.length);
}

export class CoreIndex {
  /** Any core of any list. */
  readonly any: RegExp;
  private readonly every: RegExp;
  /** The length of the shortest core: each core is filed under its first letters of that length. */
  private readonly prefixLength: number;
  /** Each core, under its first letters, with the lists it belongs to. */
  private readonly byPrefix = new Map<string, [core: string, lists: number[]][]>();

  constructor(lists: readonly (readonly string[])[]) {
    const all = [...new Set(lists.flat())];
    // A core that begins with a shorter one starts where that one does: the scan needs the shorter alone.
    const shortest = all.filter((core) => !all.some((other) => other.length < core.length && core.startsWith(other)));
    this.any = new RegExp(shortest.map(escapeRegExp).join("|"));
    this.every = new RegExp(this.any.source, "g");
    this.prefixLength = Math.min(...all.map((core) => core.length));
    for (const core of all) {
      const prefix = core.slice(0, this.prefixLength);
      const filed = this.byPrefix.get(prefix) ?? [];
      this.byPrefix.set(prefix, filed);
      filed.push([core, lists.flatMap((cores, list) => (cores.includes(core) ? [list] : []))]);
    }
  }

  /** Where the cores of each list start in the folded sentence, in order; a list with none is absent. */
  find(folded: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    this.every.lastIndex = 0;
    for (let at = this.every.exec(folded); at; at = this.every.exec(folded)) {
      for (const [core, lists] of this.byPrefix.get(folded.slice(at.index, at.index + this.prefixLength))!) {
        if (!folded.startsWith(core, at.index)) continue;
        for (const list of lists) {
          const positions = found.get(list) ?? [];
          if (positions[positions.length - 1] !== at.index) positions.push(at.index);
          found.set(list, positions);
        }
      }
      // Cores may overlap (اتصال، تصل): look again from the next letter.
      this.every.lastIndex = at.index + 1;
    }
    return found;
  }
}

/**
 * The matches of a sticky pattern whose every match holds one of its cores, given where those start:
 * the same matches, left to right and none overlapping, as a global search along the folded sentence.
 */
export function matchesNear(sticky: RegExp, folded: string, cores: readonly number[]): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (const core of cores) {
    for (let at = Math.max(from, core - PREFIX_REACH); at <= core; at++) {
      sticky.lastIndex = at;
      const match = sticky.exec(folded);
      if (!match) continue;
      matches.push(match);
      from = match.index + match[0].length;
      at = from - 1;
    }
  }
  return matches;
}
