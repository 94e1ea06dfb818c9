/**
 * Titles before a name. Finds each title of the page: a head from titles.txt (الرئيس، وزير
 * الخارجية، نظيره), then its modifiers (nationality adjectives, ال-words, places, باسم، في…), as in
 * «التقى الرئيس الروسي فلاديمير بوتين»; records where the name after it would start (directly, or
 * after a comma) with the role as the page writes it and the country of its adjective, and every
 * office the page names, followed by a name or not. It must never take a private title (رئيس
 * الشركة، الرئيس التنفيذي: no official follows), nor read an adjective that is also a surname as a
 * name (الرئيس السوداني عمر البشير).
 */

import { procliticApart } from "../clitics.ts";
import { NEEDS_SUPPORT } from "../../kb/types.ts";
import { normalizeKey, toOriginalSpan } from "../normalize.ts";
import { SETTLEMENT, TITLE_START } from "../lexicon.ts";
import { COMMA_GAP, HAMZA_ARTICLE, writtenAs } from "../names.ts";
import { personNamedLikePlace } from "./person-named-like-place.ts";
import type { TaggingDocument, TitleParse } from "../document.ts";
import type { GazetteerMatch } from "../gazetteer.ts";
import { isDualOrSoundPluralTitle } from "./title-lists.ts";
import {
  adjectiveBeforeName,
  constructChainLength,
  givenNameWithArticle,
  isPortfolioWord,
  isRank,
  linkedConstruct,
  participleComplement,
  portfolioNoun,
  rankBeforeName,
  specifiedElative,
  subjectOfParticiple,
  unitNumber,
} from "./title-modifiers.ts";
import {
  constructTitleAt,
  type HeadSpan,
  lamTitleAt,
  officeHonorificAt,
  pronounTitleAt,
  servesDivision,
  unknownGovernedPlace,
} from "./title-heads.ts";
import type { Token } from "../tokenize.ts";

/**
 * Titles whose office names a place or a body with a preposition of their own: an envoy's where he
 * is sent («المبعوث الأممي إلى اليمن فلان», «سفير مصر إلى واشنطن»), a member of parliament's whom he
 * represents («النائب عن كتلة الأحرار فلان», «النائب عن محافظة البصرة»). After any other title these
 * prepositions start a clause (وصل الرئيس إلى).
 */
const OWN_LINKS = new Map<string, string>(
  [
    ...withArticle(["مبعوث", "مبعوثة", "موفد", "موفدة", "سفير", "سفيرة", "مندوب", "مندوبة"]).map(
      (w) => [w, "إلى"] as const,
    ),
    ...withArticle(["نائب", "نائبة", "عضو", "عضوة"]).map((w) => [w, "عن"] as const),
  ].map(([head, link]) => [normalizeKey(head), normalizeKey(link)]),
);

function withArticle(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, `ال${w}`]);
}

/** Longest run of modifiers after a title head (رئيس مجلس الأمن القومي الروسي). */
const MAX_TITLE_MODIFIERS = 7;

export interface TitleSpan {
  readonly first: number;
  readonly skip: number;
  /** Token after the last modifier. */
  readonly end: number;
  /** Last token that belongs to the role's wording (honorifics excluded). */
  readonly lastWord: number;
  readonly country?: string;
}

const bareOffices = new Map<string, string>();

/** An office's words, normalised and without the leading article: «رئيس الوزراء الاسرائيلي». */
export function bareOffice(words: string): string {
  // The knowledge base's offices are asked again on every page that names their holders.
  let bare = bareOffices.get(words);
  if (bare === undefined) {
    if (bareOffices.size >= 10_000) bareOffices.clear();
    bare = normalizeKey(words).replace(/^ال/, "");
    bareOffices.set(words, bare);
  }
  return bare;
}

/** Pass: titles that a name follows, keyed by where the name starts; every office of the page. */
export function findTitles(doc: TaggingDocument): void {
  const { tokens, norm, offices, lex } = doc;
  const out: TitleParse[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = titleAt(doc, i);
    if (!t) continue;
    const role = roleText(doc, t);
    if (role) {
      const country = t.country ?? "";
      let written = offices.get(country);
      if (!written) offices.set(country, (written = new Set()));
      written.add(bareOffice(role));
    }
    i = t.end - 1;
    const next = tokens[t.end];
    if (!next) continue;
    const gap = norm.text.slice((tokens[t.end - 1] as Token).end, next.start);
    if (!next.tight && !COMMA_GAP.test(gap)) continue;
    // «وزيرة للخارجية، والمعز الجعلي»: after the comma, و opens the list's next item, not the holder's name.
    if (!next.tight && next.text.startsWith("و") && !lex.given.has(next.text)) continue;
    const honorific = lex.lists.officeHonorifics.has(tokens[t.first]!.text.slice(t.skip));
    out.push({
      nameStart: next.tight ? t.end : afterHonorifics(doc, t.end),
      ...(role ? { role } : {}),
      ...(t.country ? { country: t.country } : {}),
      ...(honorific ? { honorific: true as const } : {}),
    });
  }
  for (const t of out) doc.titleBefore.set(t.nameStart, t);
}

/** «نائب رئيس البلدية، المهندس حسن بيضون»: after the comma, honorifics stand before the name. */
function afterHonorifics({ tokens, lex }: TaggingDocument, i: number): number {
  let j = i;
  while (lex.honorifics.has(tokens[j]!.text) && tokens[j + 1]?.tight) j++;
  return j;
}

/**
 * A title at token `i`: its head, then modifiers (nationality adjectives, ال-words, places,
 * باسم، في…). Undefined when there is none, or when it is a private one (رئيس الشركة).
 */
export function titleAt(doc: TaggingDocument, i: number): TitleSpan | undefined {
  if (!(doc.cues[i]! & TITLE_START)) return undefined;
  // The page's knowledge-base matches are found before any title is read, and a title depends on nothing later.
  let span = doc.titleSpans.get(i);
  if (span === undefined) doc.titleSpans.set(i, (span = readTitleAt(doc, i) ?? null));
  return span ?? undefined;
}

function readTitleAt(doc: TaggingDocument, i: number): TitleSpan | undefined {
  const { tokens, lex, words, matchAt } = doc;
  // وزيرة الدولة: a feminine's ة is normalised ه, as a pronoun is (وزيره «his minister»); a longer title wins.
  const pronoun = pronounTitleAt(doc, i);
  const listed = lex.titles.longestAt(tokens, i);
  const head =
    (pronoun && (!listed || listed.last <= pronoun.last) ? pronoun : listed) ??
    constructTitleAt(doc, i) ??
    lamTitleAt(doc, i) ??
    officeHonorificAt(doc, i);
  if (!head) return undefined;
  let j = head.last;
  const ministerial = isMinisterial(tokens, head);
  let country: string | undefined;
  let lastWord = j - 1;
  while (j < tokens.length && j - head.last < MAX_TITLE_MODIFIERS) {
    const t = tokens[j] as Token;
    if (!t.tight) break;
    // الأمين العام ل حزب العمال، المتحدث ب اسم الحكومة: a proclitic written apart reads with its word.
    const apart = apartModifier(doc, j);
    if (apart > 0) {
      j += apart;
      lastWord = j - 1;
      continue;
    }
    // النائب الأكبر سنا: an elative with its accusative of specification.
    const specified = specifiedElative(doc, j);
    if (specified > 0) {
      j += specified;
      lastWord = j - 1;
      continue;
    }
    // رئيس الوزراء المنتهية ولايته: after a participle, a noun with a pronoun is its subject.
    if (j > head.last && subjectOfParticiple(doc, j)) {
      j++;
      lastWord = j - 1;
      continue;
    }
    // محافظ الحديدة المعين من الحكومة، المبعوث الخاص لمنطقة القرن الأفريقي: more of the office.
    // النائب عن الدائرة 12 في البرلمان: a unit's number.
    const complement =
      (j > head.last ? participleComplement(doc, j) || +unitNumber(doc, j) : 0) || linkedConstruct(doc, j, head.last);
    if (complement > 0) {
      j += complement;
      lastWord = j - 1;
      continue;
    }
    // وزير الداخلية المكلف اللواء الصادق …: a rank, an honorific or a title word inside the title ends it
    // before a given name (also one with the article, which would otherwise read as one more ال-word); a
    // title word stays in the role (الناطق باسم الحكومة), a rank or an honorific does not.
    if (j > head.last && rankBeforeName(doc, j)) {
      if (!lex.honorifics.has(t.text) && !isRank(t.text)) lastWord = j;
      j++;
      break;
    }
    if (givenNameWithArticle(doc, j, head.last)) break;
    const m = matchAt.get(j);
    // الرئيس السوداني عمر البشير: an adjective that is also someone's surname is the adjective here.
    const adjective = m?.last === j + 1 && t.text.startsWith("ال") && words.nationalityOf(t.text);
    // «وزير الخارجية الشيخ سامر …»: an honorific before a name is the honorific, even when it is also
    // a known official's surname (الشيخ).
    const honorific = lex.honorifics.has(t.text) && words.mayStartName(tokens, j + 1);
    // «رئيس هيئة الطيران المدني السعودية فلان»: an ال-word after an ال-word, before the title's
    // nationality, agrees with the noun before it; a surname spelt so (المدني) is the adjective here.
    const agreeing =
      m?.last === j + 1 &&
      t.text.startsWith("ال") &&
      tokens[j - 1]!.text.startsWith("ال") &&
      nationalityNext(doc, j + 1);
    const kbWords =
      m && !adjective && !honorific && !agreeing && !adjectiveBeforeName(doc, j, head.last) ? m : undefined;
    if (kbWords && words.isPersonMatch(kbWords) && !nounAfterLink(doc, kbWords)) break;
    // «وزيرة الصحة ريم الحسن»: a given name that is only a weak form of a place's name ends the title;
    // so does a person's name that begins like a place (الرئيس صلاح الدين القطامي).
    if (kbWords && words.isGivenNameOverWeakPlace(t.text, kbWords)) break;
    if (kbWords && personNamedLikePlace(doc, kbWords)) break;
    if (kbWords) {
      j = kbWords.last;
      lastWord = j - 1;
      continue;
    }
    if (OWN_LINKS.get((tokens[i] as Token).text.slice(head.skip)) === t.text) {
      j++;
      continue;
    }
    // «التقى الرئيس الوزيرين فلان وفلان»: a dual or plural title starts titles of its own.
    if (isDualOrSoundPluralTitle(doc, j)) break;
    // الوزير تركي بن سعد: an adjective agrees with its noun's article; without it after a definite word, a
    // nationality's form is a given name (تركي), not the title's adjective (التركي).
    const indefiniteAfterDefinite = !t.text.startsWith("ال") && tokens[j - 1]!.text.startsWith("ال");
    const cc = indefiniteAfterDefinite && lex.given.has(t.text) ? undefined : words.nationalityOf(t.text);
    // «وزير خارجية مصر»، «رئيس وزراء العراق»: an office word in construct with a country's name.
    const construct =
      !cc && !t.text.startsWith("ال") && tokens[j + 1]?.tight ? countryNamed(doc, matchAt.get(j + 1)) : undefined;
    // نائب وزير الخارجية الكوري الشمالي: a compass adjective makes one nationality with the one before.
    const next = tokens[j + 1];
    const compound = cc && next?.tight ? words.compoundNationalityOf(t.text, next.text) : undefined;
    if (compound) {
      country = compound;
      lastWord = j + 1;
      j += 2;
      continue;
    }
    if (cc) country = cc;
    else if (construct) {
      country ??= construct;
      lastWord = j;
      j++;
      continue;
    }
    // ألبير, ألفونس، آلان: a name that begins like the article, which is never written with hamza (إلى, a link, is no name).
    else if (!words.isTitleModifier(t.text) || (HAMZA_ARTICLE.test(writtenAs(doc, t)) && !lex.titleLinks.has(t.text))) {
      // رئيس بلدية ميديين، مدير ناحية القحطانية: an indefinite division word is in construct with a
      // place's name, one the KB lacks too; so is a settlement word inside the title (في مدينة كوبيانسك).
      const settlement = doc.cues[j]! & SETTLEMENT ? unknownGovernedPlace(doc, j + 1) : 0;
      const place = settlement > 0 ? settlement + 1 : unknownGovernedPlace(doc, j);
      if (place > 0) {
        j += place;
        lastWord = j - 1;
        continue;
      }
      // رئيس هيئة مكافحة الفساد: after an indefinite word of the title, a construct chain goes on; after
      // شؤون any noun does (لشؤون أسرى الحرب).
      const chain = isPortfolioWord(tokens[j - 1]!)
        ? portfolioNoun(doc, j)
        : tokens[j - 1]!.text.startsWith("ال")
          ? 0
          : constructChainLength(doc, j);
      if (chain === 0) break;
      j += chain;
      lastWord = j - 1;
      continue;
    }
    // وزير الإدارة المحلية، وزيرة الشباب والرياضة: a minister's portfolio never makes him private; nor
    // does a department that serves a division (مديرة إدارة الخدمات الاجتماعية في الإمارة).
    const nonGovernment = !ministerial && t.readings.some((r) => lex.nonGovernment.has(r.key));
    const department = () => lex.lists.divisionHeads.has(t.text) && servesDivision(doc, j);
    // النائب المنتخب عن الدائرة: a participle with its complement is no team (المنتخب) or body.
    const participle = () => participleComplement(doc, j + 1) > 0;
    if (nonGovernment && !publicBody(doc, j + 1) && !department() && !participle()) return undefined;
    if (!lex.honorifics.has(t.text)) lastWord = j;
    j++;
  }
  return { first: i, skip: head.skip, end: j, lastWord, ...(country ? { country } : {}) };
}

/**
 * How many tokens from `j`, و، ب or ل written apart and what follows it, go on with a title as they would
 * glued: a title's modifier, or (ب، ل) a known body's or place's name; 0 for none.
 */
function apartModifier({ tokens, words, matchAt }: TaggingDocument, j: number): number {
  if (!procliticApart(tokens, j, "وبل")) return 0;
  // أمين سر المجلس ل حركة فتح: a known body or place, as glued (لحركة فتح) it goes on with the title.
  const m = matchAt.get(j + 1);
  if (tokens[j]!.text !== "و" && m !== undefined && m.skip === 0 && !words.isPersonMatch(m)) return m.last - j;
  return words.isTitleModifier(tokens[j]!.text + tokens[j + 1]!.text) ? 2 : 0;
}

/** A minister's title: وزير، الوزيرة، نائب وزير، وزير الدولة. */
const MINISTER = /^(ال)?وزير(ه)?$/;

function isMinisterial(tokens: readonly Token[], head: HeadSpan): boolean {
  for (let k = head.first; k < head.last; k++) if (tokens[k]!.readings.some((r) => MINISTER.test(r.key))) return true;
  return false;
}

/**
 * A one-word match with the article that is only the weak short form of someone's name, right after a
 * title's link (السفير لدى الدولة: الدولة is a minister's surname too): the link governs a noun.
 */
function nounAfterLink({ tokens, lex }: TaggingDocument, m: GazetteerMatch): boolean {
  if (m.last - m.first !== 1 || m.skip > 0 || !m.hits.every((h) => h.flags & NEEDS_SUPPORT)) return false;
  const link = tokens[m.first - 1];
  return tokens[m.first]!.text.startsWith("ال") && !!link && lex.titleLinks.has(link.text);
}

/** Adjectives that make a body public: الإدارة العسكرية، البنك المركزي، الإدارة الذاتية، الجمعية الوطنية. */
const PUBLIC_ADJECTIVES = new Set(["العسكريه", "المدنيه", "الذاتيه", "المركزي", "الانتقاليه", "الوطنيه"]);

/**
 * Whether the word at `j` makes the body before it a state's. Not a nationality: in «رئيس الفيفا
 * السويسري» it is the man's.
 */
function publicBody({ tokens }: TaggingDocument, j: number): boolean {
  const t = tokens[j];
  if (!t?.tight || !PUBLIC_ADJECTIVES.has(t.text)) return false;
  // الجمعية الوطنية للمتقاعدين: a body for some people is no state's.
  const next = tokens[j + 1];
  return t.text !== "الوطنيه" || !next?.tight || !next.text.startsWith("ل");
}

/** Whether a nationality adjective follows tightly at token `j`. */
function nationalityNext({ tokens, words }: TaggingDocument, j: number): boolean {
  const next = tokens[j];
  return !!next?.tight && next.text.startsWith("ال") && words.nationalityOf(next.text) !== undefined;
}

/** The country a KB match names by itself (مصر, العراق), if it is a country's name. */
function countryNamed(doc: TaggingDocument, m: GazetteerMatch | undefined): string | undefined {
  const entity = m?.hits.length === 1 ? doc.lex.entities.get(m.hits[0]!.entity) : undefined;
  return entity?.kind === "country" ? entity.id.replace(/^country:/, "") : undefined;
}

/**
 * The title's words as the page writes them; undefined for «نظيره الصيني», which says whose
 * counterpart he is but not his office (the KB's role, or the event's, tells that).
 */
export function roleText(doc: TaggingDocument, t: TitleSpan): string | undefined {
  const first = doc.tokens[t.first] as Token;
  if (first.text.startsWith("نظير", t.skip)) return undefined;
  // معالي الدكتور: an honorific of office says the person holds one, not which.
  if (doc.lex.lists.officeHonorifics.has(first.text.slice(t.skip))) return undefined;
  const last = doc.tokens[t.lastWord] as Token;
  const [s, e] = toOriginalSpan(doc.norm, first.start + t.skip, last.end);
  const text = doc.norm.source.slice(s, e);
  // للرئيس: the proclitic لل swallowed the article; the role reads الرئيس.
  return t.skip > 1 && first.text.startsWith("لل", t.skip - 2) ? `ال${text}` : text;
}
