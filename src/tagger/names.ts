/**
 * A person's name as the rules read it: name words joined by بن، آل، عبد…, ended by a title, an
 * ordinary word or a word glued to لل; and an official the knowledge base does not know, named so.
 */

import type { Candidate } from "./candidates.ts";
import { tokenName } from "./candidates.ts";
import { pronounAfter } from "./pronoun-titles.ts";
import type { TaggingDocument } from "./document.ts";
import type { Evidence } from "./types.ts";
import { isIgnorable, toOriginalSpan } from "./normalize.ts";
import { PERSIAN_FAMILY_ENDINGS } from "./word-tests.ts";
import type { Token } from "./tokenize.ts";
import { TITLE_START } from "./lexicon.ts";
import { constructTitleAt } from "./rules/title-heads.ts";

/** أن and إن, alone or after و ف ب ل ك, with or without a pronoun: a particle, never a name. */
const PARTICLE_AN = /^[وفبلك]?[أإ]ن(ه|ها|هم|هما|نا|ني|كم)?$/;
/** The same words once normalised (hamza folded): the only ones PARTICLE_AN may hold. */
const NORMALISED_AN = /^[وفبلك]?ان(ه|ها|هم|هما|نا|ني|كم)?$/;

/**
 * Prepositions the corpus and the press write apart, normalised (ب and ل are split off in the corpus;
 * ى is ي once normalised: إلى is الي).
 */
export const PREPOSITIONS = new Set([
  "في",
  "الي",
  "من",
  "مع",
  "على",
  "علي",
  "عن",
  "ب",
  "ل",
  "ك",
  "لدى",
  "نحو",
  "حول",
  "قرب",
  "بين",
  "عبر",
  "منذ",
  "حتى",
]);

/** The gap between two tokens when it is a comma alone. */
export const COMMA_GAP = /^\s*[،,]\s*$/;

/** Whether a comma alone stands between token `i` and the one before it. */
export function commaBefore({ tokens, norm }: TaggingDocument, i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && !!tokens[i] && COMMA_GAP.test(norm.text.slice(prev.end, tokens[i]!.start));
}

/** The article's letters with a hamza (ألبير، إلياس، آلان): a name's, as the article never takes one. */
export const HAMZA_ARTICLE = /^[أإآ]ل/;

/** Most name words (besides بن، آل، عبد…) an official's name may have. */
export const MAX_NAME_WORDS = 4;
/** One unknown word after a title is as often an ordinary word as a name. */
export const MIN_UNKNOWN_NAME_WORDS = 2;

/**
 * End (exclusive) of the name starting at `start`, `skip` characters into its first token (a
 * proclitic و): name words joined by بن، آل، عبد…; `start` when none.
 */
export function nameEnd(doc: TaggingDocument, start: number, skip = 0): number {
  const { tokens, words, lex } = doc;
  const connectors = lex.lists.nameConnectors;
  const textOf = (i: number) => (i === start ? tokens[i]!.text.slice(skip) : tokens[i]!.text);
  let end = start;
  let count = 0;
  // «الله» ends the compound its word before began (عوض الكريم أحمد دفع الله): it is no word of its own.
  for (let i = start; i < tokens.length && (count < MAX_NAME_WORDS || tokens[i]!.text === "الله"); i++) {
    const token = tokens[i] as Token;
    const text = textOf(i);
    if (i > start && !token.tight) break;
    if (i > start && andNextPerson(doc, i, text)) break;
    // فلان الفلاني والقوى المتحالفة معه، والوفد المرافق: after two name words, و and a word with the article
    // begin what is joined to the person (a family name may begin so: جون بول والترز).
    if (count >= 2 && conjoinedDefinite(doc, i, text)) break;
    // المحاولات مع الرئيس فلان لثني ه، قام فلان بدور ه: a word whose pronoun a segmenter wrote apart is a
    // noun or a verb with its pronoun; no name word takes one.
    if (i > start && pronounAfter(tokens, i)) break;
    // كان الرئيس فلان الفلاني هو أول من وصل: after two name words, هو or هي before a definite predicate
    // (an ال-word, أول، آخر، من) is the pronoun of a copula; before anything else it may end a Korean
    // name (تشوي يونغ هو).
    if (count >= 2 && (text === "هو" || text === "هي") && copulaPredicate(doc, tokens[i + 1])) break;
    // Normalising hides what the page's own letters say: the preposition على is علي, the given name;
    // the particle أن (بأن، لأنه، فإن) reads ان, and فإن reads as فان «van»; ألبير، ألفونس and آلان (وآلان) begin
    // like the article, which never takes hamza. Only the words normalising may have changed so are read
    // again as the page writes them.
    const ambiguous = text === "علي" || NORMALISED_AN.test(text) || (i === start && text.startsWith("ال"));
    const written = ambiguous ? writtenAs(doc, token).slice(i === start ? skip : 0) : text;
    if ((text === "علي" && written === "على") || PARTICLE_AN.test(written)) break;
    // صرح فلان بان الحرب انتهت: much news writes بأن and لأن without their hamza; after a name word they are
    // still the particle (بان of Ban Ki-moon only ever begins a name).
    if (i > start && /^[بل]ان(ه|ها|هم|هما)?$/.test(written)) break;
    // فرانسوا دو لا غرانج: the article لا joins a name only after دو or دي (elsewhere it is «no»).
    if (connectors.has(text) || (text === "لا" && i > start && /^د[يو]$/.test(textOf(i - 1)))) continue;
    if (i > start && wordAfterFamilyName(doc, start, i, text)) break;
    if (i > start && nounBeforeFeminineAdjective(doc, i, text)) break;
    // ناصر ولد عبدي ملك البحرين: after two name words, a royal or a governor's title in construct with a
    // place (alone a given name: ملك، أمين) begins the name's description; محمد أمين عمان is a name.
    if (count >= 2 && doc.cues[i]! & TITLE_START && constructTitleAt(doc, i)) break;
    const hamzaAl = i === start && HAMZA_ARTICLE.test(written);
    // وديعة الله، جار الله: «الله» ends a compound name, and so does a regnal number (محمد الخامس);
    // after بن or آل any word is a name (آل ثاني، بن خليفة) but a title; a word glued to لل
    // («للجزيرة») never continues one.
    // عبد الأمير، عبد الملك: after عبد, a title word too is the compound's.
    const afterConnector =
      i > start && connectors.has(textOf(i - 1)) && (!lex.titleWords.has(text) || textOf(i - 1) === "عبد");
    const compound =
      i > start &&
      (text === "الله" ||
        lex.lists.regnalOrdinals.has(text) ||
        (afterConnector && /^[^0-9]{2}/.test(text)) ||
        theophoricAt(tokens, i));
    // رحمه الله، رحمها الله: a verb with a pronoun before «الله» is a prayer after the name (the page's ه,
    // not the ة of هبة الله).
    if (
      i > start &&
      tokens[i + 1]?.tight &&
      tokens[i + 1]!.text === "الله" &&
      /ه(ا|م|ما)?$/.test(writtenAs(doc, token))
    )
      break;
    // حسن عبد الرزاق المصري إن، عمرو رفعت البنا إن: an ال-word right before the clause's particle ends the
    // name as its family name, though also a nationality's adjective or a word.
    if (familyBeforeParticle(doc, start, i, text, count)) return i + 1;
    // عز الدين: a compound given name the list writes joined (عزالدين), though its first word is a word.
    const joinedGiven =
      i === start && text.length > 1 && !!tokens[i + 1]?.tight && lex.given.has(text + tokens[i + 1]!.text);
    // وزير العدل محمد القاضي: a title word that is a known official's family name is his name's end after a
    // given name, unless a name follows it (القاضي عبد اللطيف بنشقرون: then it is the judge's title); any
    // title word is the second half of a compound given name before «son of» (محمد الأمين ولد أحمد سالم).
    const surnameTitle =
      i === start + 1 &&
      text.startsWith("ال") &&
      lex.titleWords.has(text) &&
      (words.isKbWord(text, true)
        ? !(tokens[i + 1]?.tight && words.mayBeFirstName(tokens[i + 1]!.text))
        : sonOfNext(doc, i));
    // رسول ولي زاده: before a Persian family name's last word, a given name that is a title word too (ولي)
    // is the family name's first word.
    const persianFirst =
      i > start &&
      lex.given.has(text) &&
      PERSIAN_FAMILY_ENDINGS.has(tokens[i + 1]?.text ?? "") &&
      !!tokens[i + 1]?.tight;
    // وتركي بن سعد: a given name that is also a nationality (تركي) is the name's before «son of».
    const givenBeforeSonOf = lex.given.has(text) && sonOfNext(doc, i);
    if (
      !compound &&
      !persianFirst &&
      !givenBeforeSonOf &&
      !joinedGiven &&
      !surnameTitle &&
      !familyAfterGiven(doc, start, i, textOf(start)) &&
      (text.startsWith("لل") || !words.isNameWord(text, i === start && !hamzaAl)) &&
      !(i > start && placeInsideName(doc, i, text))
    )
      break;
    // عبد الله بن سعيد بن علي الكلباني: a compound given name is one name of the chain.
    if (text !== "الله") count++;
    end = i + 1;
  }
  return end;
}

/**
 * An ال-word at token `i`, right before a bare أن or إن, that ends the name begun at `start` (`count` name
 * words so far) as its family name: a masculine nationality's adjective after one name word (an
 * adjective of the office stands before the name: وزير الخارجية المصري فلان); any other ال-word after a
 * given name and a father's without the article (but a compound's: عبد الفتاح), not a plural, a title
 * word, a word that follows names (السابق) or a place. Not «وصف فلان الكارثة بأنها», «انتقد فلان
 * الأحكام،», «أبلغ فلان الصحفيين أن»: there the word is the verb's object.
 */
function familyBeforeParticle(doc: TaggingDocument, start: number, i: number, text: string, count: number): boolean {
  const { tokens, lex, words } = doc;
  const next = tokens[i + 1];
  if (count === 0 || !text.startsWith("ال") || !next?.tight || !bareAn(doc, next)) return false;
  if (words.nationalityOf(text)) return !text.endsWith("ه");
  if (count < 2 || text.length < 5 || /(ين|ون|ات)$/.test(text)) return false;
  const connectors = lex.lists.nameConnectors;
  for (let k = start; k < i; k++)
    if (tokens[k]!.text.startsWith("ال") && !(k > start && connectors.has(tokens[k - 1]!.text))) return false;
  if (lex.titleWords.has(text) || lex.lists.afterNameWords.has(text)) return false;
  return !words.isKbWord(text, false);
}

/**
 * أوغستين ماكاو كوندي، إبراهيم سوري كامارا: after a name word, a place's name or a nationality without the
 * article is a word of the name when a known official's family name follows it (a place never stands
 * between two names otherwise).
 */
function placeInsideName({ tokens, words }: TaggingDocument, i: number, text: string): boolean {
  const next = tokens[i + 1];
  if (text.startsWith("ال") || !next?.tight || next.text.length < 3 || !words.isKbWord(next.text, true)) return false;
  return words.isKbWord(text, false) || words.nationalityOf(text) !== undefined;
}

/**
 * بدأ الرئيس سامر الحديثي زيارة، الملك فلان المصراتي ملك الكونغو: after a family name of origin with the
 * article (a nisba in ي as the page writes it), a given name that is mostly an everyday word (زيارة، ملك) is
 * no word of the name: the name has ended. Not after a given name with the article (الصادق، المهدي), a word
 * (الحاج علي), a title word or a compound's second half (علاء الدين، زين العابدين، نور الهدى، عبد الهادي).
 */
function wordAfterFamilyName(doc: TaggingDocument, start: number, i: number, text: string): boolean {
  const { tokens, lex, words } = doc;
  const prev = tokens[i - 1]!;
  if (!lex.lists.wordLikeGivenNames.has(text) || !/^ال.{2,}ي$/.test(writtenAs(doc, prev))) return false;
  if (words.isGivenName(prev.text) || lex.titleWords.has(prev.text) || lex.ordinaryNames.has(prev.text)) return false;
  return !(i - 1 > start && lex.lists.nameConnectors.has(tokens[i - 2]!.text));
}

/**
 * أدى الرئيس فلان الحديثي اليمين الدستورية: an ال-word that is a word, before a feminine adjective with the
 * article that the dictionary lists (الدستورية، الافتتاحية), is a noun the adjective agrees with, the
 * verb's object; a family name takes no feminine adjective.
 */
export function nounBeforeFeminineAdjective({ tokens, words, lex }: TaggingDocument, i: number, text: string): boolean {
  const next = tokens[i + 1];
  if (!text.startsWith("ال") || !next?.tight || !/^ال.{3,}يه$/.test(next.text)) return false;
  if (!words.isCommon(next.text) || words.nationalityOf(next.text) !== undefined) return false;
  // The ال-word must be a word itself (اليمين، الكلمة), not only a family name: in «زيارة الوزير فلان الحديثي
  // الرسمية» the adjective is the visit's.
  return words.isCommon(text) || lex.ordinaryNames.has(text);
}

/** أن or إن alone as the page writes it: the particle that opens a reported clause. */
function bareAn(doc: TaggingDocument, t: Token): boolean {
  return /^[أإ]ن$/.test(writtenAs(doc, t));
}

/** «Son of», «daughter of» inside a name (normalised). */
export const SON_OF: ReadonlySet<string> = new Set(["بن", "بنت", "ولد", "ود"]);

/** Whether «son of» (بن، بنت، ولد، ود) and a name word follow token `i`. */
export function sonOfNext({ tokens, words }: TaggingDocument, i: number): boolean {
  const [a, b] = [tokens[i + 1], tokens[i + 2]];
  return !!a?.tight && !!b?.tight && SON_OF.has(a.text) && words.isNameWord(b.text, false);
}

/**
 * دفع الله، فضل الله، خلف الله: inside a name, a word before «الله» is the first half of a compound name,
 * though alone it is a verb or a noun.
 */
function theophoricAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next?.tight && next.text === "الله" && tokens[i]!.text.length > 1;
}

/**
 * A copula's definite predicate: an ال-word, أول or آخر in construct, من «the one who»; not a word that
 * follows names (اليوم، الخميس: لي هان هو اليوم is a Korean name and a day).
 */
function copulaPredicate({ lex }: TaggingDocument, next: Token | undefined): boolean {
  if (!next?.tight || lex.lists.afterNameWords.has(next.text)) return false;
  return next.text.startsWith("ال") || /^(اول|اخر|من)$/.test(next.text);
}

/**
 * و and a word with the article (والقوى، والوفد) that joins something to the person: the rest is a common
 * word, or an adjective with the article follows it (والقوى المتحالفة). Not a family name in وال (والترز).
 */
function conjoinedDefinite({ tokens, words }: TaggingDocument, i: number, text: string): boolean {
  if (text.length < 5 || !text.startsWith("وال")) return false;
  const next = tokens[i + 1];
  return words.isCommon(text.slice(1)) || (!!next?.tight && next.text.startsWith("ال"));
}

/**
 * شرارة وقاسم، فواز وعلي حسن: و before a given name starts the next person. A short given name (هبة)
 * must open a name of two words or more: وهبة alone may be a family name (مراد وهبة), and so is any
 * word the given-name list holds with its و (وليد، وسام).
 */
function andNextPerson({ tokens, lex }: TaggingDocument, i: number, text: string): boolean {
  const rest = text.slice(1);
  if (!text.startsWith("و") || lex.given.has(text) || !lex.given.has(rest)) return false;
  const next = tokens[i + 1];
  return rest.length >= 4 || (!!next?.tight && (lex.given.has(next.text) || lex.lists.nameConnectors.has(next.text)));
}

/**
 * فيصل المشعل، رياض الخطيب: right after a given name of four letters or more, a word in ال is the
 * family name, though it is also a word («the torch», «the preacher»), unless it is a nationality, a
 * title word, a known place or one of the words that follow a name (السابق، الأربعاء).
 */
function familyAfterGiven({ tokens, words, lex }: TaggingDocument, start: number, i: number, given: string): boolean {
  const word = tokens[i]!.text;
  // A given name of three letters is too often a word as well: على is written علي in much news, عمر is «age».
  if (i !== start + 1 || given.length < 4 || !lex.given.has(given) || !word.startsWith("ال") || word.length < 5)
    return false;
  if (lex.lists.afterNameWords.has(word) || lex.titleWords.has(word) || words.nationalityOf(word)) return false;
  return !words.isKbWord(word, false);
}

/** أن or إن with its proclitics and pronouns as the page writes it (بأن، لأنه، فإن): a particle, no name. */
export function isParticleAn(doc: TaggingDocument, t: Token): boolean {
  return NORMALISED_AN.test(t.text) && PARTICLE_AN.test(writtenAs(doc, t));
}

/** A token's letters as the page writes them: its own ى and hamzas, without harakat or tatweel. */
export function writtenAs({ norm }: TaggingDocument, t: Token): string {
  const [start, end] = toOriginalSpan(norm, t.start, t.end);
  let out = "";
  for (const ch of norm.source.slice(start, end)) if (!isIgnorable(ch.charCodeAt(0))) out += ch;
  return out;
}

/** An official the KB does not know, named from `start`: at least `minWords` name words. */
export function unknownOfficial(
  doc: TaggingDocument,
  start: number,
  role: string | undefined,
  country: string | undefined,
  evidence: Evidence,
  minWords = MIN_UNKNOWN_NAME_WORDS,
  skip = 0,
): Candidate | undefined {
  const last = nameEnd(doc, start, skip);
  if (last === start || last - start < minWords) return undefined;
  const name = tokenName(doc.tokens, start, last).slice(skip);
  const c: Candidate = { type: "official", first: start, last, skip, entity: `new:${name}`, name, evidence };
  if (role) c.role = role;
  if (country) c.country = country;
  return c;
}
