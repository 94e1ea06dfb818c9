/**
 * Tests of one word against what the tagger knows: may it be a name, is it a common word, a
 * nationality adjective, a known official's name? The rules ask these; none looks at a page.
 */

import { NEEDS_SUPPORT } from "../kb/types.ts";
import { readings } from "./clitics.ts";
import type { AliasHit, GazetteerMatch } from "./gazetteer.ts";
import {
  GEO_HEAD,
  INSTITUTION,
  type Lexicon,
  NUMBERED_TITLE,
  ORG_HEAD,
  SETTLEMENT,
  STATE_FORM,
  type WordSet,
} from "./lexicon.ts";
import { normalizeKey } from "./normalize.ts";
import type { KnownReading } from "./token-readings.ts";
import type { Token } from "./tokenize.ts";

/** The words a Persian family name ends in, written apart (محمد سعيدي نجاد، أكبر علي زاده، رحيم كاظمي فر). */
export const PERSIAN_FAMILY_ENDINGS = new Set(
  [
    "نجاد",
    "زاده",
    "زادة",
    "بور",
    "فر",
    "فرد",
    "راد",
    "نيا",
    "وند",
    "آبادي",
    "ابادي",
    "أصل",
    "خواه",
    "منش",
    "كيا",
    "بناه",
  ].map(normalizeKey),
);

/** شؤون, normalised: a portfolio's word, joined to another one by و (وزير الخارجية وشؤون المغتربين). */
export const PORTFOLIO = "شوون";
/** Title links that name a body, normalised: under ب or ل too they go on with a title (بحكومة الوفاق). */
const BODY_LINKS = new Set(
  [
    "مجلس",
    "وزارة",
    "لجنة",
    "حزب",
    "هيئة",
    "جهاز",
    "دولة",
    "جمهورية",
    "مكتب",
    "حكومة",
    "حركة",
    "منظمة",
    "جامعة",
    "برلمان",
    "كتلة",
    "تيار",
    "قوات",
    "جيش",
    "شرطة",
    "أمن",
    "مديرية",
    "ولاية",
    "إقليم",
    "محافظة",
    "مدينة",
    "بلدية",
    "مفوضية",
    "تنظيم",
    "أركان",
  ].map(normalizeKey),
);
/** Pronoun suffixes that the corpus splits off but pages keep attached: grammar, a closed set. */
const PRONOUN_SUFFIXES = ["هما", "هم", "هن", "ها", "كم", "كما", "نا", "ه"];
/** Cue words that head the name of a place, a feature, a state or a body: جزيرة، نهر، مدينة، جامعة، منظمة. */
export const NAME_HEADS = ORG_HEAD | SETTLEMENT | STATE_FORM | INSTITUTION | GEO_HEAD;

/**
 * A common word, also with a pronoun suffix attached (نظيره، بلادها، جولته، حديثه «his talk», which is
 * also Haditha). A suffix never follows the article, so «القاهره» is no «القاهر» + ه.
 */
export function isCommonWord(word: string, common: WordSet): boolean {
  if (common.has(word)) return true;
  if (word.startsWith("ال")) return false;
  return PRONOUN_SUFFIXES.some((suffix) => {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) return false;
    const base = word.slice(0, -suffix.length);
    // جولته «his tour»: a ta marbuta is written ت before a pronoun (normalised, جولة is جوله); وزرائها:
    // a last hamza sits on ي (normalised, وزراء keeps ء).
    return (
      common.has(base) ||
      (base.endsWith("ت") && common.has(`${base.slice(0, -1)}ه`)) ||
      (base.endsWith("ي") && common.has(`${base.slice(0, -1)}ء`))
    );
  });
}

/**
 * بلاده، بلادها، بلادنا «his, her, our country» (وزير خارجية بلاده، سفير بلادها): بلاد is a word of place
 * names (بلاد الشام), so the common words leave it out, but with a pronoun it is the noun.
 */
function isCountryWithPronoun(word: string): boolean {
  return word.startsWith("بلاد") && PRONOUN_SUFFIXES.includes(word.slice(4));
}

function hasPronounSuffix(word: string): boolean {
  return PRONOUN_SUFFIXES.some((suffix) => word.length - suffix.length >= 3 && word.endsWith(suffix));
}

/** Enough for the name-like words of many pages; emptied when full, so a long session's memory stays bounded. */
const ANSWERS_LIMIT = 20_000;

export class WordTests {
  /** isNameWord's answers by word, for a later word of a name [0] and a first [1]. */
  private readonly nameWordAnswers = [new Map<string, boolean>(), new Map<string, boolean>()] as const;

  constructor(private readonly lex: Lexicon) {}

  /**
   * Whether `word` may be a word of a person's name (`first`: its first word). Remembered: the rules ask
   * it of the same words many times a page (each title looks back over the words before it), and the
   * answer takes a dozen lookups.
   */
  isNameWord(word: string, first: boolean): boolean {
    const answers = this.nameWordAnswers[first ? 1 : 0];
    let answer = answers.get(word);
    if (answer === undefined) {
      if (answers.size >= ANSWERS_LIMIT) answers.clear();
      answers.set(word, (answer = this.readNameWord(word, first)));
    }
    return answer;
  }

  private readNameWord(word: string, first: boolean): boolean {
    const { titleWords, honorifics, given } = this.lex;
    if (word.length < 2 || titleWords.has(word) || honorifics.has(word)) return false;
    // وزيرا، محافظا: a title head in the accusative or in the dual's construct is no name.
    // انتخب فلان وفلان أمينين للسر: the dual's accusative too.
    if (this.lex.accusativeTitles.has(word) || this.lex.dualAccusativeTitles.has(word)) return false;
    // استقبل الرئيس سفيري كوبا والهند: a dual or plural title (in construct too) begins no name, unless a
    // given name or a known name is spelt so (رئيسي، أميري); later in a name it is a family name (كمال سفيري).
    if (first && !given.has(word) && !this.isKbWord(word, true)) {
      const numbered = this.lex.readings.of(word).some((r) => (this.lex.cuesOfId(r.id) & NUMBERED_TITLE) !== 0);
      if (numbered) return false;
    }
    // والأمير، وسمو: a conjunction and a title or an honorific start the next person.
    if (word[0] === "و" || word[0] === "ف") {
      const rest = word.slice(1);
      if (titleWords.has(rest) || honorifics.has(rest)) return false;
    }
    // رحيم كاظمي فر، أكبر رحيمي أصل: a Persian family name's last word is a name's, though also a word.
    if (!first && PERSIAN_FAMILY_ENDINGS.has(word)) return true;
    // جزيرة سومطرا، مدينة حلب، جامعة القاهرة: the head of a place's or a body's name is no person's name.
    const forms = this.lex.readings.of(word);
    if (forms.some((r) => (this.lex.cuesOfId(r.id) & NAME_HEADS) !== 0)) return false;
    // فيصل is a given name, though ف + يصل would read «and arrives», and so is سارة, though سار + ه
    // would read «he walked» with a pronoun.
    // كيلي is a known official's name, though ك + يلي would read «like: follows»: a proclitic's reading does
    // not outweigh the whole word's.
    // فلان بزيارة، لرعاية: after ب or ل, a given name that is mostly a word (زيارة) is the word; no name
    // word is a preposition and a given name (ك is left: كرواد is a family name, not «like pioneers»).
    const wordLike = /^[بل]/.test(word) ? this.lex.lists.wordLikeGivenNames : undefined;
    const wordOrVerb = (r: KnownReading) =>
      this.isCommon(r.key) || this.isInflectedVerb(r.key) || (r.skip > 0 && !!wordLike?.has(r.key));
    const officialWord = () => word.length > 3 && this.isKbWord(word, true);
    // Not a preposition before the article (بالدور: «in the role»).
    const proclitic = (r: KnownReading) => r.skip > 0 && !r.key.startsWith("ال");
    if (!given.has(word) && forms.some((r) => wordOrVerb(r) && !(proclitic(r) && officialWord()))) return false;
    // «سامر الطراونة وفدا»: a common noun in the accusative (its alif of tanween) ends a name, and so
    // does a participle of the derived forms in the accusative, a circumstantial (متضامنا، مستغربا).
    if (!first && word.length > 3 && word.endsWith("ا") && this.isCommon(word.slice(0, -1))) return false;
    if (!first && word.length >= 6 && /^مس?ت.+[^اي]ا$/.test(word)) return false;
    // وجه، أعلن: a verb of saying or stance opens a clause; it is no name.
    if (forms.some((r) => this.lex.speechVerbs.has(r.key))) return false;
    // الحسين، الصادق: a given name may carry the article; any other ال-word starts no name.
    if (first && word.startsWith("ال") && !given.has(word.slice(2))) return false;
    // لحفاظه «for his keeping»: a preposition and a pronoun around a word; no name starts so.
    if (first && /^[لبك]/.test(word) && forms.some((r) => r.skip > 0 && hasPronounSuffix(r.key))) return false;
    if (/^[0-9]/.test(word) || this.nationalityOf(word)) return false;
    // ريم is a given name and only a weak form of a place's name (one that needs the page's support):
    // it may still start a person's name.
    return !this.isKbWord(word, false) || (given.has(word) && this.onlyNeedsSupport(this.lex.gazetteer.hitsOf(word)));
  }

  /** A given name, also with the article (الطاهر، الصادق). */
  isGivenName(word: string): boolean {
    const { given } = this.lex;
    return given.has(word) || (word.startsWith("ال") && given.has(word.slice(2)));
  }

  /** A one-word match that is a given name and, as a place, only a form that needs the page's support (ريم). */
  isGivenNameOverWeakPlace(word: string, m: GazetteerMatch): boolean {
    return m.last - m.first === 1 && m.skip === 0 && this.lex.given.has(word) && this.onlyNeedsSupport(m.hits);
  }

  private onlyNeedsSupport(hits: readonly AliasHit[] | undefined): boolean {
    return (hits ?? []).every((h) => (h.flags & NEEDS_SUPPORT) !== 0 && this.lex.entities.typeOf(h.entity) === "place");
  }

  /**
   * A verb the dictionary knows in another form: the future (سيقرر، ستعقد: سـ before a present tense),
   * the past plural (استنكروا، اجتمعوا) and the present's dual and plural, future too (يتابعان، تطالبان،
   * يعملون، سيرفعان). A name never runs on into one.
   */
  isInflectedVerb(word: string): boolean {
    const common = this.lex.common;
    if (word.length < 5) return false;
    const present = /^س[يتن]/.test(word) ? word.slice(1) : word;
    if (present !== word && common.has(present)) return true;
    // يتسلم، يتابع: the present of a verb whose past begins with ت (تسلم، تابع), as the dictionary has it.
    if (/^[يتن]ت/.test(present) && present.length >= 5 && common.has(present.slice(1))) return true;
    // ترجمان، تركمان are names: a form in ت is taken only long (تتابعان، تطالبان).
    const dualOrPlural = /^ي.{3,}(ان|ون)$/.test(present) || /^ت.{4,}(ان|ون)$/.test(present);
    if (dualOrPlural && common.has(present.slice(0, -2))) return true;
    return word.endsWith("وا") && common.has(word.slice(0, -2));
  }

  /**
   * A common noun with a pronoun attached (خارجيتها، وزرائها، دفاعه). A lone ه is also how a normalised
   * ta marbuta ends (هيئة is هييه), so a word the dictionary lists whole is no noun + ه.
   */
  isPossessedNoun(word: string): boolean {
    if (isCountryWithPronoun(word)) return true;
    const long = word.length > 5 && /(ها|هما|هم|كم|نا)$/.test(word);
    return (long || (word.endsWith("ه") && !this.lex.common.has(word))) && isCommonWord(word, this.lex.common);
  }

  /** A common word, also with a pronoun suffix attached (نظيره، بلادها). */
  isCommon(word: string): boolean {
    return isCommonWord(word, this.lex.common);
  }

  /** A given name, or a word that may be a name and is no known official's. */
  mayBeFirstName(word: string): boolean {
    return this.lex.given.has(word) || (this.isNameWord(word, false) && !this.isKbWord(word, true));
  }

  /** Whether a name may start at token `i`: a first name, or a compound given name written apart (عز الدين). */
  mayStartName(tokens: readonly Token[], i: number): boolean {
    const t = tokens[i];
    if (!t) return false;
    const next = tokens[i + 1];
    return (
      this.mayBeFirstName(t.text) || (t.text.length > 1 && !!next?.tight && this.lex.given.has(t.text + next.text))
    );
  }

  /** Whether `word` alone is the name of a known official (true), or of a place or organisation (false). */
  isKbWord(word: string, official: boolean): boolean {
    const hits = this.lex.gazetteer.hitsOf(word);
    return !!hits && hits.some((h) => (this.lex.entities.typeOf(h.entity) === "official") === official);
  }

  /** The country of a nationality adjective (الروسي، روسية, with or without proclitics). */
  nationalityOf(word: string): string | undefined {
    for (const r of readings(word)) {
      let k = r.key.startsWith("ال") ? r.key.slice(2) : r.key;
      if (k.endsWith("ه")) k = k.slice(0, -1);
      const cc = this.lex.nationalities.get(k);
      if (cc) return cc;
    }
    return undefined;
  }

  /**
   * A nationality of two words, the second a compass adjective agreeing with the first (الكوري الشمالي،
   * الكورية الجنوبية): the compound's country when the table has it (KP), else the first word's.
   */
  compoundNationalityOf(word: string, next: string): string | undefined {
    const cc = this.nationalityOf(word);
    if (!cc || !word.startsWith("ال") || !this.lex.lists.compassAdjectives.has(next)) return undefined;
    const bare = (w: string) => w.slice(2).replace(/ه$/, "");
    return this.lex.nationalities.get(`${bare(word)} ${bare(next)}`) ?? cc;
  }

  /** A word that may continue a title: a title link, an honorific, or an ال-word. */
  isTitleModifier(word: string): boolean {
    const links = this.lex.titleLinks;
    // حاكم مقاطعة كورسك، متصرف لواء الرمثا: a division word before the place an office governs.
    if (links.has(word) || this.lex.lists.divisionHeads.has(word)) return true;
    // المتحدث باسمها: a link with a pronoun names whose spokesman, as the link alone does.
    if (PRONOUN_SUFFIXES.some((suffix) => word.endsWith(suffix) && links.has(word.slice(0, -suffix.length))))
      return true;
    // والدفاع، بالوكالة: و، ب، ل may join an ال-word to a title; ف and ك never do (فاليري is a name).
    // بحكومة الوفاق، بوزارة الخارجية: ب or ل joins a body's word as well, and و a further portfolio
    // (وزير الخارجية وشؤون المغتربين).
    return readings(word).some((r) => {
      const proclitic = word.slice(0, r.skip);
      if (r.key.startsWith("ال")) return r.key.length > 3 && !/[فك]/.test(proclitic);
      if (proclitic === "و") return r.key === PORTFOLIO;
      return (proclitic === "ب" || proclitic === "ل") && BODY_LINKS.has(r.key);
    });
  }

  /** Whether a KB match may name an official. */
  isPersonMatch(m: GazetteerMatch): boolean {
    return m.hits.some((h) => this.lex.entities.typeOf(h.entity) === "official");
  }
}

/** The first word of a match as looked up, without the proclitics the match skips. */
export function keyOf(tokens: readonly Token[], m: GazetteerMatch): string | undefined {
  return readingOf(tokens, m)?.key;
}

/** The reading of a match's first token that the match is looked up by, with its word id. */
export function readingOf(tokens: readonly Token[], m: GazetteerMatch): KnownReading | undefined {
  return tokens[m.first]!.readings.find((r) => r.skip === m.skip);
}
