/**
 * Dual and plural titles before a list of names joined by و: «وطالب النائبان خليل عطية وصالح
 * العرموطي», «حضر السفراء فلان وفلان وفلان». The dual and the sound plural are made from the title
 * heads by their endings (النائبان، النائبين، المستشارون), and the dual in construct too, whose
 * offices follow it (وزيرا الخارجية والدفاع فلان وفلان); broken plurals are listed (الوزراء، النواب), and
 * in construct too (رؤساء البلديات). After the office and a comma, هم or منهم may open the list. A
 * nationality may stand between title and names (الوزيران الأردنيان), or a longer office when two names or more follow it (عضوا مجلس المدينة فلان وفلان). Each
 * name needs two words, as after any title, and a dual takes two names at most. It must never take a plural that no
 * names follow (النواب في البرلمان), nor one name alone after a plural (that is a description: الوزراء
 * العرب).
 */

import { procliticApart } from "../clitics.ts";
import { type Candidate, tokenName } from "../candidates.ts";
import type { TaggingDocument } from "../document.ts";
import { type Lexicon, NUMBERED_TITLE } from "../lexicon.ts";
import { commaBefore, unknownOfficial } from "../names.ts";
import { NUMBER_ENDINGS, type NumberedTitle, numberedTitleForms } from "../numbered-titles.ts";
import type { Token } from "../tokenize.ts";
import { PERSIAN_FAMILY_ENDINGS } from "../word-tests.ts";

/** Most words of the offices a dual in construct takes (الخارجية والدفاع). */
const MAX_OFFICE_WORDS = 3;
const MAX_MODIFIERS = 2;
const MAX_PLURAL_NAMES = 6;

/** «هم»، «ومنهم»، «بينهم» after a plural's office and a comma: the names follow. */
const THEY = new Set(["هم", "وهم", "هما", "وهما", "منهم", "ومنهم", "بينهم", "وبينهم"]);

/**
 * A noun right before the title whose genitive the title is: a sound plural in construct (مرافقي الوزراء،
 * موظفي البلديات) or a word of quantity or of a group (عدد من، حراس، أسر). A verb before the title is none.
 */
function genitive({ tokens, words }: TaggingDocument, i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !tokens[i]!.tight) return false;
  const word = prev.text.replace(/^[وف]/, "");
  const stem = word.slice(0, -1);
  return (
    GROUP_NOUNS.has(word) || (word.length > 4 && word.endsWith("ي") && (words.isCommon(word) || words.isCommon(stem)))
  );
}

/** Nouns of quantity and of groups before a genitive, normalised. */
const GROUP_NOUNS = new Set(["عدد", "بعض", "حراس", "مرافقو", "اسر", "عائلات", "ابناء"]);

/** Pass: the unknown officials named after each dual or plural title. */
export function titleLists(doc: TaggingDocument): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 2; i++) {
    const head = numberedTitle(doc, i);
    if (!head) continue;
    const max = head.dual ? 2 : MAX_PLURAL_NAMES;
    let names = namesAfterOffices(doc, i, head, max);
    // النائبان عن المحافظة، عضوا مجلس المدينة، رئيسا الجماعتين المجاورتين: a longer office, then the names.
    if (names.length < 2) {
      const loose = officeEnd(doc, i + 1);
      if (loose > i + 1 || !head.construct) names = namesFrom(doc, loose, max, head.role);
      // وحضر الاجتماع الوزراء، ومنهم فلان وفلان؛ رؤساء البلديات، هم …: a pronoun after the office and a comma,
      // when the title is no other noun's genitive (مرافقي الوزراء، وهم …: the companions).
      if (names.length < 2 && commaBefore(doc, loose) && THEY.has(tokens[loose]?.text ?? "") && !genitive(doc, i))
        names = namesFrom(doc, loose + 1, max, head.role);
    }
    if (names.length < 2) continue;
    for (const c of names) if (!doc.candidates.includes(c)) doc.candidates.push(c);
  }
}

/** The names after a numbered title's offices, nationality and «في …» read strictly (وزيرا الخارجية المصريان). */
function namesAfterOffices(doc: TaggingDocument, i: number, head: NumberedTitle, max: number): Candidate[] {
  const { tokens } = doc;
  let j = head.construct ? officesAfter(doc, i + 1) : i + 1;
  if (j === i + 1 && head.construct) return [];
  let country: string | undefined;
  while (j < tokens.length && j - i - 1 < MAX_MODIFIERS && tokens[j]!.tight) {
    const cc = nationalityOfNumbered(doc, tokens[j]!.text);
    if (!cc) break;
    country = cc;
    j++;
  }
  return namesFrom(doc, whereAfter(doc, j), max, head.role, country);
}

/** A title head's dual and sound plural forms (النائبان، المستشارون), made once a lexicon. */
const numberedForms = new WeakMap<Lexicon, Map<string, NumberedTitle>>();

function formsOf(lex: Lexicon): Map<string, NumberedTitle> {
  let forms = numberedForms.get(lex);
  if (!forms) {
    // المعتمدان، المتصرفون: the heads only in construct with a place have their duals and plurals too.
    const heads = [...lex.titleHeads, ...lex.lists.constructTitles];
    numberedForms.set(lex, (forms = numberedTitleForms(heads, lex.lists.pluralTitles)));
  }
  return forms;
}

/** A dual or plural title word (النائبان، الوزراء، المستشارون). */
export function isNumberedTitle(doc: TaggingDocument, i: number): boolean {
  return numberedTitle(doc, i) !== undefined;
}

/** A dual or sound plural made from a title head (الوزيرين، المستشارون), not a listed broken plural (الوزراء). */
export function isDualOrSoundPluralTitle(doc: TaggingDocument, i: number): boolean {
  const form = numberedTitle(doc, i);
  return form !== undefined && !doc.lex.lists.pluralTitles.has(form.role);
}

/** The singular title of token `i` when it is a dual or plural title word, and whether it is a dual. */
function numberedTitle(doc: TaggingDocument, i: number): NumberedTitle | undefined {
  // Most tokens are none: their readings' cue bits say so without a lookup of their strings.
  if (!(doc.cues[i]! & NUMBERED_TITLE)) return undefined;
  const forms = formsOf(doc.lex);
  for (const { key } of doc.tokens[i]!.readings) {
    const form = forms.get(key);
    if (form) return form;
  }
  return undefined;
}

/** The end of the offices a dual in construct takes: ال-words, the later ones after و (الخارجية والدفاع). */
function officesAfter({ tokens, words }: TaggingDocument, first: number): number {
  let j = first;
  while (j < tokens.length && j - first < MAX_OFFICE_WORDS && tokens[j]!.tight) {
    const text = tokens[j]!.text;
    // الخارجية و الدفاع: the conjunction may be written apart.
    if (j > first && procliticApart(tokens, j, "و") && tokens[j + 1]!.text.startsWith("ال")) {
      j++;
      continue;
    }
    const word = j > first && text.startsWith("و") ? text.slice(1) : text;
    if (!word.startsWith("ال") || !words.isCommon(word)) break;
    j++;
  }
  return j;
}

/** Most words of a numbered title's office read loosely (عن الدائرة التاسعة في البرلمان). */
const MAX_OFFICE_PHRASE = 6;
/** The links an office's phrase may hold, normalised. */
const OFFICE_LINKS = new Set(["في", "عن", "من", "لدي"]);

/**
 * The end of a numbered title's office read loosely: words with the article (after و, ل or ب too),
 * nouns (after و too), numbers, known places and bodies, and في، عن، من، لدى, up to the first word that is none of these
 * (a name's) or a comma. Only a list of two names or more after it makes the titles (namesFrom).
 */
function officeEnd(doc: TaggingDocument, first: number): number {
  const { words, lex } = doc;
  return phraseEnd(doc, first, MAX_OFFICE_PHRASE, (text, bare) => {
    // وإعادة الإعمار: a noun joined by و goes on the office too.
    const noun = words.isCommon(bare) && !lex.given.has(bare);
    // للإمارة، بالمحافظة: ل or ب glued to a word with the article.
    const definite = bare.startsWith("ال") || /^(لل|بال)/.test(bare);
    return definite || noun || OFFICE_LINKS.has(text) || /^[0-9]/.test(text);
  });
}

/** Most words after في that a numbered title's office may take (في حكومة الوحدة الوطنية). */
const MAX_WHERE_WORDS = 4;

/**
 * The end of «في» and the state or body the titles serve (وزيرا الخارجية في تونس وليبيا، في الحكومة
 * الليبية، في حكومة الوحدة الوطنية): KB places and bodies, words with the article, an indefinite noun
 * first; `j` when there is none.
 */
function whereAfter(doc: TaggingDocument, j: number): number {
  const { tokens, words, lex } = doc;
  if (tokens[j]?.text !== "في" || !tokens[j]!.tight) return j;
  const end = phraseEnd(doc, j + 1, MAX_WHERE_WORDS, (text, bare, k) => {
    const noun = k === j + 1 && words.isCommon(text) && !lex.given.has(text);
    return bare.startsWith("ال") || noun;
  });
  return end > j + 1 ? end : j;
}

/**
 * The end of a phrase of at most `max` tight tokens from `first`: a known place's or body's name is
 * taken whole, any other word while `takes` accepts it (its text, without a leading و, and its index).
 */
function phraseEnd(
  doc: TaggingDocument,
  first: number,
  max: number,
  takes: (text: string, bare: string, k: number) => boolean,
): number {
  const { tokens, matchAt, words } = doc;
  let k = first;
  while (k < tokens.length && k - first < max && tokens[k]!.tight) {
    // تونس و ليبيا: a conjunction written apart goes on with the phrase when the word after it does.
    if (k > first && procliticApart(tokens, k, "و")) {
      const after = phraseEnd(doc, k + 1, 1, takes);
      if (after === k + 1) break;
      k++;
      continue;
    }
    const m = matchAt.get(k);
    if (m && !words.isPersonMatch(m)) {
      k = m.last;
      continue;
    }
    const text = tokens[k]!.text;
    if (!takes(text, text.startsWith("و") ? text.slice(1) : text, k)) break;
    k++;
  }
  return k;
}

/** The country of a nationality in the singular, dual or plural (الأردني، الأردنيان، الأردنيون). */
function nationalityOfNumbered({ words }: TaggingDocument, word: string): string | undefined {
  const singular = words.nationalityOf(word);
  if (singular) return singular;
  for (const end of NUMBER_ENDINGS) {
    const cc = word.endsWith(end) ? words.nationalityOf(word.slice(0, -end.length)) : undefined;
    if (cc) return cc;
  }
  return undefined;
}

/**
 * A new name ends where «و» starts the next one after two name words (جون سميث وبيتر مولر), or «و»
 * and a given name after one; وليد, itself a given name, ends none.
 */
export function endedAtNextName(doc: TaggingDocument, c: Candidate | undefined): Candidate | undefined {
  if (!c) return undefined;
  const { tokens, lex } = doc;
  for (let k = c.first + 1; k < c.last; k++) {
    const text = tokens[k]!.text;
    // جلال وند: a Persian family name's last word may begin with و.
    if (!text.startsWith("و") || lex.given.has(text) || PERSIAN_FAMILY_ENDINGS.has(text)) continue;
    // After two name words any «و» starts the next name; before, only «و» and a given name does.
    if (k - c.first < 2 && !lex.given.has(text.slice(1))) continue;
    if (k - c.first < 2) return undefined;
    const name = tokenName(tokens, c.first, k).slice(c.skip);
    return { ...c, last: k, name, entity: `new:${name}` };
  }
  return c;
}

/** Names from `first`, the second and later ones after و: a candidate the rules already have, or a new one. */
function namesFrom(doc: TaggingDocument, first: number, max: number, role: string, country?: string): Candidate[] {
  const { tokens, candidates } = doc;
  const out: Candidate[] = [];
  let at = first;
  while (at < tokens.length && out.length < max) {
    // فلان و فلان: a segmenter writes the conjunction apart; the next name is the word after it.
    const apart = out.length > 0 && !!tokens[at]?.tight && procliticApart(tokens, at, "و");
    if (apart) at++;
    const t = tokens[at] as Token;
    const skip = out.length === 0 || apart ? 0 : 1;
    // وزيرا الخارجية والداخلية، فلان وفلان: the list may open after a comma.
    const opens = t.tight || (skip === 0 && commaBefore(doc, at));
    if (!opens || (skip === 1 && (!t.text.startsWith("و") || t.text.length < 3))) break;
    // محمد عمر طلحة: a known name inside a longer one the page writes is someone else's.
    const known = candidates.find((c) => c.first === at && c.type === "official");
    const unknown = endedAtNextName(doc, unknownOfficial(doc, at, role, country, "title", 2, skip));
    const c = known && !(unknown && unknown.last > known.last) ? known : unknown;
    if (!c) break;
    out.push(c);
    at = c.last;
  }
  return out;
}
