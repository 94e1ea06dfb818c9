/**
 * Knowledge-base matches. Finds the leftmost-longest alias of a known official, place or
 * organisation at each token, with or without proclitics (وبغداد، لبوتين), also when a word segmenter
 * has cut the name in two (ب عقوبة، بل غاريا); then makes a candidate of each match that is sure
 * (neither a short form nor a common word: «فلاديمير بوتين»، «بغداد»). The others wait for support
 * (supported-matches.ts). It must never take «like» + a country out of a first name (كلاوس is not
 * ك + Laos), nor a place that the place blockers rule out (place-blockers.ts).
 */

import { NEEDS_SUPPORT, PARTIAL } from "../../kb/types.ts";
import { type Candidate, tokenName } from "../candidates.ts";
import { ByToken, type TaggingDocument, type TitleParse } from "../document.ts";
import type { AliasHit, GazetteerMatch } from "../gazetteer.ts";
import { MAX_NAME_WORDS, nounBeforeFeminineAdjective, SON_OF } from "../names.ts";
import type { Token } from "../tokenize.ts";
import { PERSIAN_FAMILY_ENDINGS } from "../word-tests.ts";
import { isPlaceHere } from "./place-blockers.ts";

/** Letters a word segmenter may cut off the front of a name: ف and ب (read as proclitics), a stray alef. */
const SPLIT_LETTERS = new Set(["ا", "ف", "ب"]);

/** Pass: the page's knowledge-base matches, leftmost-longest. */
export function findKbMatches(doc: TaggingDocument): void {
  const { tokens, lex } = doc;
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = splitNameAt(doc, i) ?? lex.gazetteer.longestAt(tokens, i);
    if (m && (likeReadingOfAName(doc, m) || persianEndingOfAName(doc, m) || patronymOfAName(doc, m))) {
      i++;
    } else if (m) {
      out.push(m);
      i = m.last;
    } else {
      i++;
    }
  }
  doc.matches = out;
  doc.matchAt = new ByToken(tokens.length);
  for (const m of out) doc.matchAt.set(m.first, m);
}

/** Pass: a candidate of each sure match; the rest are deferred until the page supports them. */
export function sureKbMatches(doc: TaggingDocument): void {
  for (const m of doc.matches) {
    const parsed = doc.titleBefore.get(m.first);
    // سمو الشيخ زايد: an honorific alone does not make a short form (زايد) this page's official.
    const title = parsed?.honorific ? undefined : parsed;
    const sure = m.hits.find((h) => (h.flags & (PARTIAL | NEEDS_SUPPORT)) === 0);
    if (sure) {
      const c = fromKb(doc, m, sure, title);
      if (c) doc.candidates.push(withFamilyChain(doc, c, title !== undefined));
    } else {
      doc.deferred.push(title ? { match: m, title } : { match: m });
    }
  }
}

/** Most family words with the article that may follow a known name (جابر المبارك الحمد الصباح). */
const MAX_FAMILY_CHAIN = 3;

/**
 * A known official's name of two words or more that the page goes on with family words (مشعل الأحمد
 * الجابر الصباح، جابر المبارك الحمد الصباح): the mention is the whole name. It stays the KB's official
 * when his own name has as many words, else it is someone the KB does not know (يحيى صالح العوبلي).
 */
function withFamilyChain(doc: TaggingDocument, c: Candidate, titled: boolean): Candidate {
  const { tokens, words, lex } = doc;
  if (c.type !== "official" || !c.kb || c.last - c.first < 2) return c;
  let end = c.last;
  const ownWords = c.kb.latin.split(/\s+/).length;
  while (end - c.last < MAX_FAMILY_CHAIN) {
    const t = tokens[end];
    if (!t?.tight || !t.text.startsWith("ال") || t.text.length < 5 || lex.lists.afterNameWords.has(t.text)) break;
    // الحوثيين، المسؤولون: a plural is a group of people, never a family (الحوثي).
    if (/(يين|يون)$/.test(t.text) || !words.isNameWord(t.text, false)) break;
    // أدى شريف إسماعيل اليمين الدستورية: a noun its adjective follows is the verb's object, unless the
    // official's own name is that long (حكومة الشيخ أحمد النواف الأحمد الصباح الحالية).
    if (nounBeforeFeminineAdjective(doc, end, t.text) && ownWords < end + 1 - c.first) break;
    end++;
  }
  if (end === c.last) return c;
  const name = tokenName(tokens, c.first, end).slice(c.skip);
  if (ownWords >= end - c.first) return { ...c, last: end };
  return {
    type: "official",
    first: c.first,
    last: end,
    skip: c.skip,
    entity: `new:${name}`,
    name,
    evidence: titled ? "title" : "description",
    // Without a title, the role was the KB namesake's.
    ...(titled && c.role ? { role: c.role } : {}),
  };
}

/** The candidate of a match read as one of its hits; undefined for a place that is no place here. */
export function fromKb(
  doc: TaggingDocument,
  m: GazetteerMatch,
  hit: AliasHit,
  title?: TitleParse,
): Candidate | undefined {
  const { tokens, lex } = doc;
  const e = lex.entities.get(hit.entity);
  if (!e) return undefined;
  if (e.type === "place" && !isPlaceHere(doc, m, e.kind)) return undefined;
  const latest = e.roles?.[e.roles.length - 1];
  // جزيرة جاوة is marked جاوة, إمارة دبي is دبي: a feature's or a division's head stays outside, as the
  // annotated corpus has it; a state's name keeps it (جزر القمر، جزر سليمان are countries).
  const readings = tokens[m.first]!.readings;
  const head =
    e.type === "place" &&
    e.kind !== "country" &&
    m.last - m.first > 1 &&
    (lex.lists.headsOutside.has(readings.at(-1)!.key) || readings.some((r) => lex.lists.divisionHeads.has(r.key)));
  const c: Candidate = {
    type: e.type,
    first: head ? m.first + 1 : m.first,
    last: m.last,
    skip: head ? 0 : m.skip,
    entity: e.id,
    kb: e,
    name: e.ar,
    evidence: "kb",
  };
  const role = title?.role ?? latest?.title;
  const country = title?.country ?? latest?.country ?? e.country;
  if (role) c.role = role;
  if (country) c.country = country;
  return c;
}

/**
 * كلاوس ايبرمان is Klaus, not «like Laos»: a match read under the proclitic ك and followed by a
 * name is the first name of someone; and a given name is never read through a proclitic (كريم).
 */
function likeReadingOfAName({ tokens, words, lex }: TaggingDocument, m: GazetteerMatch): boolean {
  if (m.skip === 0) return false;
  // كريم الهاشمي is Karim, not ك + ريم الهاشمي: a given name is not read through a proclitic.
  if (lex.given.has(tokens[m.first]!.text)) return true;
  if (tokens[m.first]!.text[m.skip - 1] !== "ك") return false;
  const after = tokens[m.last];
  return !!after?.tight && words.isNameWord(after.text, false);
}

/**
 * سالم بن علي الكعبي: a known official's short form that begins with «son of» (بن علي, Ben Ali) right after
 * a given name is that name's father's, someone else's name. Not a place (شمال بنت جبيل: شمال is a given
 * name too, and mostly a word), nor after a given name with the article (الشاذلي بن جديد is Bendjedid).
 */
function patronymOfAName({ tokens, lex }: TaggingDocument, m: GazetteerMatch): boolean {
  const prev = tokens[m.first - 1];
  if (m.skip > 0 || !prev || !tokens[m.first]!.tight || !SON_OF.has(tokens[m.first]!.text)) return false;
  if (!m.hits.some((h) => lex.entities.typeOf(h.entity) === "official")) return false;
  return prev.readings.some((r) => lex.given.has(r.key) && !lex.lists.wordLikeGivenNames.has(r.key));
}

/**
 * قاسمي نجاد، ولي زاده: a Persian family name's last word after another name word is that name's end,
 * not the official the KB knows by it alone (نجاد, Ahmadinejad).
 */
function persianEndingOfAName({ tokens, words, lex }: TaggingDocument, m: GazetteerMatch): boolean {
  const prev = tokens[m.first - 1];
  if (m.last - m.first !== 1 || m.skip > 0 || !prev || !tokens[m.first]!.tight) return false;
  if (!PERSIAN_FAMILY_ENDINGS.has(tokens[m.first]!.text)) return false;
  // ولي زاده، وولي زاده: a given name that is also a title word (ولي) is the name's here; عاد نجاد، وعاد نجاد
  // «Nejad returned» is a verb's, as a given name that is as often a word is.
  const wordLike = lex.lists.wordLikeGivenNames;
  if (prev.readings.some((r) => wordLike.has(r.key))) return false;
  return words.isNameWord(prev.text, false) || prev.readings.some((r) => lex.given.has(r.key));
}

/**
 * A name the text cuts in two, as some word segmenters do: its first letter split off as if it
 * were a proclitic or a stray alef (ف يديل كاسترو، ب عقوبة، ا سرائيل), its first two letters split
 * off as if a word (بل غاريا), or a place's ending split off as if it were «her» (بن ها for بنها).
 * Only when the halves joined are a known name, and a cut ending only after a word that is no
 * ordinary word. A split «ه» («his») is not tried:
 * سالت ه، براي ه are ordinary words far more often than a name.
 */
function splitNameAt({ tokens, lex, words }: TaggingDocument, i: number): GazetteerMatch | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || b.start !== a.end + 1) return undefined;
  // بل غاريا، ام ريكا: two letters cut off as if a word, before a rest that is no word of its own.
  const letter = a.text.length === 1 && SPLIT_LETTERS.has(a.text);
  if (letter || (a.text.length === 2 && b.text.length >= 4)) {
    // Most two-letter words are في، من، لا: a name starting with the joined word is rare, and checked first,
    // but for a rest that is a common word by its id's bit, which is cheaper still.
    if (!letter && lex.isCommonId(b.id)) return undefined;
    if (!lex.gazetteer.startsAlias(a.text, b.text) || (!letter && words.isCommon(b.text))) return undefined;
    const text = a.text + b.text;
    const id = lex.wordId(text);
    const joined: Token = { ...b, start: a.start, text, id, readings: [{ skip: 0, key: text, id }] };
    const m = lex.gazetteer.longestAt([joined, ...tokens.slice(i + 2, i + 2 + MAX_NAME_WORDS)], 0);
    return m && { first: i, last: i + 1 + m.last, skip: 0, hits: m.hits };
  }
  if (b.text !== "ها" || a.text.length < 2 || words.isCommon(a.text)) return undefined;
  const hits = lex.gazetteer.hitsOf(a.text + b.text)?.filter((h) => lex.entities.typeOf(h.entity) === "place");
  return hits?.length ? { first: i, last: i + 2, skip: 0, hits } : undefined;
}
