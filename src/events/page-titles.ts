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
const PUNCTUATION = /^[،,.:؛;"«»()]$/;

interface Word {
  readonly text: string;
  /** The word folded, ة as ه: what the tables are keyed by. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** The words of [start, end) of a text, keyed by the same stretch of its stemmed form. */
function wordsOf(text: string, stemmed: string, start: number, end: number): Word[] {
  return [...text.slice(start, end).matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    key: stemmed.slice(start + m.index, start + m.index + m[0].length),
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

/**
 * Every written form of a head or honorific, under a glued conjunction (و ف), preposition (بـ لـ),
 * article (ال، لل) or, for an honorific, pronoun (جلالته، سموه): one table lookup a word.
 */
const FORMS = new Map<string, Head>();
for (const [list, honorific] of [
  [HEADS, false],
  [HONORIFICS, true],
] as const)
  for (const head of list) {
    const bodies: [string, boolean][] = [[head, false]];
    if (honorific) {
      const before = head.endsWith("ه") ? `${head.slice(0, -1)}ت` : head;
      bodies.push([`${before}ه`, true], [`${before}ها`, true]);
    }
    for (const [body, pronoun] of bodies)
      for (const withArticle of [body, `ال${body}`, `لل${body}`])
        for (const withPreposition of withArticle.startsWith("لل")
          ? [withArticle]
          : ["", "ب", "ل"].map((p) => p + withArticle))
          for (const conjunction of ["", "و", "ف"])
            if (!FORMS.has(conjunction + withPreposition))
              FORMS.set(conjunction + withPreposition, { head, honorific, pronoun });
  }

/** The head or honorific a word is, under its clitics. */
const headOf = (word: Word): Head | null => FORMS.get(word.key) ?? null;

/** The head of a government is written either way: «رئيس الحكومة» is «رئيس الوزراء». */
const SAME_OFFICE = new Map([["حكومه", "وزراء"]]);
/** A word under its conjunction and preposition, the article kept. */
const withArticle = (word: Word) => word.key.replace(/^[وف]?(?:ل|ب)?/, "");
const bare = (word: Word) => {
  const noun = withArticle(word).replace(/^ال/, "");
  return SAME_OFFICE.get(noun) ?? noun;
};

/** The title keys a run of words holds: «hon:جلاله» for an honorific, «رئيس مجلس» for an office. */
function keysIn(words: readonly Word[]): string[] {
  const keys: string[] = [];
  words.forEach((word, i) => {
    const found = headOf(word);
    if (!found) return;
    if (found.honorific) keys.push(`hon:${found.head}`);
    else if (words[i + 1]) keys.push(`${found.head} ${bare(words[i + 1]!)}`);
  });
  return keys;
}

/**
 * The words of the title nearest a name: from the last head with the article (الرئيس الفرنسي in
 * «والتقى رئيس الوزراء الرئيس الفرنسي X»), which starts a title of its own; a head in construct
 * (نائب رئيس الوزراء) continues the one before.
 */
function ownTitle(words: readonly Word[]): readonly Word[] {
  for (let i = words.length - 1; i > 0; i--) {
    const head = headOf(words[i]!);
    // An honorific before the head is part of its title (جلالة الملك).
    if (head && !head.honorific && withArticle(words[i]!).startsWith("ال") && !headOf(words[i - 1]!)?.honorific)
      return words.slice(i);
  }
  return words;
}

export class PageTitles {
  private readonly holders = new Map<string, Map<string, Mention>>();
  private readonly officials: readonly Mention[];
  /** The page with its hamza seats, alif maqsura and ta marbuta folded (same offsets), for lookups. */
  private readonly stemmed: string;
  private readonly nameStarts: ReadonlySet<number>;

  constructor(
    private readonly text: string,
    mentions: readonly Mention[],
  ) {
    this.officials = mentions.filter((m) => m.type === "official");
    this.stemmed = stem(text);
    this.nameStarts = new Set(this.officials.map((o) => o.start));
    for (const m of this.officials) {
      const around = [
        ...ownTitle(this.span(wordsOf(text, this.stemmed, Math.max(0, m.start - 80), m.start).slice(-BEFORE))),
        ...this.span(wordsOf(text, this.stemmed, m.end, Math.min(text.length, m.end + 120)).slice(0, AFTER), true),
        ...ownTitle(wordsOf(m.role ?? "", stem(m.role ?? ""), 0, (m.role ?? "").length)),
      ];
      for (const key of keysIn(around)) {
        if (!this.holders.has(key)) this.holders.set(key, new Map());
        this.holders.get(key)!.set(m.entity, m);
      }
    }
  }

  /** The words up to the nearest punctuation or other name, on the side away from the name. */
  private span(words: Word[], after = false): Word[] {
    const stop = (w: Word) => PUNCTUATION.test(w.text) || this.nameStarts.has(w.start);
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
    // Only the clauses of event words are read, each word one table lookup.
    const words = wordsOf(this.text, this.stemmed, start, end);
    const found: Mention[] = [];
    words.forEach((word, i) => {
      const head = FORMS.get(word.key);
      const reference = head ? this.reference(words, i, head, end, topic) : null;
      if (reference) found.push(reference);
    });
    return found;
  }

  private reference(words: readonly Word[], i: number, head: Head, end: number, topic?: string): Mention | null {
    const word = words[i]!;
    if (this.officials.some((o) => o.start <= word.start && word.start < o.end)) return null;
    const next = words[i + 1] && words[i + 1]!.start < end ? words[i + 1] : undefined;
    // A name after another title (رئيس الوزراء الرئيس الفرنسي X) is that title's.
    const nextHead = words.findIndex((w, j) => j > i + 1 && FORMS.has(w.key));
    const reach = Math.min(words[i + NAME_AFTER]?.end ?? end, nextHead > 0 ? words[nextHead]!.start : end, end);
    const nameFollows = this.officials.some((o) => o.start >= word.end && o.start <= reach);
    // «X رئيس مفوضية الاتحاد»: a title right after a name is that name's apposition, not a reference.
    const nameBefore = this.officials.some((o) => o.end <= word.start && word.start - o.end <= 3);
    if (nameFollows || nameBefore) return null;
    const pronoun = head.honorific && (head.pronoun || /^(ه|ها)$/.test(next?.text ?? ""));
    const key = head.honorific
      ? pronoun || next
        ? `hon:${head.head}`
        : null
      : next
        ? `${head.head} ${bare(next)}`
        : null;
    const holders = key ? this.holders.get(key) : undefined;
    // «كما تلقى سعادته»: among several holders of an honorific, its pronoun means the one the story is about.
    const holder = holders?.size === 1 ? [...holders.values()][0]! : pronoun && topic ? holders?.get(topic) : undefined;
    if (!holder) return null;
    const last = head.honorific && !pronoun ? word : (next ?? word);
    return {
      ...holder,
      start: word.start,
      end: last.end,
      text: this.text.slice(word.start, last.end),
      evidence: "title",
    };
  }
}
