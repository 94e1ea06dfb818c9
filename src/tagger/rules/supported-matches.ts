/**
 * Knowledge-base matches that need support: short forms (بوتين، أنان) and names that are also words
 * (صيام «fasting», بورصة «stock exchange»). One document, one person: a short form is the official
 * when the page names him in full, or a title fits him («الرئيس الصيني هو» is Hu Jintao), or the page
 * names his office (الأمين العام للأمم المتحدة … قال أنان); a place named by a common word only right
 * after a settlement word (مدينة بورصة) or joined by و to a town of its country (أراك وتبريز), a state
 * to a state (لبنان ومالي). A title
 * that cannot be the KB namesake's still marks someone the KB does not know (الجنرال جيمس جونز), and so
 * does a title before a short form that is a given name with a name after it (الوزير توفيق قباني). It must never take a lone surname inside someone else's
 * name (أحمد المالكي، سيباستيان باول), nor «الملك هو» as Hu Jintao, nor أمان «safety» as Amman.
 */

import { NEEDS_SUPPORT } from "../../kb/types.ts";
import { type Candidate, pickSupported } from "../candidates.ts";
import type { PageOffices, TaggingDocument, TitleParse } from "../document.ts";
import type { AliasHit, GazetteerMatch } from "../gazetteer.ts";
import { SETTLEMENT } from "../lexicon.ts";
import { governorBefore } from "./title-heads.ts";
import { isParticleAn, nameEnd, unknownOfficial } from "../names.ts";
import type { Token } from "../tokenize.ts";
import { keyOf, readingOf } from "../word-tests.ts";
import { atDateline } from "./datelines.ts";
import { fromKb } from "./kb-matches.ts";
import { bareOffice } from "./titles.ts";

/** Pass: each deferred match that the page supports becomes a candidate. */
export function supportedMatches(doc: TaggingDocument): void {
  const { candidates, lex } = doc;
  // Grows as the page's mentions are read: «نتنياهو … ثم امتدح نتنياهو» is one person twice.
  const supported = new Set(candidates.map((c) => c.entity));
  const accept = (c: Candidate) => {
    candidates.push(c);
    supported.add(c.entity);
  };
  for (const { match, title } of doc.deferred) {
    // A place whose name is a common word: only right after a settlement word or beside a town of its
    // country, never by the page's other mentions (أمان «safety» is no Amman, whatever else the page
    // says of Amman). After a title and before a family name it is a person's given name: «وزيرة الصحة
    // ريم الحسن».
    if (match.hits.every((h) => lex.entities.typeOf(h.entity) === "place")) {
      const c =
        afterSettlementWord(doc, match) ||
        (match.skip === 0 && governorBefore(doc, match.first)) ||
        coordinatedWithPlace(doc, match) ||
        atDateline(doc, match)
          ? fromKb(doc, match, match.hits[0]!)
          : title && opensLongerName(doc, match)
            ? unknownOfficial(doc, match.first, title.role, title.country, "title")
            : undefined;
      if (c) accept(c);
      continue;
    }
    const hit = pickSupported(match.hits, supported, lex.entities);
    if (hit) {
      const c = fromKb(doc, match, hit, title);
      if (c) accept({ ...c, evidence: "coreference" });
      continue;
    }
    // رئيس الوزراء العراقي المالكي: of several namesakes (Nouri and Riyad al-Maliki), the one the title fits best.
    const fallback = (title && bestFitting(doc, match.hits, title)) || match.hits[0];
    if (!title && insideAnotherName(doc, match)) continue;
    if (title && opensLongerName(doc, match)) {
      const c = unknownOfficial(doc, match.first, title.role, title.country, "title");
      if (c) accept(c);
      continue;
    }
    // «الرئيس المصري وزير الداخلية»: a short form that is a title word (وزير، الزعيم، النقيب) opens the
    // next title after a title; only the page's full name supports it.
    const titleWord = match.last - match.first === 1 && lex.titleWords.has(keyOf(doc.tokens, match) ?? "");
    const titled = title !== undefined && fallback !== undefined && !titleWord && titleFits(doc, fallback, title);
    // قال أنان after «الأمين العام للأمم المتحدة»: the page names the office, if not the man (asked last:
    // it reads each of the official's roles).
    const officeNamedOnPage = (hit: AliasHit) => !isLooseWord(doc, match) && officeOnPage(doc, hit, doc.offices);
    if (fallback && (titled || (fallback.flags & NEEDS_SUPPORT) === 0 || officeNamedOnPage(fallback))) {
      const c = fromKb(doc, match, fallback, title);
      if (c) accept(c);
    } else if (title) {
      // الجنرال جيمس جونز is a general, not the KB's namesake adviser: someone the KB does not know.
      const c = unknownOfficial(doc, match.first, title.role, title.country, "title");
      if (c) accept(c);
    } else {
      const leader = compatriotAfterVerb(doc, match);
      const c = leader && fromKb(doc, match, leader);
      if (c) accept(c);
    }
  }
}

/** Verbs of an official act whose subject follows them (ترأس عباس اجتماعا، استقبل الأسد). */
const ACT_VERBS = new Set(["تراس", "استقبل", "التقي", "زار", "اجتمع", "هاتف", "اجري", "بحث"]);

/**
 * ترأس عباس اجتماعا … بمشاركة رئيس الوزراء إسماعيل هنية: a short form that needs support (a given name
 * such as عباس), right after a verb of saying or of an official act, is the namesake who led the country
 * the page's other known officials serve. Not a common word (كل, Gül's), a title word, a word-like given
 * name, a word before more of a name (كاظمي فر), nor a surname of someone the page names in full.
 */
function compatriotAfterVerb(doc: TaggingDocument, match: GazetteerMatch): AliasHit | undefined {
  const { tokens, lex, candidates, words } = doc;
  const prev = tokens[match.first - 1];
  const next = tokens[match.last];
  const text = tokens[match.first]!.text.slice(match.skip);
  // Not «وأكد كل من»: كل is Gül's short form, and a word first.
  const word = lex.titleWords.has(text) || lex.lists.wordLikeGivenNames.has(text) || lex.common.has(text);
  if (!prev || match.last - match.first !== 1 || word || text.length < 3) return undefined;
  if (!prev.readings.some((r) => lex.speechVerbs.has(r.key) || ACT_VERBS.has(r.key))) return undefined;
  // كاظمي فر: a name word after it makes it part of a longer name.
  if (next?.tight && words.isNameWord(next.text, false)) return undefined;
  // وقال الصايغ after جورج نقولا الصايغ: the page's own person, named in full, is the one (short-forms.ts).
  const pageNames = candidates.filter((c) => c.type === "official" && !c.kb && c.last - c.first > 1);
  if (pageNames.some((c) => tokens[c.last - 1]!.text === text)) return undefined;
  const countries = new Set(candidates.filter((c) => c.type === "official" && c.kb).map((c) => c.kb!.country));
  // Only a head of state or government: the one of his country the press names so (عباس, not any
  // minister a surname may name).
  return match.hits.find((h) => {
    const e = lex.entities.get(h.entity);
    if (e?.type !== "official" || e.country === undefined || !countries.has(e.country)) return false;
    return (e.roles ?? []).some((r) => HEAD_OF_STATE.test(bareOffice(r.title)));
  });
}

/** A head of state's or government's office, normalised without its article. */
const HEAD_OF_STATE = /^(رييس( الوزراء| الحكومه| الجمهوريه| الدوله| السلطه)?|ملك|امير|سلطان)$/;

/** Whether a match follows a settlement word (مدينة، بلدة، حي) directly: مدينة بورصة. */
function afterSettlementWord({ tokens, cues }: TaggingDocument, m: GazetteerMatch): boolean {
  return m.skip === 0 && m.first > 0 && (cues[m.first - 1]! & SETTLEMENT) !== 0 && tokens[m.first]!.tight;
}

/**
 * Whether a place match is joined by و to a place the page names for sure, of the same country: «أراك
 * وتبريز», «تبريز وأراك» (Arak, «I see you», beside Tabriz). A list names things of one kind.
 */
function coordinatedWithPlace(doc: TaggingDocument, m: GazetteerMatch): boolean {
  const { tokens, lex, candidates } = doc;
  const entity = lex.entities.get(m.hits[0]!.entity);
  const country = entity?.country;
  if (!country) return false;
  // سوريا ولبنان ومالي: a state joined by و to another state is one too.
  const state = entity.kind === "country";
  const placeOf = (c: Candidate) =>
    c.type === "place" && (state ? c.kb?.kind === "country" : c.kb?.country === country);
  const first = tokens[m.first]!;
  // وأراك: the و is the match's own proclitic; و written apart is a token of its own.
  const ownJoiner = m.skip === 1 && first.text.startsWith("و");
  const endBefore = ownJoiner ? m.first : tokens[m.first - 1]?.text === "و" ? m.first - 1 : -1;
  if (first.tight && candidates.some((c) => c.last === endBefore && placeOf(c))) return true;
  const next = tokens[m.last];
  if (!next?.tight || m.skip > 0) return false;
  if (next.text === "و") return candidates.some((c) => c.first === m.last + 1 && c.skip === 0 && placeOf(c));
  return next.text.startsWith("و") && candidates.some((c) => c.first === m.last && c.skip === 1 && placeOf(c));
}

/**
 * Whether a title can be this official's: the same head (الرئيس، الملك، وزير) as one of the roles,
 * or the same country. «الملك هو» is not Hu Jintao; «الرئيس الصيني هو» is.
 */
function titleFits(doc: TaggingDocument, hit: AliasHit, title: TitleParse): boolean {
  const entity = doc.lex.entities.get(hit.entity);
  if (!entity?.roles?.length) return true;
  const head = (words: string) => bareOffice(words).split(" ")[0]!;
  const wanted = title.role && head(title.role);
  if (!wanted && title.country === undefined) return true;
  return entity.roles.some(
    (r) => head(r.title) === wanted || (title.country !== undefined && r.country === title.country),
  );
}

/**
 * The namesake whose office and country the title names: the whole office counts most, then its
 * head word (رئيس), then the country (العراقي names only his land).
 */
function bestFitting(doc: TaggingDocument, hits: readonly AliasHit[], title: TitleParse): AliasHit | undefined {
  const office = title.role ? withoutAdjectives(doc, bareOffice(title.role)) : undefined;
  const head = office?.split(" ")[0];
  let best: AliasHit | undefined;
  let bestScore = 0;
  for (const hit of hits) {
    for (const r of doc.lex.entities.get(hit.entity)?.roles ?? []) {
      const own = bareOffice(r.title);
      const score = (own === office ? 4 : own.split(" ")[0] === head ? 2 : 0) + (r.country === title.country ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [hit, score];
    }
  }
  return best;
}

/** An office's words without its nationality adjectives: «رئيس الوزراء العراقي» is «رئيس الوزراء». */
function withoutAdjectives({ words }: TaggingDocument, office: string): string {
  return office
    .split(" ")
    .filter((w) => !words.nationalityOf(w))
    .join(" ");
}

/**
 * A lone surname right after a given name or another name word, or right before a known given
 * name, belongs to someone else (أحمد المالكي، غالي شكري): not the KB official.
 */
function insideAnotherName(doc: TaggingDocument, m: GazetteerMatch): boolean {
  const { tokens, words, lex } = doc;
  const prev = tokens[m.first - 1];
  const next = tokens[m.last];
  const first = tokens[m.first] as Token;
  // A given name after it (by the token's word id), asked before the longer test of the word before; not
  // a title word (شيراك رئيس الوزراء: رئيس is a given name too, and opens his description).
  // بأن reads بان, a given name too, once normalised.
  if (next?.tight && lex.isGivenId(next.id) && !lex.titleWords.has(next.text) && !isParticleAn(doc, next)) return true;
  // سيباستيان باول، مارغريت ميتشل: someone else's first name before it; a word of two letters is one only
  // as a given name (طه), not a verb (ردّ بلير).
  if (m.skip > 0 || !first.tight || !prev) return false;
  return prev.text.length > 2 ? words.mayBeFirstName(prev.text) : lex.isGivenId(prev.id);
}

/**
 * A short form that is also a given name, with a name word right after it, opens someone else's
 * name: «الوزير توفيق قباني» is not the KB's Hisham Tawfik.
 */
function opensLongerName(doc: TaggingDocument, m: GazetteerMatch): boolean {
  const key = keyOf(doc.tokens, m);
  if (m.last - m.first !== 1 || key === undefined || !doc.lex.given.has(key)) return false;
  // خالد الحارثي، خالد بن سالم الحارثي: the name read from it goes on, through بن or آل too.
  return nameEnd(doc, m.first, m.skip) > m.last;
}

/**
 * Whether a one-word match is as likely someone else or no name at all: a common word (كل), a
 * given name (عباس), or two letters (شي، هو). Such a short form needs the full name or a title.
 */
function isLooseWord({ tokens, lex }: TaggingDocument, m: GazetteerMatch): boolean {
  const reading = readingOf(tokens, m);
  if (m.last - m.first !== 1 || reading === undefined) return false;
  // By the reading's word id: its bits, without hashing the word again.
  return reading.key.length <= 2 || lex.isCommonId(reading.id) || lex.isGivenId(reading.id);
}

/** Whether the page names one of the official's offices (الأمين العام للأمم المتحدة … قال أنان). */
function officeOnPage(doc: TaggingDocument, hit: AliasHit, offices: PageOffices): boolean {
  if (offices.size === 0) return false;
  const roles = doc.lex.entities.get(hit.entity)?.roles ?? [];
  return roles.some((r) => {
    const office = bareOffice(r.title);
    // الأمين العام للأمم المتحدة names its body in its words; رئيس الوزراء needs the country.
    return (
      namesOffice(offices.get(r.country ?? ""), office) ||
      (hasThreeWords(office) && namesOffice(offices.get(""), office))
    );
  });
}

/** Whether an office has three words or more (رئيس الوزراء has two): two spaces, found without splitting it. */
function hasThreeWords(office: string): boolean {
  return office.indexOf(" ", office.indexOf(" ") + 1) > 0;
}

/** Whether one of the offices the page writes starts with `office`. */
function namesOffice(written: ReadonlySet<string> | undefined, office: string): boolean {
  if (written) for (const w of written) if (w.startsWith(office)) return true;
  return false;
}
