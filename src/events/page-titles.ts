/**
 * Officials named by a title alone that the page set beside their name elsewhere (issue 15, Build 3):
 * «رئيس مجلس النواب» alone is the page's Berri when the page wrote «نبيه بري رئيس مجلس النواب»;
 * «جلالته» or «جلالة الملك» is the official the page called «جلالة الملك عبدالله». A title is its
 * office head and the word after it (رئيس مجلس، النائب الأول، الأمين العام); it names someone only
 * when one person on the page carries it, and only where no name follows it.
 */

import type { Mention } from "../tagger/types.ts";
import { fold } from "./forms.ts";
import { EVENT_WORDS } from "./words.generated.ts";

const stem = (word: string) => fold(word).replace(/ة/g, "ه");
const HEADS = new Set(EVENT_WORDS.officeHeads.map(stem));
const HONORIFICS = new Set(EVENT_WORDS.honorificWords.map(stem));
/** How many words around a name the page's title of it may span. */
const BEFORE = 6;
const AFTER = 8;
/** How far after a title a name may follow: then the title is that name's, not a reference. */
const NAME_AFTER = 4;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
}

interface Head {
  readonly head: string;
  readonly honorific: boolean;
  /** A pronoun glued to it (جلالته، سموه): it refers back, as «جلالة ه» does. */
  readonly pronoun: boolean;
}

/** The head or honorific a word is, under a glued conjunction, preposition, article or pronoun. */
function headOf(word: string): Head | null {
  const w = stem(word);
  for (const a of [w, w.replace(/^[وف]/, "")])
    for (const [b, pronoun] of [
      [a, false],
      [a.replace(/ت(?:ه|ها)$/, "ه"), true],
      [a.replace(/(?:ه|ها)$/, ""), true],
    ] as const)
      for (const c of [b, b.replace(/^(?:لل|ب|ل)/, "")])
        for (const d of [c, c.replace(/^ال/, "")]) {
          const glued = pronoun && b !== a;
          if (HONORIFICS.has(d)) return { head: d, honorific: true, pronoun: glued };
          if (HEADS.has(d) && !glued) return { head: d, honorific: false, pronoun: false };
        }
  return null;
}

const bare = (word: string) => stem(word).replace(/^[وف]?(?:ل|ب)?(?:ال)?/, "");

/** The title keys a run of words holds: «hon:جلاله» for an honorific, «رئيس مجلس» for an office. */
function keysIn(words: readonly Word[]): string[] {
  const keys: string[] = [];
  words.forEach((word, i) => {
    const found = headOf(word.text);
    if (!found) return;
    if (found.honorific) keys.push(`hon:${found.head}`);
    else if (words[i + 1]) keys.push(`${found.head} ${bare(words[i + 1]!.text)}`);
  });
  return keys;
}

export class PageTitles {
  private readonly holders = new Map<string, Map<string, Mention>>();
  private readonly officials: readonly Mention[];

  constructor(
    private readonly text: string,
    mentions: readonly Mention[],
  ) {
    this.officials = mentions.filter((m) => m.type === "official");
    for (const m of this.officials) {
      const around = [
        ...this.span(wordsOf(text, Math.max(0, m.start - 80), m.start).slice(-BEFORE)),
        ...this.span(wordsOf(text, m.end, Math.min(text.length, m.end + 120)).slice(0, AFTER), true),
        ...wordsOf(m.role ?? "", 0, (m.role ?? "").length),
      ];
      for (const key of keysIn(around)) {
        if (!this.holders.has(key)) this.holders.set(key, new Map());
        this.holders.get(key)!.set(m.entity, m);
      }
    }
  }

  /** The words up to the nearest punctuation or other name, on the side away from the name. */
  private span(words: Word[], after = false): Word[] {
    const stop = (w: Word) => /^[،,.:؛;"«»()]$/.test(w.text) || this.officials.some((o) => o.start === w.start);
    if (after) {
      const end = words.findIndex(stop);
      return end < 0 ? words : words.slice(0, end);
    }
    const from = words.map(stop).lastIndexOf(true);
    return words.slice(from + 1);
  }

  /**
   * Title-only references in [start, end) that one person on the page fits, as mentions of that person;
   * an honorific with a pronoun may also mean `topic`, the official the story has been about.
   */
  referencesIn(start: number, end: number, topic?: string): Mention[] {
    const words = wordsOf(this.text, start, end);
    const found: Mention[] = [];
    words.forEach((word, i) => {
      const head = headOf(word.text);
      if (!head || this.officials.some((o) => o.start <= word.start && word.start < o.end)) return;
      const next = words[i + 1];
      const nameFollows = this.officials.some(
        (o) => o.start >= word.end && o.start <= (words[i + NAME_AFTER]?.end ?? end),
      );
      // «X رئيس مفوضية الاتحاد»: a title right after a name is that name's apposition, not a reference.
      const nameBefore = this.officials.some((o) => o.end <= word.start && word.start - o.end <= 3);
      if (nameFollows || nameBefore) return;
      const pronoun = head.honorific && (head.pronoun || /^(ه|ها)$/.test(next?.text ?? ""));
      const key = head.honorific
        ? pronoun || next
          ? `hon:${head.head}`
          : null
        : next
          ? `${head.head} ${bare(next.text)}`
          : null;
      const holders = key ? this.holders.get(key) : undefined;
      // «كما تلقى سعادته»: among several holders of an honorific, its pronoun means the one the story is about.
      const holder =
        holders?.size === 1 ? [...holders.values()][0]! : pronoun && topic ? holders?.get(topic) : undefined;
      if (!holder) return;
      const last = head.honorific && !pronoun ? word : (next ?? word);
      found.push({
        ...holder,
        start: word.start,
        end: last.end,
        text: this.text.slice(word.start, last.end),
        evidence: "title",
      });
    });
    return found;
  }
}
