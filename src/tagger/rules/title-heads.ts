/**
 * Title heads beyond titles.txt, each a title only where the words around it say so: a royal title in
 * construct with a place's name or with البلاد (أمير الكويت، ولي عهد أبوظبي، أمير البلاد: alone, أمير
 * and سلطان are given names), and an honorific of office followed by a name (معالي الدكتور فلان، سمو
 * الشيخ فلان; not فخامة الرئيس, where the title after it is the one read), and a department's head where
 * the title names the division it serves (مديرة التنمية الاجتماعية في المحافظة), and a construct title
 * told with ل (المدير السابق لجهاز المخابرات, lam-titles.ts). Also the place a
 * governor's title or a division word governs, known to the KB or not (والي قفصة، رئيس بلدية ميديين).
 */

import { procliticApart } from "../clitics.ts";
import type { TaggingDocument } from "../document.ts";
import type { Token } from "../tokenize.ts";
import { ORG_HEAD, SETTLEMENT, TITLE_START } from "../lexicon.ts";
import { pronounAfter, withTaMarbuta } from "../pronoun-titles.ts";
import { NAME_HEADS } from "../word-tests.ts";

/** A title head's tokens: [first, last), `skip` characters of proclitics on the first. */
export interface HeadSpan {
  readonly first: number;
  readonly last: number;
  readonly skip: number;
}

/** What a country is called in a royal title's construct when the page does not name it: أمير البلاد. */
const THE_COUNTRY = "البلاد";

/** A royal title in construct with a place's name or with البلاد; the place is left to the modifiers. */
export function constructTitleAt(doc: TaggingDocument, i: number): HeadSpan | undefined {
  const { tokens, matchAt, words } = doc;
  for (const head of phrasesAt(tokens, i, doc.lex.lists.constructTitles)) {
    const next = tokens[head.last];
    if (!next?.tight) continue;
    // متصرف لواء الرمثا، أمين منطقة الرياض: a division word may come between the title and the place.
    const division = doc.lex.lists.divisionHeads.has(next.text) && tokens[head.last + 1]?.tight;
    const m = matchAt.get(division ? head.last + 1 : head.last) ?? matchAt.get(head.last);
    const place =
      (m !== undefined && m.skip === 0 && !words.isPersonMatch(m)) ||
      (division && unknownGovernedPlace(doc, head.last + 1) > 0);
    // معتمد المحلية، والي الولاية: a division word with the article names the place the page is about.
    const theDivision = next.text.startsWith("ال") && doc.lex.lists.divisionHeads.has(next.text.slice(2));
    if (place || next.text === THE_COUNTRY || theDivision) return head;
    // معتمد تالة، متصرف الرمثا: a governor's title before the place it governs, one the KB lacks too.
    if (unknownGovernedPlace(doc, head.last) > 0) return head;
    if (DEPARTMENT_HEADS.has(tokens[head.first]!.text.slice(head.skip)) && servesDivision(doc, head.last)) return head;
  }
  return undefined;
}

/** A department's head (normalised): a state's official where the title names the division he serves. */
const DEPARTMENT_HEADS = new Set(["مدير", "مديره"]);
/** Most words of a department's name (إدارة الخدمات الاجتماعية) before the division it serves. */
const MAX_DEPARTMENT_WORDS = 4;

/**
 * Whether the department named from token `j` serves a division the title names: «مديرة التنمية
 * الاجتماعية في المحافظة»، «مدير الطاقة بالولاية»، «مدير إدارة المرور في إمارة دبي»، «مدير هيئة مياه
 * الولاية». Its name is nouns and adjectives (with the article, or joined by و); then في, or ب/ل glued to
 * the division, or the division word with the article ending the chain.
 */
export function servesDivision(doc: TaggingDocument, j: number): boolean {
  const { tokens, words, lex } = doc;
  for (let k = j; k <= j + MAX_DEPARTMENT_WORDS && tokens[k]?.tight; k++) {
    const t = tokens[k]!;
    if (k > j && t.text === "في") return isDivision(doc, k + 1, 0);
    const glued = t.readings.find((r) => r.skip > 0 && /^[بل]/.test(t.text) && r.key.startsWith("ال"));
    if (k > j && glued && isDivision(doc, k, glued.skip)) return true;
    // مدير الطاقة ب الولاية: ب or ل written apart.
    if (k > j && procliticApart(tokens, k, "بل")) return isDivision(doc, k + 1, 0);
    // مدير هيئة مياه الولاية: a construct chain may end in the division word itself.
    if (k > j && t.text.startsWith("ال") && GOVERNING_DIVISIONS.has(t.text.slice(2))) return true;
    const bare = t.readings.find((r) => r.skip === 1 && t.text.startsWith("و"))?.key ?? t.text;
    const noun = words.isCommon(bare) || lex.lists.divisionHeads.has(bare) || (lex.cuesOfId(t.id) & ORG_HEAD) !== 0;
    if (!bare.startsWith("ال") && !noun) return false;
  }
  return false;
}

/**
 * Divisions a governor governs, normalised: a department's chain that ends in one serves it (not منطقة،
 * إدارة، محلية, as often a sales region, a management or «local»).
 */
const GOVERNING_DIVISIONS = new Set(["محافظه", "ولايه", "اماره", "مقاطعه", "اقليم", "بلديه"]);

/** A division word with the article (المحافظة، الولاية) or a known place, at token `k` past `skip` letters. */
function isDivision({ tokens, lex, matchAt, words }: TaggingDocument, k: number, skip: number): boolean {
  const t = tokens[k];
  if (!t?.tight && skip === 0) return false;
  const key = t?.readings.find((r) => r.skip === skip)?.key;
  if (key?.startsWith("ال") && lex.lists.divisionHeads.has(key.slice(2))) return true;
  const m = matchAt.get(k);
  return m !== undefined && m.skip === skip && !words.isPersonMatch(m);
}

/**
 * Governors' titles without the article, always in construct with the place they govern (والي قفصة،
 * محافظ الطفيلة، حاكم ولاية، معتمد تالة، متصرف الرمثا…), normalised.
 */
const PLACE_GOVERNORS = new Set(["والي", "محافظ", "حاكم", "عمده", "قايمقام", "معتمد", "متصرف"]);

/**
 * Whether a governor's title, or a title only ever in construct with a place, stands right before token
 * `i` (محافظ صعدة، والي صور، عامل إقليم): what follows it is the place he governs.
 */
export function governorBefore({ tokens, lex }: TaggingDocument, i: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i]!;
  // عمدة مدينة بوردو: a settlement or division word there heads the place's name; it is none itself.
  if (!before || !t.tight || (lex.cuesOfId(t.id) & NAME_HEADS) !== 0 || lex.lists.divisionHeads.has(t.text))
    return false;
  return before.readings.some((r) => PLACE_GOVERNORS.has(r.key) || lex.lists.constructTitles.has(r.key));
}

/**
 * How many words of a place's name the KB lacks start at token `j`, right after an indefinite division
 * or settlement word or a governor's title (بلدية ميديين، لواء الرمثا، مدينة زليتن، والي قفصة): one, or two after a
 * toponym noun (عين، بئر، سيدي); 0 when the words there are no place's: a given name, a title word, a
 * common word, or nothing that a name, a nationality or a comma follows.
 */
export function unknownGovernedPlace(doc: TaggingDocument, j: number): number {
  const { tokens, lex, words, matchAt } = doc;
  const before = tokens[j - 1];
  if (!before || !tokens[j] || matchAt.has(j)) return 0;
  const division = lex.lists.divisionHeads.has(before.text) || (doc.cues[j - 1]! & SETTLEMENT) !== 0;
  if (!division && !before.readings.some((r) => PLACE_GOVERNORS.has(r.key))) return 0;
  const length = lex.lists.toponymHeads.has(tokens[j]!.text) ? 2 : 1;
  for (let k = j; k < j + length; k++) {
    const t = tokens[k];
    if (!t?.tight || t.text.length < 3 || t.text.startsWith("لل") || lex.titleWords.has(t.text)) return 0;
    // The toponym noun itself may be a given name or a word (بئر is Pierre's بير once normalised).
    if (length === 2 && k === j) continue;
    if (lex.given.has(t.text) || (length === 1 && words.isCommon(t.text))) return 0;
  }
  const after = tokens[j + length];
  if (!after) return 0;
  if (!after.tight || words.nationalityOf(after.text)) return length;
  // عمدة جونغ هو …: a governor's title may also be written right before a name, so a name known to be
  // one must follow; a division word always has its place.
  return (division ? words.mayStartName(tokens, j + length) : after.text.length > 2 && lex.given.has(after.text))
    ? length
    : 0;
}

/** An honorific of office that a name (or another honorific: سمو الشيخ) follows; it names no office. */
export function officeHonorificAt(doc: TaggingDocument, i: number): HeadSpan | undefined {
  const { tokens, lex, words } = doc;
  const [head] = phrasesAt(tokens, i, lex.lists.officeHonorifics);
  if (!head) return undefined;
  const next = tokens[head.last];
  // فخامة الرئيس، سمو ولي العهد، معالي الوزير: the title after the honorific is the one to read.
  if (!next?.tight || lex.titleWords.has(next.text) || lex.titles.longestAt(tokens, head.last)) return undefined;
  return lex.honorifics.has(next.text) || words.mayStartName(tokens, head.last) ? head : undefined;
}

/**
 * A title head with a pronoun (وزعيمها خالد مشعل، قائدها), or a title head and its pronoun split off as
 * some segmenters write it (قائد ها).
 */
export function pronounTitleAt({ tokens, lex }: TaggingDocument, i: number): HeadSpan | undefined {
  const reading = tokens[i]!.readings.find((r) => lex.pronounTitles.has(r.key));
  if (reading) return { first: i, last: i + 1, skip: reading.skip };
  if (!pronounAfter(tokens, i)) return undefined;
  // نائبت ه: a feminine's ة is written ت before the pronoun, apart as glued.
  const head = (key: string) => lex.titleHeads.has(key) || lex.titleHeads.has(withTaMarbuta(key));
  const bare = tokens[i]!.readings.find((r) => head(r.key) && !r.key.startsWith("ال"));
  return bare && { first: i, last: i + 2, skip: bare.skip };
}

/** The one- or two-word phrases of `list` starting at token `i`, under each proclitic reading, longest first. */
function phrasesAt(tokens: readonly Token[], i: number, list: ReadonlySet<string>): HeadSpan[] {
  const out: HeadSpan[] = [];
  const next = tokens[i + 1];
  for (const r of tokens[i]!.readings) {
    if (next?.tight && list.has(`${r.key} ${next.text}`)) out.push({ first: i, last: i + 2, skip: r.skip });
    else if (list.has(r.key)) out.push({ first: i, last: i + 1, skip: r.skip });
  }
  return out;
}

/** Most adjectives between a title's head and the ل of its complement (المدير العام السابق لجهاز). */
const MAX_LAM_ADJECTIVES = 2;

/**
 * A construct title told with ل (lam-titles.ts): the head with the article, up to two adjectives with
 * the article (العام، السابق; not a private office's: التنفيذي), and the complement glued to ل as the title
 * writes it (لجهاز، للأمن; للوكالة is no «مدير وكالة»: with the article it may be any agency).
 */
export function lamTitleAt(doc: TaggingDocument, i: number): HeadSpan | undefined {
  const { tokens, lex, words, cues } = doc;
  const text = tokens[i]!.text;
  if (!text.startsWith("ال")) return undefined;
  const head = text.slice(2);
  for (let k = i + 1; k <= i + 1 + MAX_LAM_ADJECTIVES && tokens[k]?.tight; k++) {
    const t = tokens[k]!;
    if (t.text.startsWith("ل") && t.readings.some((r) => r.skip > 0 && lex.lamTitles.has(`${head} ${r.key}`)))
      return { first: i, last: k + 1, skip: 0 };
    if (!t.text.startsWith("ال") || !words.isCommon(t.text) || cues[k]! & TITLE_START) return undefined;
    if (lex.nonGovernment.has(t.text)) return undefined;
  }
  return undefined;
}
