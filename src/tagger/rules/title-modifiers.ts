/**
 * The words inside a title, between its head and the name, that are no plain ال-word or link: an
 * indefinite construct chain (رئيس هيئة مكافحة الفساد), an elative with its specification (النائب الأكبر
 * سنا), a noun with a pronoun after a participle (المنتهية ولايته), a portfolio's noun after شؤون; and the
 * words that end a title before the name: a rank or an honorific before a given name (المكلف اللواء
 * الصادق …), an adjective that is also someone's surname (المجلس الشعبي الولائي أحمد بوبكر); a participle's
 * complement (المعين من الحكومة، المكلف بتسيير الأعمال) and a construct under ل before a name (المبعوث الخاص
 * لمنطقة القرن الأفريقي فلان).
 */

import { procliticApart } from "../clitics.ts";
import { NEEDS_SUPPORT } from "../../kb/types.ts";
import type { TaggingDocument } from "../document.ts";
import { ORG_HEAD } from "../lexicon.ts";
import { nameEnd, SON_OF, sonOfNext } from "../names.ts";
import { normalizeKey } from "../normalize.ts";
import type { Token } from "../tokenize.ts";
import { PORTFOLIO } from "../word-tests.ts";
import { pronounAfter, withTaMarbuta } from "../pronoun-titles.ts";
import { unknownGovernedPlace } from "./title-heads.ts";

/** How many words an elative with the article and its accusative of specification take at `j` (الأكبر سنا), or 0. */
export function specifiedElative({ tokens, words, matchAt }: TaggingDocument, j: number): number {
  const next = tokens[j + 1];
  const m = matchAt.get(j);
  // أفعل has no ة and no final ى (الأسرة، الأقصى), and is no place's name (الأردن).
  if (!ELATIVE.test(tokens[j]!.text) || (m && !words.isPersonMatch(m))) return 0;
  if (!next?.tight || !next.text.endsWith("ا")) return 0;
  return words.isCommon(next.text.slice(0, -1)) ? 2 : 0;
}

/** أفعل with the article, normalised (الأكبر، الأصغر، الأقدم). */
const ELATIVE = /^الا[^اهي]{2}[^اهي]$/;

/**
 * After a participle with the article (المنتهية، المكلف), a noun with a pronoun at `j` is its subject or
 * object (المنتهية ولايته «whose term is ending»): a common word's, or a division word's. Not a title
 * head with a pronoun (وزير الخارجية الأردني نظيره: the next person), nor a given name (نادية is no
 * نادي + ه «his club»).
 */
export function subjectOfParticiple({ tokens, words, lex }: TaggingDocument, j: number): boolean {
  const text = tokens[j]!.text;
  if (!/^الم/.test(tokens[j - 1]!.text) || text.startsWith("ال") || lex.given.has(text)) return false;
  if (tokens[j]!.readings.some((r) => lex.pronounTitles.has(r.key))) return false;
  return words.isPossessedNoun(text) || lex.lists.divisionHeads.has(text.replace(/ت(ه|ها)$/, "ه"));
}

/**
 * Whether token `j` is a rank, an honorific or a title word with a given name right after it: the title
 * ends there (the caller keeps a title word in the role, not a rank or an honorific).
 */
export function rankBeforeName({ tokens, lex, words }: TaggingDocument, j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!next?.tight || !(lex.honorifics.has(t.text) || isRank(t.text) || lex.titleWords.has(t.text))) return false;
  // مجلس محافظة صلاح الدين: a division word (also a title's feminine) is followed by its place.
  if (lex.lists.divisionHeads.has(t.text)) return false;
  // المتحدث باسمه: باسمة is a given name too; a link goes on with the title.
  if (words.isTitleModifier(next.text) && !next.text.startsWith("ال")) return false;
  if (words.isGivenName(next.text)) return true;
  // الفريق عواض بن مسفر: a name word before «son of» is a first name the list may lack.
  const link = tokens[j + 2];
  return !!link?.tight && SON_OF.has(link.text) && words.isNameWord(next.text, true);
}

/**
 * The participles of an office with the prepositions their complement takes, normalised (ة as ه): المعين
 * من الحكومة، المنتخب عن الدائرة، المكلف بتسيير الأعمال، المعني بحقوق المهاجرين. Not المنتخب ب (قائد المنتخب
 * بالحارس: the team).
 */
const OFFICE_PARTICIPLES = new Map(
  (
    [
      ["المعين", "من"],
      ["المنتخب", "من عن"],
      ["المكلف", "من ب"],
      ["المفوض", "من ب"],
      ["المعني", "ب"],
      ["المسؤول", "عن"],
      ["المرشح", "عن"],
    ] as const
  ).flatMap(([w, preps]) => [
    [normalizeKey(w), preps.split(" ")],
    [normalizeKey(`${w}ة`), preps.split(" ")],
  ]),
);

/**
 * How many words at `j` complete the participle with the article before it (المحافظ المعين من الحكومة،
 * المكلفة بالأمن، الوزير المكلف بتسيير الأعمال، النائب المنتخب عن دائرة الكرك), or 0: من or عن with an
 * ال-word (or a noun in construct with one: عن دائرة الكرك), ب glued to an ال-word, or to a noun in construct
 * with one; each participle with its own prepositions (OFFICE_PARTICIPLES).
 */
export function participleComplement(doc: TaggingDocument, j: number): number {
  const { tokens, words, lex } = doc;
  const participle = tokens[j - 1]!.text;
  // المجلس، المملكة begin like a participle and are nouns: only the participles of office take a complement.
  const taking = OFFICE_PARTICIPLES.get(participle);
  if (!taking) return 0;
  const t = tokens[j]!;
  const next = tokens[j + 1];
  const definite = (k: number) => !!tokens[k]?.tight && tokens[k]!.text.startsWith("ال");
  if ((t.text === "من" || t.text === "عن") && taking.includes(t.text)) {
    if (!next?.tight) return 0;
    const construct =
      lex.lists.divisionHeads.has(next.text) || (words.isCommon(next.text) && !lex.given.has(next.text));
    if (construct && definite(j + 2)) return 3;
    return definite(j + 1) ? 2 : 0;
  }
  for (const r of t.readings) {
    if (r.skip !== 1 || t.text[0] !== "ب" || !taking.includes("ب")) continue;
    if (r.key.startsWith("ال") && r.key.length > 3) return 1;
    if (words.isCommon(r.key) && !words.isPossessedNoun(r.key) && definite(j + 1)) return 2;
  }
  return 0;
}

/** Adjectives of an office after which a ل-phrase names its domain, normalised. */
const OFFICE_ADJECTIVES = new Set(
  [
    "الخاص",
    "الخاصة",
    "السامي",
    "السامية",
    "العام",
    "العامة",
    "الأممي",
    "الأممية",
    "الدولي",
    "الدولية",
    "الإقليمي",
    "الدائم",
    "المساعد",
    "الوطني",
    "الوطنية",
  ].map(normalizeKey),
);

/**
 * How many words at `j` are ل glued to a common noun in construct with an ال-word, and the ال-words after
 * it, after an office's adjective and before a name (المبعوث الخاص لمنطقة القرن الأفريقي فلان); else 0.
 * Not a given name (ليلى، لطفي), a title (لوزير الخارجية: a second person) or a noun with a pronoun
 * (لنظيره), and not when no name follows (قال المبعوث الخاص لصحيفة الغد إن).
 */
export function linkedConstruct(doc: TaggingDocument, j: number, headEnd: number): number {
  const { tokens, words, lex } = doc;
  const t = tokens[j]!;
  if (t.text[0] !== "ل" || t.text.startsWith("لل") || lex.given.has(t.text) || lex.titleWords.has(t.text)) return 0;
  // The ل-phrase qualifies a whole office after its adjective (المبعوث الخاص، الأمين العام); after a noun or
  // a nationality it is the verb's (قال وزير الصحة لمراسل الجزيرة فلان، قال السفير السعودي لمراسل الصحيفة
  // فلان: a second person).
  if (!OFFICE_ADJECTIVES.has(tokens[j - 1]!.text)) return 0;
  const isNoun = (key: string) =>
    words.isCommon(key) && !words.isPossessedNoun(key) && !lex.titleWords.has(key) && !lex.pronounTitles.has(key);
  // ل رئاسة الجمهورية: the ل a segmenter writes apart, its noun the next word.
  const apart = procliticApart(tokens, j, "ل") && isNoun(tokens[j + 1]!.text);
  // لجنة، لقاء: a word of its own that begins with ل.
  if (!apart && words.isCommon(t.text)) return 0;
  if (!apart && !t.readings.some((r) => r.skip === 1 && isNoun(r.key))) return 0;
  const definite = apart ? j + 2 : j + 1;
  let k = definite;
  while (k - j <= 3 && tokens[k]?.tight && tokens[k]!.text.startsWith("ال") && !lex.given.has(tokens[k]!.text.slice(2)))
    k++;
  if (k === definite || !tokens[k]?.tight || !words.mayStartName(tokens, k)) return 0;
  // Right after the head (الأمين العام لرئاسة الجمهورية فلان) only a listed given name opens the name.
  if (j === headEnd && !lex.given.has(tokens[k]!.text)) return 0;
  return k - j;
}

/**
 * «وزير الخارجية في حكومة الوفاق الهادي مختار بن غلبون»: deep in a title (two words past its head at
 * least), an ال-word that is a given name with the article (الهادي، الطاهر، الصادق) before two more name
 * words, or before «son of» and a name word, begins the name; the title ends before it. Not right after
 * the head (المفوض السامي فيليبو غراندي), not a nationality or a title word (الأمين), not a body's name in
 * construct (رئيس كتلة النصر فلان).
 */
export function givenNameWithArticle(doc: TaggingDocument, j: number, headEnd: number): boolean {
  const { tokens, lex, words } = doc;
  const text = tokens[j]!.text;
  if (j < headEnd + 2 || !text.startsWith("ال") || !lex.given.has(text.slice(2)) || lex.titleWords.has(text))
    return false;
  // رئيس كتلة النصر، حزب الخضر: after an indefinite word it is that body's name.
  // رئيس الوزراء العراقي المكلف فلان: after a nationality, an adjective of the office (المكلف، الثاني).
  const prev = tokens[j - 1]!.text;
  if (!prev.startsWith("ال") || words.nationalityOf(prev) !== undefined) return false;
  if (words.nationalityOf(text) !== undefined || !tokens[j + 1]?.tight) return false;
  // الوزير الأسبق الصادق بن عمر الفقيه: «son of» and a name word after it make it the name's first word.
  if (SON_OF.has(tokens[j + 1]!.text)) return sonOfNext(doc, j);
  if (!words.mayStartName(tokens, j + 1)) return false;
  return nameEnd(doc, j + 1) - (j + 1) >= 2;
}

/** Units a number follows in an office (النائب عن الدائرة 12، قائد المنطقة 4، قائد الفرقة 9), normalised. */
const NUMBERED_UNITS = new Set(
  ["دائرة", "منطقة", "حي", "فرقة", "كتيبة", "قطاع", "مقاطعة"].flatMap((w) => [w, `ال${w}`]).map(normalizeKey),
);

/** Whether token `j` is a number after a numbered unit of the title (الدائرة 12): the title goes on. */
export function unitNumber({ tokens }: TaggingDocument, j: number): boolean {
  return /^[0-9]{1,3}$/.test(tokens[j]!.text) && NUMBERED_UNITS.has(tokens[j - 1]!.text);
}

/** Whether a word is an officer's rank (اللواء، العقيد), which names no office of its own. */
export function isRank(text: string): boolean {
  return RANKS.has(text);
}

/** Officers' ranks with the article, normalised: a name follows them, never more of the title. */
const RANKS = new Set(
  [
    "المشير",
    "الفريق",
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الملازم",
    "الجنرال",
    "الأدميرال",
    "الأميرال",
    "الكولونيل",
    "المارشال",
    "الماريشال",
    "الميجور",
    "اللفتنانت",
    "البريغادير",
  ].map(normalizeKey),
);

/** شؤون with its proclitics (لشؤون، وشؤون). */
export function isPortfolioWord(t: Token): boolean {
  return t.readings.some((r) => r.key === PORTFOLIO);
}

/**
 * After شؤون: a word without the article and the ال-word closing its construct (أسرى الحرب) take 2; else
 * 0. شؤون governs a portfolio's noun, never a name, so a word the dictionary lacks (a broken plural) or a
 * names list holds (أسرى is also a given name there) is the noun here.
 */
export function portfolioNoun({ tokens }: TaggingDocument, j: number): number {
  const next = tokens[j + 1];
  const noun = !tokens[j]!.text.startsWith("ال");
  return noun && next?.tight && next.text.startsWith("ال") ? 2 : 0;
}

/**
 * «رئيس المجلس الشعبي الولائي أحمد بوبكر»، «المتحدث العسكري العقيد فلان»: an ال-word that is also someone's
 * surname, inside a title's chain of ال-words and before a name, is the title's adjective. Not right
 * after the head: «الرئيس الأسد» is the name.
 */
export function adjectiveBeforeName(doc: TaggingDocument, j: number, headEnd: number): boolean {
  const { tokens, matchAt, words, lex } = doc;
  const m = matchAt.get(j);
  const t = tokens[j]!;
  if (!m || m.last !== j + 1 || m.skip > 0 || j === headEnd || !t.text.startsWith("ال")) return false;
  // Only a surname that is a weak form (?الولائي), and not after a nationality: «الرئيس السوري الأسد» is
  // the name.
  if (!m.hits.every((h) => h.flags & NEEDS_SUPPORT) || words.nationalityOf(tokens[j - 1]!.text)) return false;
  if (!tokens[j - 1]!.text.startsWith("ال") || !tokens[j + 1]?.tight) return false;
  const next = tokens[j + 1]!;
  // An officer's rank or an honorific may stand between the title and the name.
  if (lex.honorifics.has(next.text) || lex.titleWords.has(next.text)) return true;
  return words.mayStartName(tokens, j + 1) && nameEnd(doc, j + 1) - (j + 1) >= 2;
}

/** Indefinite nouns a construct chain may hold before its definite end (رئيس قسم مكافحة الجرائم). */
const MAX_CHAIN_NOUNS = 3;

/**
 * How many indefinite nouns of a construct chain start at token `j`: common words, no given names,
 * followed by a word with the article, as every chain ends (رئيس قسم مكافحة الجرائم الإلكترونية);
 * 0 when there is none. A name after a title never ends so.
 */
export function constructChainLength(doc: TaggingDocument, j: number): number {
  const { tokens, words, lex } = doc;
  for (let k = j; k <= j + MAX_CHAIN_NOUNS && tokens[k]?.tight; k++) {
    const token = tokens[k]!;
    const text = token.text;
    if (k > j && text.startsWith("ال")) return k - j;
    // رئيس ديوان المحاسبة: the head of a body's name is a noun of the chain, though also a given name;
    // inside the chain (سلطة جودة البيئة) a given name that is a word is the word.
    // مديرة إدارة الخدمات: a division word (إدارة، مديرية) is a noun of the chain too.
    const bodyHead = (lex.cuesOfId(token.id) & ORG_HEAD) !== 0 || lex.lists.divisionHeads.has(text);
    const possessed = words.isPossessedNoun(text);
    // وزير خارجية ها، رئيس وزراء ها: a noun whose pronoun a segmenter wrote apart (its ة as ت or not).
    const pronounApart = pronounAfter(tokens, k) && (words.isCommon(text) || words.isCommon(withTaMarbuta(text)));
    const noun = bodyHead || ((possessed || pronounApart || words.isCommon(text)) && (k > j || !lex.given.has(text)));
    // أن، لم، قد: particles are no nouns of a chain.
    if (text.length < 3 || text.startsWith("ال") || !noun) return 0;
    // رئيس مجلس مقاطعة كينيما: a division word ends the chain with the place it governs, one the KB lacks too.
    const governed = bodyHead ? unknownGovernedPlace(doc, k + 1) : 0;
    if (governed > 0) return k - j + 1 + governed;
    // وزير خارجيتها، رئيسة وزرائها: a noun with a pronoun is definite, and ends the chain as well.
    if (possessed) return k - j + 1;
    if (pronounApart) return k - j + 2;
  }
  return 0;
}
