/**
 * The morphology of event words, so that a word list holds forms and the grammar adds the rest:
 * - the text is folded letter for letter (أ إ آ → ا, ى → ي), so offsets stay those of the page; a
 *   word's final ة or ه matches either, but ة is never a pronoun (وزارة is not و + زار + ه);
 * - a verb takes the conjunctions و ف, the future prefix سـ or سوف, and an object pronoun;
 * - a noun takes و ف, the prepositions بـ لـ كـ, the article (لل after لـ), the accusative ا, and a
 *   possessive pronoun, before which ة is written ت and ء is written ئ (زيارته، لقائه);
 * - every clitic may be glued to its word or split off as its own token, as the CoNLL corpora write
 *   them (و التقى، ب زيارة، لقائ ه).
 */

import { escapeRegExp } from "./regexp.ts";

/** The text with its hamza seats and alif maqsura folded; same length, same offsets. */
export function fold(text: string): string {
  // Two plain replacements: a replacement function called for each letter is several times slower.
  return text.replace(/[أإآ]/g, "ا").replace(/ى/g, "ي");
}

/**
 * A word of the eighth form (افتعل: اجتمع، اجتماع) is ا, its first root letter, then the infix ت; the
 * CoNLL corpora's segmenter sometimes cuts it there (اج تماع).
 */
const EIGHTH_FORM = /^ا[^\sت]ت/;

/** Where a list word may be cut in two (2 for اجتماع: اج تماع), else 0. */
export function eighthFormCut(word: string): number {
  return EIGHTH_FORM.test(word) ? 2 : 0;
}

/** An escaped list word that may be written cut in two. */
function maybeCut(word: string): string {
  const cut = eighthFormCut(word);
  return cut ? `${word.slice(0, cut)} ?${word.slice(cut)}` : word;
}

/** A folded list word as a pattern: its final ة or ه matches either spelling; an eighth form may be cut in two. */
function spelling(word: string): string {
  return maybeCut(escapeRegExp(word).replace(/[ةه](?= |$)/g, "[ةه]"));
}

const LETTER = "\\u0621-\\u064a";
/** Not inside a longer word, before and after. */
export const WORD_START = `(?<![${LETTER}])`;
export const WORD_END = `(?![${LETTER}])`;
/** Conjunctions that open another clause after an event word (ثم، كما، فيما…), as alternatives. */
export const CLAUSE_CONJUNCTIONS = "ثم|كما|فيما|بينما|حيث|بعدما|فقد";
/** The attached pronouns of the third person, longest first. */
const PRONOUN = "(?:هما|هم|هن|ها|ه)";
/** و or ف; ف glued only to a word of four letters or more: فيصل is a name, not ف + يصل. */
const CONJUNCTION = "(?:و ?|ف(?: |(?=[^\\s]{4})))?";

/** A list's words, folded, as alternatives of a regular expression, longest first. */
export function alternatives(words: readonly string[]): string {
  const folded = [...new Set(words.map(fold))].sort((a, b) => b.length - a.length);
  return folded.map(spelling).join("|");
}

/** How many words may stand between a verb of going and its preposition: its subject's title and name, a time. */
const PREPOSITION_REACH = 12;

/** A folded verb whose final ى (folded ي) is written ا before an object pronoun: التقى → التقاه. */
function withAlifBeforePronoun(verb: string): string {
  return `(?:${spelling(verb)}|${spelling(verb.slice(0, -1))}ا(?= ?${PRONOUN}${WORD_END}))`;
}

/**
 * A verb form: group 1 is the future marker (سـ or سوف) when there is one, the group «object» its object
 * pronoun (التقاه: met him). The forms are written out in the list (التقى، التقيا، يلتقيان…): the
 * pattern adds only the clitics.
 */
export function verbPattern(forms: readonly string[]): string {
  // A verb listed with its preposition (توجه إلى) may have its subject, a name with its title, and a time
  // between them, within the clause (توجه وزير الخارجية الروسي سيرغي لافروف اليوم إلى): a title of up to
  // four words and a name with its lineage of up to seven (الأمير محمد بن سلمان بن عبد العزيز آل سعود).
  // The match is the verb alone: an event word between it and its preposition is a trigger of its own.
  const alifMaqsura = new Set(
    forms
      .map((form) => form.split(" ")[0]!)
      .filter((verb) => verb.endsWith("ى"))
      .map(fold),
  );
  const withSubject = [...new Set(forms.map(fold))]
    .sort((a, b) => b.length - a.length)
    .map((form) => {
      const [verb, ...preposition] = form.split(" ");
      const spelt = alifMaqsura.has(verb!) ? withAlifBeforePronoun(verb!) : spelling(verb!);
      if (!preposition.length) return spelt;
      return `${spelt}(?=(?: [^\\s،,.؛]+){0,${PREPOSITION_REACH}}? ${spelling(preposition.join(" "))})`;
    })
    .join("|");
  return `${WORD_START}${CONJUNCTION}(سوف |س ?)?(?:${withSubject})(?<object> ?${PRONOUN})?${WORD_END}`;
}

/** One noun with the spellings it takes before a possessive pronoun: زيارة → زيار(?:ة|ه|ت), لقاء → لقا(?:ء|ئ). */
function nounStem(noun: string): string {
  const word = maybeCut(escapeRegExp(noun));
  if (/[ةه]$/.test(noun)) return `${word.slice(0, -1)}(?:[ةه]|ت(?= ?${PRONOUN}${WORD_END}))`;
  if (noun.endsWith("اء")) return `${word.slice(0, -1)}(?:ء|ئ(?= ?${PRONOUN}${WORD_END}))`;
  return spelling(noun);
}

/** A noun form (masdar or plural): group 1 is the possessive pronoun when there is one (لقائ ه: his meeting). */
export function nounPattern(nouns: readonly string[]): string {
  const stems = [...new Set(nouns.map(fold))].sort((a, b) => b.length - a.length).map(nounStem);
  const prefix = `${CONJUNCTION}(?:[بلك] ?)?(?:ال|لل)?`;
  return `${WORD_START}${prefix}(?:${stems.join("|")})ا?(?: ?(${PRONOUN}))?${WORD_END}`;
}

/**
 * Whether a matched verb is in the present tense: after its clitics it starts with يـ, or with تـ where
 * the list has the same verb with يـ (تلتقي beside يلتقي; تباحث, a past form, has no يباحث).
 */
export function presentTense(matched: string, forms: readonly string[]): boolean {
  const bare = matched.replace(/^[وف] ?/, "").replace(/^(سوف |س ?)/, "");
  if (bare.startsWith("ي")) return true;
  return bare.startsWith("ت") && presentStems(forms).some((stem) => bare.startsWith(stem));
}

/** A list's present forms in يـ written with تـ (يلتقي → تلتقي), folded once per list. */
const PRESENT_STEMS = new WeakMap<readonly string[], readonly string[]>();
function presentStems(forms: readonly string[]): readonly string[] {
  let stems = PRESENT_STEMS.get(forms);
  if (!stems) {
    stems = forms.filter((f) => f.startsWith("ي")).map((f) => `ت${fold(f).slice(1)}`);
    PRESENT_STEMS.set(forms, stems);
  }
  return stems;
}
