/**
 * Officials the knowledge base lacks. After a title: «قال السفير كلاوس ايبرمان» (two name words at
 * least, one being as often an ordinary word). Described after the name: «شنجكون، أحد كبار
 * مسؤولي الحزب», «قال فوزي صلوخ وزير الخارجية», «معالي الدكتور محمد الكندي وزير البيئة»; without a
 * comma the name must open a clause (after an honorific, a speech verb, و or a sentence start). It
 * must never take a name a KB match or an earlier candidate already holds, nor a verb with و/ف
 * (واجرى، فاعلن), nor the tail of a longer name.
 */

import { procliticApart } from "../clitics.ts";
import { type Candidate, coveredTokens } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import type { GazetteerMatch } from "../gazetteer.ts";
import { NEEDS_SUPPORT, SPELLING_VARIANT } from "../../kb/types.ts";
import {
  commaBefore,
  MAX_NAME_WORDS,
  MIN_UNKNOWN_NAME_WORDS,
  nameEnd,
  PREPOSITIONS,
  unknownOfficial,
} from "../names.ts";
import { DESCRIPTION_OPENER, TITLE_START } from "../lexicon.ts";
import { normalizeKey } from "../normalize.ts";
import { TITLE_PRONOUNS } from "../pronoun-titles.ts";
import type { Token } from "../tokenize.ts";
import { startsPersonsName } from "./person-named-like-place.ts";
import { isNumberedTitle } from "./title-lists.ts";
import { roleText, titleAt } from "./titles.ts";

/**
 * Pass: an unknown official right after each title that no KB match or candidate starts at, or whose
 * KB match the page's name runs past: a weak short form (رئيس الوزراء نور الدين بني هاني: «نور الدين» is
 * someone's short form, the longer name someone else's), or a place's name that begins a person's
 * (الرئيس صلاح الدين القطامي; person-named-like-place.ts).
 */
export function officialsAfterTitles(doc: TaggingDocument): void {
  const covered = coveredTokens(doc.candidates);
  for (const [start, title] of doc.titleBefore) {
    const match = doc.matchAt.get(start);
    const longer = match !== undefined && partOfLongerName(doc, match);
    if (!longer && (covered.has(start) || match)) continue;
    // الرئيس شيراك، العقيد ساجت: after a head of state's title or an officer's rank, one name word is enough.
    const minWords = surnameTitleBefore(doc, start) ? 1 : MIN_UNKNOWN_NAME_WORDS;
    const c = unknownOfficial(doc, start, title.role, title.country, "title", minWords);
    if (c) doc.candidates.push(c);
  }
}

/**
 * Titles a surname alone follows, normalised: a head of state's or government's, and an officer's rank
 * (not الفريق «the team» nor اللواء «the brigade», which are words as often).
 */
const SURNAME_TITLES = new Set(
  ["الرئيس", "رئيس الوزراء", "رئيس الحكومة", "العقيد", "العميد", "المقدم", "الرائد", "النقيب"].map(normalizeKey),
);

/** Whether such a title, with its nationality adjectives (الرئيس الفرنسي), ends right before `start`. */
function surnameTitleBefore({ tokens, words }: TaggingDocument, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const t = tokens[k]!;
    const pair = k > 0 ? `${tokens[k - 1]!.text} ${t.text}` : "";
    if (t.readings.some((r) => SURNAME_TITLES.has(r.key)) || SURNAME_TITLES.has(pair)) return true;
    if (!words.nationalityOf(t.text)) return false;
  }
  return false;
}

/**
 * Whether a match is only a weak form of someone's name, one that needs the page's support (?نور الدين,
 * a short form that is also a given name), and the name read from it goes on. A sure short form
 * (شيراك) stays the known official's.
 */
export function partOfLongerName(doc: TaggingDocument, match: GazetteerMatch): boolean {
  // محافظ إربد سامر خليل العجلوني: a name the KB has only in a spelling of its own making (سامر الخليل
  // without the article) and that the page's name runs past is someone else's.
  const weak = match.hits.every(
    (h) => h.flags & NEEDS_SUPPORT || (h.flags & SPELLING_VARIANT && match.last - match.first > 1),
  );
  if (!weak && !startsPersonsName(doc, match)) return false;
  // استقبل الرئيس الأسد محمد جواد ظريف: a known person's full name right after it is a second person.
  // Not a name going on through بن or آل (خالد بن سالم الحارثي, though «بن سالم» is someone's short form).
  const next = doc.matchAt.get(match.last);
  const joined = next && doc.lex.lists.nameConnectors.has(doc.tokens[next.first]!.text);
  if (next && !joined && next.last - next.first > 1 && doc.words.isPersonMatch(next)) return false;
  return nameEnd(doc, match.first, match.skip) > match.last;
}

/** Pass: officials described right after the name (a title or a description opener follows it). */
export function describedOfficials(doc: TaggingDocument): void {
  const { tokens, lex, words } = doc;
  const covered = coveredTokens(doc.candidates);
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const appointed = accusativeOffice(doc, i);
    const opener = (lex.cuesOfId(tok.id) & DESCRIPTION_OPENER) !== 0 || relativeOffice(doc, i) || appointed;
    const title = opener ? undefined : titleAt(doc, i);
    if (!opener && title?.skip !== 0) continue;
    const comma = commaBefore(doc, i);
    if (!comma && !tok.tight) continue;
    // بن and آل between the name's words are not counted in it: look back far enough for a long chain,
    // but not past punctuation, which ends any name before it.
    let from = i - 1;
    while (from > Math.max(0, i - 2 * MAX_NAME_WORDS - 1) && tokens[from]!.tight) from--;
    for (let first = from; first < i; first++) {
      const skip = andBeforeName(doc, first);
      if (covered.has(first) || nameEnd(doc, first, skip) !== i) continue;
      // «ومن الوجوه الجديدة فلان وزيرا للري»: an office in the accusative over something (لـ) says the
      // appointment itself, after a name that opens with a given name and no و (وعاد فلان سفيرا لبلاده: a verb).
      const givenFirst = () => {
        const word = tokens[first]!.text.slice(skip);
        return skip === 0 && lex.given.has(word) && !words.isCommon(word);
      };
      const appointment = appointed && (appointmentBefore(doc, first) || (officeOver(doc, i) && givenFirst()));
      if (!comma && !(appointed ? appointment : opensClause(doc, first))) continue;
      // و/ف + a past-tense verb (واجرى، فاعلن) opens a clause; it is not a name (وأحمد, a given name,
      // is, and so is فاليري, whose ف is no conjunction: اليري is no word).
      // و أدى اليمين: the conjunction a segmenter writes apart is read with its word.
      const apart = first > 0 && procliticApart(tokens, first - 1, "وف");
      const opener = (apart ? tokens[first - 1]!.text : "") + (tokens[first] as Token).text;
      const rest = opener.slice(1);
      const verb = /^[وف]ا/.test(opener) && !lex.given.has(rest) && (opener[0] === "و" || lex.common.has(rest));
      if (!comma && skip === 0 && verb) continue;
      // «الوزراء عمر الطيب مدثر، وزيرا للمالية»: a plural title before the name is none of its words.
      const before = first - 1;
      if (
        before >= 0 &&
        tokens[first]?.tight &&
        words.isNameWord(tokens[before]!.text, false) &&
        !isNumberedTitle(doc, before)
      )
        continue;
      const c = unknownOfficial(
        doc,
        first,
        title ? roleText(doc, title) : undefined,
        title?.country,
        "description",
        // One name word after a comma only before a title or an opener, not an accusative office
        // (عمل الرجل مع سامر، مستشارا للوزير).
        comma && !appointed ? 1 : MIN_UNKNOWN_NAME_WORDS,
        skip,
      );
      if (c) out.push(c);
      break;
    }
  }
  doc.candidates.push(...out);
}

const [ALIF, HA] = [..."اه"].map((c) => c.charCodeAt(0));

/**
 * «بتعيين فلان محافظا لدرعا»، «تعيين فلانة وزيرة للثقافة»: an office in the accusative right after a
 * name (a title head and its alif; a feminine one, whose accusative the page does not mark, before the
 * لـ of what it is over).
 */
function accusativeOffice(doc: TaggingDocument, i: number): boolean {
  const { tokens, lex, cues } = doc;
  const t = tokens[i]!;
  // Asked at every word: its last letter, read first, spares most words the lookups (and a title head
  // is a title's first word, which has its cue).
  const last = t.text.charCodeAt(t.text.length - 1);
  const next = tokens[i + 1];
  const office =
    last === ALIF
      ? lex.accusativeTitles.has(t.text)
      : last === HA &&
        (cues[i]! & TITLE_START) !== 0 &&
        lex.titleHeads.has(t.text) &&
        !!next?.tight &&
        next.text.startsWith("ل") &&
        (next.text.length > 1 || !!tokens[i + 2]?.tight);
  // «عمر الطيب مدثر، وزيرا للمالية»: a comma may stand between.
  return office && (t.tight || commaBefore(doc, i));
}

/**
 * «… وعبد الرزاق الخطيب وزيرا للداخلية»، «وسلوى الطاهر، وزيرة للخارجية»: 1 where the name's first word
 * carries the conjunction و (the rest a given name, عبد/أبو that open one, or a word with the article),
 * else 0.
 */
function andBeforeName({ tokens, lex }: TaggingDocument, first: number): number {
  const text = tokens[first]!.text;
  if (!text.startsWith("و") || lex.given.has(text)) return 0;
  const rest = text.slice(1);
  // والمعز: و before the article is always the conjunction.
  return lex.given.has(rest) || rest.startsWith("ال") || rest === "عبد" || rest === "ابو" ? 1 : 0;
}

/**
 * Whether the accusative office at `i` is over something a state's office is over (وزيرا للري، محافظا لدرعا،
 * رئيسا للحكومة): a minister's, a governor's or a wali's always; another's unless a club, a firm, a team
 * or an organisation follows (قائدا للمنتخب، مديرا للشركة، سفيرة لمنظمة اليونيسف).
 */
function officeOver({ tokens, lex }: TaggingDocument, i: number): boolean {
  const next = tokens[i + 1];
  // نائبا ل وزير الداخلية: a segmenter writes the ل apart.
  const apart = procliticApart(tokens, i + 1, "ل");
  if (!next?.tight || (!apart && (next.text.length < 3 || !next.text.startsWith("ل")))) return false;
  if (STATE_OFFICES.test(tokens[i]!.text)) return true;
  // Another office over a body is a state's unless the body is a club's, a firm's or a team's (رئيسا للنادي،
  // مديرا لشركة، قائدا للمنتخب), an organisation's or a poets' (سفيرة لمنظمة اليونيسف، أميرا للشعراء).
  const over = apart ? { key: tokens[i + 2]!.text } : next.readings.find((r) => r.skip > 0);
  return (
    !!over &&
    !lex.nonGovernment.has(over.key) &&
    !lex.nonGovernment.has(`ال${over.key}`) &&
    !OTHER_BODIES.test(over.key)
  );
}

/** وزيرا، وزيره (وزيرة normalised), محافظا، واليا: a state's office over whatever follows. */
export const STATE_OFFICES = /^(وزير[اه]|محافظ[اه]|والي[اه]?)$/;
/** Bodies an office may be over that are no state's, normalised: an organisation, poets, a paper's board. */
const OTHER_BODIES = /^(ال)?(منظمه|شعراء|تحرير|فريق|اكاديميه)$/;

/** Words of appointing or electing someone, normalised (with their proclitics read off: بتعيين). */
const APPOINTMENT_WORDS = new Set([
  "تعيين",
  "عين",
  "عينت",
  "يعين",
  "تعين",
  "انتخاب",
  "انتخب",
  "انتخبت",
  "تكليف",
  "كلف",
  "كلفت",
  "تسميه",
  "سمي",
]);
/** How far back in its sentence the appointment word may be (a list of several appointments). */
const MAX_APPOINTMENT_DISTANCE = 12;

/** Whether a word of appointing stands before the name at `first`, in its sentence, honorifics between. */
function appointmentBefore({ tokens }: TaggingDocument, first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - MAX_APPOINTMENT_DISTANCE; k--) {
    if (tokens[k]!.readings.some((r) => APPOINTMENT_WORDS.has(r.key))) return true;
    if (tokens[k]!.sentenceStart) return false;
  }
  return false;
}

/** Verbs of holding an office, normalised: «الذي يشغل منصب…»، «التي ترأس…». */
const HOLDS_OFFICE = new Set(["يشغل", "تشغل", "يراس", "تراس", "تتراس", "يتراس", "يتولي", "تتولي"]);
/** Verbs of being appointed or elected, normalised: «الذي عين الشهر الماضي مديرا…». */
const APPOINTED = new Set(["عين", "عينت", "انتخب", "انتخبت", "كلف", "كلفت"]);
/** Most words between the relative pronoun and the office. */
const MAX_RELATIVE_WORDS = 5;

/**
 * «يوسف الصباغ، الذي عين الشهر الماضي مديرا لمؤسسة المياه»، «فلان، الذي يرأس اللجنة»: a relative clause
 * that gives the name's office, at token `i`. An appointment needs its office in the accusative
 * (مديرا، محافظا، نائبا: a title head and its alif).
 */
function relativeOffice({ tokens, lex }: TaggingDocument, i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== "الذي" && t.text !== "التي") return false;
  let appointed = false;
  for (let k = i + 1; k <= i + MAX_RELATIVE_WORDS && tokens[k]?.tight; k++) {
    const word = tokens[k]!;
    if (word.readings.some((r) => HOLDS_OFFICE.has(r.key))) return true;
    if (word.readings.some((r) => APPOINTED.has(r.key))) appointed = true;
    else if (appointed && lex.accusativeTitles.has(word.text)) return true;
  }
  return false;
}

/**
 * Whether a name starting at `first` opens a clause or a phrase: after an honorific, a speech verb,
 * و, a preposition (لقائه مع فلان مبعوث الرئيس), or a sentence start.
 */
function opensClause({ tokens, lex }: TaggingDocument, first: number): boolean {
  const t = tokens[first] as Token;
  const prev = tokens[first - 1];
  if (!prev || t.sentenceStart || !t.tight) return true;
  if (lex.honorifics.has(prev.text) || prev.text === "و") return true;
  // الزيارة التي قام بها فلان رئيس وزراء …: after a preposition with its pronoun (glued or apart), the
  // verb's subject follows.
  if (PREPOSITION_WITH_PRONOUN.test(prev.text)) return true;
  if (TITLE_PRONOUNS.includes(prev.text) && PREPOSITIONS.has(tokens[first - 2]?.text ?? "")) return true;
  return prev.readings.some((r) => lex.speechVerbs.has(r.key) || PREPOSITIONS.has(r.key));
}

/** A preposition with a pronoun glued to it, normalised: بها، له، عنه، معهم، اليه. */
const PREPOSITION_WITH_PRONOUN = /^(ب|ل|عن|من|مع|الي|علي|في)(ه|ها|هم|هما)$/;
