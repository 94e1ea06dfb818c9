/**
 * Winners of an election, named with no title: «وفاز بمقاعد الدائرة الثالثة كل من فلان وفلان»، «وفاز فلان
 * بمقعد الدائرة». A winner of a seat is a member of the body elected. Only in a sentence that names a seat
 * or a legislature's election: elsewhere (sports, prizes, a union's or a club's vote) a winner is no
 * official. Names of two words or more only, as after any cue that is no title.
 */

import { type Candidate, tokenName } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { commaBefore, unknownOfficial } from "../names.ts";
import { normalizeKey } from "../normalize.ts";
import type { Token } from "../tokenize.ts";
import { endedAtNextName } from "./title-lists.ts";
import { procliticApart } from "../clitics.ts";
import { TITLE_PRONOUNS } from "../pronoun-titles.ts";

/** فاز in the past, any person and number, normalised. */
const WON = new Set(["فاز", "فازت", "فازا", "فازتا", "فازوا"].map(normalizeKey));

/**
 * Words that make a sentence's winning a parliament's or a council's election, normalised: a seat, the
 * elections of a legislature. Not a union's, a club's or a prize's (عضوية مجلس النقابة، دائرة الثقافة).
 */
const ELECTORAL = new Set(
  ["مقعد", "مقعدا", "مقاعد", "مقعدي", "النيابية", "البرلمانية", "التشريعية", "البلدية", "البلدي", "الانتخابية"]
    .flatMap((w) => (w.startsWith("ال") ? [w] : [w, `ال${w}`]))
    .map(normalizeKey),
);
/** A seat that is no legislature's (مقعد دراسي), normalised. */
const NOT_A_SEAT = new Set(["دراسي", "دراسيا", "جامعي"].map(normalizeKey));
/** Most words between فاز and «كل من»: the list is فاز's own subject. */
const MAX_WORDS_TO_LIST = 8;
/** Links a constituency's phrase holds between فاز and «كل من». */
const PHRASE_LINKS = new Set(["في", "فيها", "فيه", "عن", "من"]);

/** Most winners one list names. */
const MAX_WINNERS = 8;

export function electionWinners(doc: TaggingDocument): void {
  const { tokens } = doc;
  let sentenceFirst = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.sentenceStart) sentenceFirst = i;
    if (!readsAs(tokens[i]!, WON)) continue;
    let end = i + 1;
    while (end < tokens.length && !tokens[end]!.sentenceStart) end++;
    if (!hasElectoralWord(doc, sentenceFirst, end)) continue;
    const winners = [...listAfterEveryOne(doc, i + 1, end), ...nameBeforeSeat(doc, i + 1)];
    const taken = new Set(doc.candidates.filter((c) => c.type === "official").map((c) => c.first));
    doc.candidates.push(...winners.filter((c) => !taken.has(c.first)));
  }
}

function readsAs(t: Token, words: ReadonlySet<string>): boolean {
  return t.readings.some((r) => words.has(r.key));
}

function hasElectoralWord(doc: TaggingDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (readsAs(doc.tokens[k]!, ELECTORAL) || constituencyAt(doc, k)) return true;
  return false;
}

/**
 * الدائرة الثالثة، الدائرة 12، دائرة الخليل: a constituency by its number or its place (a department,
 * دائرة الثقافة, has a noun).
 */
function constituencyAt({ tokens, matchAt }: TaggingDocument, k: number): boolean {
  const next = tokens[k + 1];
  if (!next?.tight || !readsAs(tokens[k]!, CONSTITUENCY)) return false;
  return /^[0-9]+$/.test(next.text) || ORDINALS.has(next.text) || matchAt.has(k + 1);
}

const CONSTITUENCY = new Set(["دائرة", "الدائرة"].map(normalizeKey));
/** The feminine ordinals with the article, normalised. */
const ORDINALS = new Set(
  ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"].map(
    normalizeKey,
  ),
);

/**
 * «كل من فلان، وفلان وفلان»: the names after كل من, when only a seat's or a constituency's phrase stands
 * between فاز and it (في، عن، ب and words with the article, numbers, known places); not after another verb
 * (فاز الفريق بهدفين سجلهما كل من …: the scorers). Up to the sentence's end `end`.
 */
function listAfterEveryOne(doc: TaggingDocument, from: number, end: number): Candidate[] {
  const { tokens, matchAt } = doc;
  const everyOne = (k: number) => tokens[k]!.text === "كل" && tokens[k + 1]!.text === "من" && tokens[k + 1]!.tight;
  let at = from;
  // Words, not tokens: a clitic a segmenter writes apart (في ها، ب المقاعد) is no word of its own.
  let words = 0;
  while (at + 1 < end && words < MAX_WORDS_TO_LIST && !everyOne(at)) {
    const text = tokens[at]!.text;
    const seatWord = readsAs(tokens[at]!, CONSTITUENCY) || readsAs(tokens[at]!, ELECTORAL);
    // في ها، ل مدينة الرياض: a pronoun apart from its preposition, a word after ب or ل apart from it.
    const prev = at > from ? tokens[at - 1]!.text : "";
    const apart = (TITLE_PRONOUNS.includes(text) && PHRASE_LINKS.has(prev)) || procliticApart(tokens, at - 1, "بل");
    const phrase =
      PHRASE_LINKS.has(text) || apart || /^(ال|ب|ل)/.test(text) || /^[0-9]/.test(text) || matchAt.has(at) || seatWord;
    if (!tokens[at]!.tight || !phrase) return [];
    if (!(TITLE_PRONOUNS.includes(text) || text === "ب" || text === "ل")) words++;
    at++;
  }
  if (at + 1 >= end || !everyOne(at)) return [];
  at += 2;
  const out: Candidate[] = [];
  while (at < end && out.length < MAX_WINNERS) {
    const first = out.length === 0;
    if (!first && !tokens[at]!.tight && !commaBefore(doc, at)) break;
    // فلان و فلان: a segmenter writes the conjunction apart; the next name is the word after it.
    const apart = !first && procliticApart(tokens, at, "و");
    if (apart) at++;
    const t = tokens[at]!;
    if ((first && !t.tight) || isSeat(doc, at)) break;
    // فلان، وفلان: a later name opens with و.
    if (!first && !apart && !t.text.startsWith("و")) break;
    const skip = !first && !apart && t.text.startsWith("و") && !doc.lex.given.has(t.text) ? 1 : 0;
    const c = beforeSeat(
      doc,
      endedAtNextName(doc, unknownOfficial(doc, at, undefined, undefined, "description", 2, skip)),
    );
    if (!c) break;
    out.push(c);
    at = c.last;
  }
  // فاز كل من فلان وفلان بجائزة …: what they won follows them; a prize or a cup is no seat.
  const after = tokens[at];
  if (after?.tight && after.text.startsWith("ب") && !isSeat(doc, at)) return [];
  return out;
}

/** «فاز فلان بمقعد الدائرة»: a name right after the verb (not a noun: الطالبة), then ب and a seat. */
function nameBeforeSeat(doc: TaggingDocument, at: number): Candidate[] {
  if (!doc.tokens[at] || !doc.words.mayBeFirstName(doc.tokens[at]!.text)) return [];
  const c = beforeSeat(doc, unknownOfficial(doc, at, undefined, undefined, "description", 2));
  return c && isSeat(doc, c.last) && legislatureSeat(doc, c.last + 1) ? [c] : [];
}

/**
 * Whether what follows «بمقعد» at `k` makes it a legislature's: a constituency (الدائرة، دائرة), a known
 * place, or a legislature (البرلمان، المجلس، مجلس). Not «بمقعد الرئاسة في انتخابات النادي», «بمقعد أساسي».
 */
function legislatureSeat({ tokens, matchAt, words }: TaggingDocument, k: number): boolean {
  const t = tokens[k];
  if (!t?.tight) return false;
  const at = t.text === "في" || t.text === "عن" ? k + 1 : k;
  const word = tokens[at];
  if (!word?.tight) return false;
  const m = matchAt.get(at);
  return (!!m && !words.isPersonMatch(m)) || readsAs(word, CONSTITUENCY) || LEGISLATURES.has(word.text);
}

/** A legislature's words, and its women's quota (بمقعد المرأة، بمقعد الكوتا), normalised. */
const LEGISLATURES = new Set(
  ["البرلمان", "المجلس", "مجلس", "البرلماني", "النيابي", "المرأة", "الكوتا"].map(normalizeKey),
);

/** Whether token `k` is ب and a legislature's seat (بمقعد الدائرة، بمقعدي; not بمقعد دراسي). */
function isSeat({ tokens }: TaggingDocument, k: number): boolean {
  const t = tokens[k];
  if (!t?.tight || !t.text.startsWith("ب") || !t.readings.some((r) => r.skip === 1 && ELECTORAL.has(r.key)))
    return false;
  return !NOT_A_SEAT.has(tokens[k + 1]?.text ?? "");
}

/** A name cut before the seat it runs into (محمد علي بمقعدي الدائرة), if two words are left. */
function beforeSeat(doc: TaggingDocument, c: Candidate | undefined): Candidate | undefined {
  if (!c) return undefined;
  for (let k = c.first + 1; k < c.last; k++) {
    if (!isSeat(doc, k)) continue;
    if (k - c.first < 2) return undefined;
    const name = tokenName(doc.tokens, c.first, k).slice(c.skip);
    return { ...c, last: k, name, entity: `new:${name}` };
  }
  return c;
}
