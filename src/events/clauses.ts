/**
 * Sentences, and the clause each event word owns in its sentence: from the break after the previous
 * event word's clause to the break before the next one. A break is a comma or semicolon, or a
 * conjunction that opens a new clause (ثم، كما، فيما، بينما، حيث). Between two event words with no
 * break, the words between are the first one's (زار X بكين والتقى Y: X and Beijing are the visit's);
 * the second reaches them only through a pronoun or an omitted subject (participants.ts). Reported speech is cut off on both
 * sides: «أعلن X أن …» (the reporter before أن) and «…، كما قال X» (the reporter after the event),
 * and so is a quotation after the event word: what is quoted was said, not done.
 */

import { alternatives, CLAUSE_CONJUNCTIONS, fold, WORD_END, WORD_START } from "./forms.ts";
import type { TriggerMatch } from "./triggers.ts";
import { EVENT_WORDS } from "./words.generated.ts";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sentences end at . ! ? ؟ and line breaks; quotation and list marks stay with their sentence. */
export function sentencesOf(text: string): Span[] {
  const sentences: Span[] = [];
  const boundary = /[.!?؟]+(?=\s|$)|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + (match[0].startsWith("\n") ? 0 : match[0].length);
    if (text.slice(start, end).trim()) sentences.push({ start, end });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) sentences.push({ start, end: text.length });
  return sentences.map(({ start: s, end: e }) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    return { start: s, end: e };
  });
}

const CONJUNCTIONS = `(?:^|\\s)(?:[وف] ?)?(?:${CLAUSE_CONJUNCTIONS})(?=\\s)`;
/** «أما X فقد»: a topic, then فقد opening the comment about it. */
const TOPIC = /(?:^|\s)(?:و ?)?اما(?: [^\s،,؛;:]+){1,8} ?ف ?قد\s?$/;
/** Breaks between two event words: commas too, since a comma there ends the first one's clause. */
const BREAK = new RegExp(`[،,؛;]|${CONJUNCTIONS}`, "g");
/**
 * «، وكان X قد …»: a comma, then «كان» opening a verbal sentence of its own (the pluperfect's auxiliary),
 * never an apposition: a new main clause.
 */
const NEW_SENTENCE = `[،,]\\s*(?:[وف] ?)?(?:كان|كانت|كانا|كانتا|كانوا)(?=\\s)`;
/** Where a new main clause opens with «، وكان» in a sentence: a date on the other side of it is not the event's. */
export const NEW_MAIN_CLAUSE = new RegExp(NEW_SENTENCE, "g");
/**
 * Breaks before the first event word and after the last: a comma there only sets off an apposition,
 * unless «كان» opens a new clause after it; a colon ends a dateline (الدوحة - قنا :) or opens a quotation.
 */
const STRONG_BREAK = new RegExp(`[؛;:]|${NEW_SENTENCE}|${CONJUNCTIONS}`, "g");
const REPORTING = new RegExp(
  `${WORD_START}(?:[وف] ?)?(?:ك ?ما |حسبما |وفق ما )?(?:${alternatives(EVENT_WORDS.reportingVerbs)})${WORD_END}`,
  "g",
);
/** «وفق ما»، «حسبما»، «نقلا عن»: the source of a report, whatever its verb. */
const SOURCE = new RegExp(`${WORD_START}(?:[وف] ?)?(?:وفق ما|وفقا ل|حسبما|حسب ما|بحسب|نقلا عن)${WORD_END}`, "g");
/** «من المقرر أن»، «يتوقع أن»: an opener of an event to come with its «أن». */
const OPENER_THAT = new RegExp(
  `${WORD_START}(?:[وف] ?)?(?:${alternatives(EVENT_WORDS.plannedOpeners.filter((o) => !/ ان$/.test(o)))}) (?:ان|بان)${WORD_END}`,
  "g",
);
const INTENT = new RegExp(`${WORD_START}(?:[وف] ?)?(?:${alternatives(EVENT_WORDS.intentVerbs)})${WORD_END}`, "g");
const THAT = new RegExp(`${WORD_START}(?:ان|بان|ب ان)${WORD_END}`, "g");

/** The last break in [from, to) of the folded sentence, as the offsets it starts and ends at, or null. */
function lastBreak(folded: string, from: number, to: number, breaks = BREAK): Span | null {
  let found: Span | null = null;
  for (const match of folded.slice(from, to).matchAll(breaks))
    found = { start: from + match.index, end: from + match.index + match[0].length };
  return found;
}

/** The offset of the first strong break in [from, to) of the folded sentence, or null. */
function firstStrongBreak(folded: string, from: number, to: number): number | null {
  const match = [...folded.slice(from, to).matchAll(STRONG_BREAK)][0];
  return match ? from + match.index : null;
}

/**
 * Each trigger's clause, as offsets in the sentence. The clause of a reported event starts after
 * «أن»; the clause ends before a reporting verb that follows the event word (كما قال، أعلن).
 */
export function clausesOf(sentence: string, triggers: readonly TriggerMatch[]): Span[] {
  const folded = fold(sentence);
  return triggers.map((trigger, i) => {
    const previous = triggers[i - 1];
    const next = triggers[i + 1];
    let start = previous
      ? (lastBreak(folded, previous.end, trigger.index)?.end ?? trigger.index)
      : (lastBreak(folded, 0, trigger.index, STRONG_BREAK)?.end ?? 0);
    // «أما X فقد التقى Y»: the topic set before «فقد» is the verb's subject.
    const topic = TOPIC.exec(folded.slice(0, start));
    if (topic) start = topic.index + topic[0].indexOf("اما");
    let end = next
      ? (lastBreak(folded, trigger.end, next.index)?.start ?? next.index)
      : (firstStrongBreak(folded, trigger.end, sentence.length) ?? sentence.length);
    const from = start;
    for (const reporting of folded.slice(from, trigger.index).matchAll(REPORTING)) {
      const after = from + reporting.index + reporting[0].length;
      const that = [...folded.slice(after, trigger.index).matchAll(THAT)][0];
      if (that) start = after + that.index + that[0].length;
    }
    // «… من المقرر أن يعقد X اجتماعا»: the event's subject follows the opener's «أن».
    const opener = [...folded.slice(start, trigger.index).matchAll(OPENER_THAT)].pop();
    if (opener) start += opener.index + opener[0].length;
    // «… ويعتزم X زيارة»: the subject of a verb of intent follows it.
    const intent = [...folded.slice(start, trigger.index).matchAll(INTENT)].pop();
    if (intent) start += intent.index;
    const source = [...folded.slice(trigger.end, end).matchAll(SOURCE)][0];
    if (source) end = trigger.end + source.index;
    const reportedAfter = [...folded.slice(trigger.end, end).matchAll(REPORTING)][0];
    if (reportedAfter) end = trigger.end + reportedAfter.index;
    const quoted = folded.slice(trigger.end, end).search(/[«"“:]/);
    if (quoted >= 0) end = trigger.end + quoted;
    return { start, end };
  });
}
