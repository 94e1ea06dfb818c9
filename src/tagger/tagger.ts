/**
 * The entity tagger: knowledge-base matches, officials recognised from their title or
 * a description, and one-document-one-person resolution of short forms.
 * Pure: no DOM, no browser or Node API.
 */

import type { CompiledKb, EntityType, KbEntity } from "../kb/types.ts";
import { NEEDS_SUPPORT, PARTIAL } from "../kb/types.ts";
import { readings } from "./clitics.ts";
import { type AliasHit, Gazetteer, type GazetteerMatch } from "./gazetteer.ts";
import { type Normalized, normalize, normalizeKey, toOriginalSpan } from "./normalize.ts";
import { type Token, tokenize } from "./tokenize.ts";
import { type CandidateJudge, linearJudge } from "./mention-filter.ts";
import type { Evidence, Mention } from "./types.ts";

export interface Tagger {
  tag(text: string): Mention[];
}

/** Most name words (besides بن، آل، عبد…) an official's name may have. */
const MAX_NAME_WORDS = 4;
/** Letters a word segmenter may cut off the front of a name: ف and ب (read as proclitics), a stray alef. */
const SPLIT_LETTERS = new Set(["ا", "ف", "ب"]);
/** Longest run of modifiers after a title head (رئيس مجلس الأمن القومي الروسي). */
const MAX_TITLE_MODIFIERS = 7;
/** Words that open a description after a name and a comma (شنجكون، أحد كبار مسؤولي…). */
const DESCRIPTION_OPENERS = new Set(["احد", "احدي", "عضو", "كبير", "مسوول"]);
/** Words that join the parts of a name and never end one (حمد بن خليفة آل ثاني). */
const NAME_CONNECTORS = new Set(["بن", "بنت", "ابن", "ال", "ابو", "عبد", "ابي", "بو", "ولد"]);
/** One unknown word after a title is as often an ordinary word as a name. */
const MIN_UNKNOWN_NAME_WORDS = 2;
/** Regnal numbers: محمد الخامس، تشارلز الأول. */
const REGNAL_ORDINALS = new Set([
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
]);
/** Pronoun suffixes that the corpus splits off but pages keep attached. */
const PRONOUN_SUFFIXES = ["هما", "هم", "هن", "ها", "كم", "كما", "نا", "ه"];
/** Words before المغرب that make it the sunset prayer, not Morocco. */
const PRAYER_WORDS = new Set(["صلاه", "صلاتي", "صلاتا", "اذان"]);
/** An opening quotation mark between two words, and nothing else. */
const QUOTE_GAP = /^\s*["«“]\s*$/;
const COMMA_GAP = /^\s*[،,]\s*$/;
/** Words of a state's long form before its name or its adjectives: جمهورية فنزويلا، الجمهورية البرتغالية. */
const STATE_FORMS = new Set(["جمهوريه", "الجمهوريه", "مملكه", "المملكه", "سلطنه", "اماره", "دوقيه"]);
/** Forms the corpus leaves outside the country's mention: مملكة [غانا]، سلطنة [عمان]. */
const FORMS_OUTSIDE = new Set(["مملكه", "سلطنه", "اماره"]);
/** Words of a regime's name between the form and the nationality (الجمهورية الإسلامية الإيرانية). */
const REGIME_WORDS = new Set(["الاسلاميه", "العربيه", "الشعبيه", "الديمقراطيه", "الاتحاديه", "الاشتراكيه", "المتحده"]);
/** Bits of cueWords(): what a token is a cue for. */
const [SPORTS, ORG_HEAD, SETTLEMENT, STATE_FORM, PRAYER, INSTITUTION] = [1, 2, 4, 8, 16, 32];
/** Places named after a person (جامعة الملك سعود، مطار حيدر علييف، مدينة الصدر): the name is the place's, not an official. */
const INSTITUTION_HEADS = [
  "مدرسة",
  "جامعة",
  "كلية",
  "معهد",
  "مطار",
  "مستشفى",
  "مركز",
  "مسجد",
  "جامع",
  "شارع",
  "ميناء",
  "قاعة",
  "استاد",
  "ملعب",
  "جسر",
  "سد",
  "مؤسسة",
  "مدينة",
].map(normalizeKey);
/**
 * Heads that stay outside a place's mention, as the annotated corpus has them: جزيرة سومطرة is سومطرة,
 * but نهر النيل keeps its head.
 */
const HEADS_OUTSIDE = new Set(["جزيره", "جزر"]);
/** Words in ال that no adjective follows: «إلى السعودية» is the country. */
const NOT_NOUNS = new Set(["الي", "الا", "التي", "الذي", "اللذين", "اللتين", "الذين", "اللاتي"]);
/** Compass adjectives that belong to the place before them (أوروبا الغربية). */
const COMPASS_ADJECTIVES = new Set([
  "الشماليه",
  "الجنوبيه",
  "الشرقيه",
  "الغربيه",
  "الوسطي",
  "الشمالي",
  "الجنوبي",
  "الشرقي",
  "الغربي",
]);
/** Compass words end a place name (حي البياع جنوب بغداد). */
const DIRECTIONS = new Set(["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"]);

/** A candidate before overlaps are settled: a token range with what it is. */
interface Candidate {
  type: EntityType;
  first: number;
  last: number;
  skip: number;
  entity: string;
  kb?: KbEntity;
  name: string;
  role?: string;
  country?: string;
  evidence: Evidence;
}

interface TitleSpan {
  readonly first: number;
  readonly skip: number;
  /** Token after the last modifier. */
  readonly end: number;
  /** Last token that belongs to the role's wording (honorifics excluded). */
  readonly lastWord: number;
  readonly country?: string;
}

/** The offices a page names, as bareOffice() writes them, by the country they are of ("" for none). */
type PageOffices = Map<string, Set<string>>;

/** An office's words, normalised and without the leading article: «رئيس الوزراء الاسرائيلي». */
const bareOffice = (words: string) => normalizeKey(words).replace(/^ال/, "");

interface TitleParse {
  /** Token index where the name would start. */
  readonly nameStart: number;
  /** The office, as the page writes it; none for «نظيره» (a counterpart names no office). */
  readonly role?: string;
  readonly country?: string;
}

/**
 * `judge` overrides the knowledge base's learned filter: training passes one that records the
 * candidates' features and keeps them all.
 */
export function createTagger(kb: CompiledKb, judge?: CandidateJudge): Tagger {
  return new RuleTagger(kb, judge ?? (kb.mentionFilter ? linearJudge(kb.mentionFilter) : null));
}

/** Everything the tagger works on for one text. */
interface Doc {
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
}

class RuleTagger implements Tagger {
  private readonly gazetteer = new Gazetteer();
  private readonly titles = new Gazetteer();
  private readonly entities: readonly KbEntity[];
  private readonly nationalities: Map<string, string>;
  private readonly titleLinks: Set<string>;
  private readonly titleWords = new Set<string>();
  private readonly common: Set<string>;
  private readonly given: Set<string>;
  private readonly honorifics: Set<string>;
  private readonly speechVerbs: Set<string>;
  private readonly nonGovernment: Set<string>;
  private readonly geoHeads: Set<string>;
  /** Every cue word with its cueWords() bits: one lookup a reading instead of four. */
  private readonly cueBits = new Map<string, number>();
  private readonly sportsSuffixes: Set<string>;
  private readonly ordinaryNames: Set<string>;

  constructor(
    kb: CompiledKb,
    private readonly judge: CandidateJudge | null,
  ) {
    this.entities = kb.entities;
    for (const [alias, entity, flags] of kb.aliases) this.gazetteer.add(alias, { entity, flags });
    kb.titles.forEach((t, i) => {
      this.titles.add(t, { entity: i, flags: 0 });
      for (const w of t.split(" ")) this.titleWords.add(w);
    });
    this.nationalities = new Map(kb.nationalities.map(([adj, cc]) => [adj, cc]));
    this.titleLinks = new Set([...kb.titleLinks, ...kb.honorifics]);
    this.common = new Set(kb.commonWords);
    this.given = new Set(kb.givenNames);
    this.honorifics = new Set(kb.honorifics);
    this.speechVerbs = new Set(kb.speechVerbs);
    this.nonGovernment = new Set(kb.nonGovernment);
    this.geoHeads = new Set(kb.geoHeads);
    const cueSets: [Iterable<string>, number][] = [
      [kb.sportsCues, SPORTS],
      [kb.orgHeads, ORG_HEAD],
      [kb.settlementHeads ?? [], SETTLEMENT],
      [STATE_FORMS, STATE_FORM],
      [PRAYER_WORDS, PRAYER],
      [INSTITUTION_HEADS, INSTITUTION],
    ];
    for (const [words, bit] of cueSets) for (const w of words) this.cueBits.set(w, (this.cueBits.get(w) ?? 0) | bit);
    this.sportsSuffixes = new Set(kb.sportsSuffixes);
    this.ordinaryNames = new Set(kb.ordinaryNameWords);
  }

  tag(text: string): Mention[] {
    const norm = normalize(text);
    const doc: Doc = { norm, tokens: tokenize(norm.text) };
    const matches = this.kbMatches(doc.tokens);
    const matchAt = new Map(matches.map((m) => [m.first, m]));
    const titleBefore = new Map<number, TitleParse>();
    const offices: PageOffices = new Map();
    for (const t of this.titleParses(doc, matchAt, offices)) titleBefore.set(t.nameStart, t);
    const cues = this.cueWords(doc.tokens);
    const blocked = this.placeBlockers(doc, cues);

    const candidates: Candidate[] = [];
    const deferred: { match: GazetteerMatch; title?: TitleParse }[] = [];
    for (const m of matches) {
      const title = titleBefore.get(m.first);
      const sure = m.hits.find((h) => (h.flags & (PARTIAL | NEEDS_SUPPORT)) === 0);
      if (sure) {
        const c = this.fromKb(doc.tokens, m, sure, blocked, title);
        if (c) candidates.push(c);
      } else {
        deferred.push(title ? { match: m, title } : { match: m });
      }
    }
    const covered = coveredTokens(candidates);
    for (const [start, title] of titleBefore) {
      if (covered.has(start) || matchAt.has(start)) continue;
      const c = this.unknownOfficial(doc.tokens, start, title.role, title.country, "title");
      if (c) candidates.push(c);
    }
    candidates.push(...this.described(doc, coveredTokens(candidates), matchAt));

    // One document, one person: short forms resolve to a full name on the page.
    const supported = new Set(candidates.map((c) => c.entity));
    for (const { match, title } of deferred) {
      // A place whose name is a common word: only right after a settlement word, never by the page's
      // other mentions (أمان «safety» is no Amman, whatever else the page says of Amman).
      if (match.hits.every((h) => this.entities[h.entity]?.type === "place")) {
        const c = this.afterSettlementWord(doc.tokens, match, cues)
          ? this.fromKb(doc.tokens, match, match.hits[0]!, blocked)
          : undefined;
        if (c) candidates.push(c);
        continue;
      }
      const hit = pickSupported(match.hits, supported, this.entities);
      if (hit) {
        const c = this.fromKb(doc.tokens, match, hit, blocked, title);
        if (c) candidates.push({ ...c, evidence: "coreference" });
        continue;
      }
      const fallback = match.hits[0];
      if (!title && this.insideAnotherName(doc.tokens, match)) continue;
      const titled = title !== undefined && fallback !== undefined && this.titleFits(fallback, title);
      // قال أنان after «الأمين العام للأمم المتحدة»: the page names the office, if not the man.
      const office =
        fallback !== undefined && !this.isLooseWord(doc.tokens, match) && this.officeOnPage(fallback, offices);
      if (fallback && (titled || office || (fallback.flags & NEEDS_SUPPORT) === 0)) {
        const c = this.fromKb(doc.tokens, match, fallback, blocked, title);
        if (c) candidates.push(c);
      } else if (title) {
        // الجنرال جيمس جونز is a general, not the KB's namesake adviser: someone the KB does not know.
        const c = this.unknownOfficial(doc.tokens, match.first, title.role, title.country, "title");
        if (c) candidates.push(c);
      }
    }
    candidates.push(...this.stateLongForms(doc.tokens, candidates, cues));
    for (const c of candidates) this.widenPlace(doc.tokens, c);
    for (const c of candidates) this.sonOf(doc.tokens, c);
    candidates.push(...this.shortForms(doc.tokens, candidates));
    candidates.push(...this.naturalFeatures(doc.tokens, matchAt));
    if (this.judge) candidates.push(...this.afterSettlementHeads(doc.tokens, coveredTokens(candidates), matchAt, cues));
    const people = candidates.filter((c) => c.type !== "official" || !this.namesAPlace(doc.tokens, c.first, cues));
    return toMentions(this.judged(withoutOverlaps(people), doc, cues), doc);
  }

  /** Whether a match follows a settlement word (مدينة، بلدة، حي) directly: مدينة بورصة. */
  private afterSettlementWord(tokens: readonly Token[], m: GazetteerMatch, cues: Uint8Array): boolean {
    return m.skip === 0 && m.first > 0 && (cues[m.first - 1]! & SETTLEMENT) !== 0 && tokens[m.first]!.tight;
  }

  /** Whether the name at `first` follows an institution's head, maybe with a title between (مستشفى الملك فيصل). */
  private namesAPlace(tokens: readonly Token[], first: number, cues: Uint8Array): boolean {
    const title = first > 1 && this.titleWords.has(tokens[first - 1]!.text) ? 1 : 0;
    return first - title > 0 && (cues[first - title - 1]! & INSTITUTION) !== 0 && tokens[first - title]!.tight;
  }

  /** The learned filter's say on each official and place; organisations pass. */
  private judged(candidates: readonly Candidate[], doc: Doc, cues: Uint8Array): Candidate[] {
    const judge = this.judge;
    if (!judge || candidates.length === 0) return [...candidates];
    const sportsBefore = new Int32Array(doc.tokens.length + 1);
    for (let i = 0; i < doc.tokens.length; i++) sportsBefore[i + 1] = sportsBefore[i]! + (cues[i]! & SPORTS);
    const sportsWords = sportsBefore[doc.tokens.length]!;
    const entityCounts = new Map<string, number>();
    for (const c of candidates) entityCounts.set(c.entity, (entityCounts.get(c.entity) ?? 0) + 1);
    const context = {
      tokens: doc.tokens,
      text: doc.norm.text,
      sportsWords,
      sportsBefore,
      entityCounts,
      ordinaryNames: this.ordinaryNames,
    };
    return candidates.filter((c) => c.type === "organization" || judge(c, context));
  }

  /**
   * Whether a title can be this official's: the same head (الرئيس، الملك، وزير) as one of the roles,
   * or the same country. «الملك هو» is not Hu Jintao; «الرئيس الصيني هو» is.
   */
  private titleFits(hit: AliasHit, title: TitleParse): boolean {
    const entity = this.entities[hit.entity];
    if (!entity?.roles?.length) return true;
    const head = (words: string) => bareOffice(words).split(" ")[0]!;
    const wanted = title.role && head(title.role);
    if (!wanted && title.country === undefined) return true;
    return entity.roles.some(
      (r) => head(r.title) === wanted || (title.country !== undefined && r.country === title.country),
    );
  }

  /**
   * A lone surname right after a given name or another name word, or right before a known given
   * name, belongs to someone else (أحمد المالكي، غالي شكري): not the KB official.
   */
  private insideAnotherName(tokens: readonly Token[], m: GazetteerMatch): boolean {
    const prev = tokens[m.first - 1];
    const next = tokens[m.last];
    const first = tokens[m.first] as Token;
    // سيباستيان باول، مارغريت ميتشل: someone else's first name before it.
    if (m.skip === 0 && first.tight && prev && this.mayBeFirstName(prev.text)) return true;
    return !!next?.tight && this.given.has(next.text);
  }

  /**
   * كلاوس ايبرمان is Klaus, not «like Laos»: a match read under the proclitic ك and followed by a
   * name is the first name of someone.
   */
  private likeReadingOfAName(tokens: readonly Token[], m: GazetteerMatch): boolean {
    if (m.skip === 0 || tokens[m.first]!.text[m.skip - 1] !== "ك") return false;
    const after = tokens[m.last];
    return !!after?.tight && this.isNameWord(after.text, false);
  }

  /**
   * A name the text cuts in two, as some word segmenters do: its first letter split off as if it
   * were a proclitic or a stray alef (ف يديل كاسترو، ب عقوبة، ا سرائيل), its first two letters split
   * off as if a word (بل غاريا), or a place's ending split off as if it were «her» (بن ها for بنها).
   * Only when the halves joined are a known name, and a cut ending only after a word that is no
   * ordinary word. A split «ه» («his») is not tried:
   * سالت ه، براي ه are ordinary words far more often than a name.
   */
  private splitNameAt(tokens: readonly Token[], i: number): GazetteerMatch | undefined {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a || !b || b.start !== a.end + 1) return undefined;
    // بل غاريا، ام ريكا: two letters cut off as if a word, before a rest that is no word of its own.
    const letter = SPLIT_LETTERS.has(a.text);
    if (letter || (a.text.length === 2 && b.text.length >= 4)) {
      const text = a.text + b.text;
      // Most two-letter words are في، من، لا: a name starting with the joined word is rare, and checked first.
      if (!this.gazetteer.startsAlias(text) || (!letter && this.isCommon(b.text))) return undefined;
      const joined: Token = { ...b, start: a.start, text, readings: [{ skip: 0, key: text }] };
      const m = this.gazetteer.longestAt([joined, ...tokens.slice(i + 2, i + 2 + MAX_NAME_WORDS)], 0);
      return m && { first: i, last: i + 1 + m.last, skip: 0, hits: m.hits };
    }
    if (b.text !== "ها" || a.text.length < 2 || this.isCommon(a.text)) return undefined;
    const hits = this.gazetteer.hitsOf(a.text + b.text)?.filter((h) => this.entities[h.entity]?.type === "place");
    return hits?.length ? { first: i, last: i + 2, skip: 0, hits } : undefined;
  }

  /** Leftmost-longest knowledge-base matches. */
  private kbMatches(tokens: readonly Token[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = this.splitNameAt(tokens, i) ?? this.gazetteer.longestAt(tokens, i);
      if (m && this.likeReadingOfAName(tokens, m)) {
        i++;
      } else if (m) {
        out.push(m);
        i = m.last;
      } else {
        i++;
      }
    }
    return out;
  }

  private fromKb(
    tokens: readonly Token[],
    m: GazetteerMatch,
    hit: AliasHit,
    blocked: ReadonlySet<number>,
    title?: TitleParse,
  ): Candidate | undefined {
    const e = this.entities[hit.entity];
    if (!e) return undefined;
    if (e.type === "place" && !this.isPlaceHere(tokens, m, blocked, e.kind)) return undefined;
    const latest = e.roles?.[e.roles.length - 1];
    // جزيرة جاوة is marked جاوة: an island's head stays outside, as the annotated corpus has it.
    const head = e.type === "place" && m.last - m.first > 1 && HEADS_OUTSIDE.has(tokens[m.first]!.readings.at(-1)!.key);
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
   * Whether a KB place match is a place here: not inside an organisation's or a club's name,
   * and not a feminine nationality adjective that happens to equal a country's name
   * (العائلة المالكة السعودية).
   */
  private isPlaceHere(
    tokens: readonly Token[],
    m: GazetteerMatch,
    blocked: ReadonlySet<number>,
    kind: KbEntity["kind"],
  ): boolean {
    if (m.skip === 0 && blocked.has(m.first)) return false;
    // لايزال is «still», not ل + Aizawl; بنوك «banks», not ب + نوك: a common word is not read through a proclitic.
    if (m.skip > 0 && this.common.has(tokens[m.first]!.text)) return false;
    const next = tokens[m.last];
    if (next?.tight && this.sportsSuffixes.has(next.text)) return false;
    // مسقط رأسه is «his birthplace», not Muscat.
    if (keyOf(tokens, m) === "مسقط" && next?.tight && next.text.startsWith("راس")) return false;
    // ميلان الإيطالي، بورتو البرتغالي: a city with a masculine nationality adjective is its club (a city's
    // is feminine). المالي is «financial» far more often than «Malian» (سوق دبي المالي).
    const clubAdjective =
      next?.tight && /^ال.+ي$/.test(next.text) && next.text !== "المالي" && this.nationalityOf(next.text);
    if (kind === "city" && clubAdjective) return false;
    const first = tokens[m.first] as Token;
    const prev = tokens[m.first - 1];
    const adjectiveLike =
      m.last - m.first === 1 && m.skip === 0 && first.text.startsWith("ال") && first.text.endsWith("يه");
    return !(adjectiveLike && first.tight && prev?.text.startsWith("ال") && !NOT_NOUNS.has(prev.text));
  }

  /**
   * «راشد بن محمد بن راشد آل مكتوم» is not محمد بن راشد: a known official's name after «X بن» names
   * his son or daughter, someone else. The candidate grows to the whole name, as an unknown official.
   */
  private sonOf(tokens: readonly Token[], c: Candidate): void {
    if (c.type !== "official" || c.skip !== 0) return;
    let first = c.first;
    while (
      first >= 2 &&
      tokens[first]!.tight &&
      (tokens[first - 1]!.text === "بن" || tokens[first - 1]!.text === "بنت") &&
      tokens[first - 1]!.tight &&
      this.isNameWord(tokens[first - 2]!.text, true)
    ) {
      first -= 2;
    }
    if (first === c.first) return;
    const last = Math.max(c.last, this.nameEnd(tokens, first));
    const name = tokens
      .slice(first, last)
      .map((t) => t.text)
      .join(" ");
    Object.assign(c, { first, last, entity: `new:${name}`, name, kb: undefined, role: undefined });
  }

  /**
   * A country's long form is one place: «جمهورية فنزويلا» (the form word joins the country's
   * mention) and «الجمهورية البرتغالية» (the form word and nationality adjectives, for that country).
   */
  private stateLongForms(tokens: readonly Token[], candidates: Candidate[], cues: Uint8Array): Candidate[] {
    const out: Candidate[] = [];
    const countryAt = new Map(candidates.filter((c) => c.entity.startsWith("country:")).map((c) => [c.first, c]));
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!(cues[i]! & STATE_FORM) || !tokens[i + 1]!.tight) continue;
      const form = tokens[i]!.readings.find((r) => STATE_FORMS.has(r.key))!;
      const country = countryAt.get(i + 1);
      if (country && country.skip === 0 && !FORMS_OUTSIDE.has(form.key)) {
        country.first = i;
        country.skip = form.skip;
        continue;
      }
      let last = i + 1;
      let code: string | undefined;
      while (last < tokens.length && last < i + 4 && tokens[last]!.tight) {
        const word = tokens[last]!.text;
        // The form is feminine, and so its adjective: «رئيس الجمهورية العراقي» is the president's title.
        const cc = REGIME_WORDS.has(word) || !word.endsWith("ه") ? undefined : this.nationalityOf(word);
        if (!word.startsWith("ال") || (!cc && !REGIME_WORDS.has(word))) break;
        if (cc) code = cc;
        last++;
      }
      while (last > i + 1 && REGIME_WORDS.has(tokens[last - 1]!.text)) last--; // end on the nationality
      const kb = code ? this.entities.find((e) => e.id === `country:${code}`) : undefined;
      if (!kb) continue;
      out.push({
        type: "place",
        first: i,
        last,
        skip: form.skip,
        entity: kb.id,
        kb,
        name: kb.ar,
        country: code!,
        evidence: "kb",
      });
    }
    return out;
  }

  /**
   * The corpus's extent of a known place: a natural feature's head joins it (نهر النيجر، بحيرة تشاد,
   * the river, not the country) and so does a compass adjective (أوروبا الغربية، أمريكا الجنوبية).
   */
  private widenPlace(tokens: readonly Token[], c: Candidate): void {
    if (c.type !== "place" || !c.kb) return;
    const next = tokens[c.last];
    if (next?.tight && COMPASS_ADJECTIVES.has(next.text)) c.last++;
    const before = tokens[c.first - 1];
    const head = before?.readings.find((r) => this.geoHeads.has(r.key) && !HEADS_OUTSIDE.has(r.key));
    if (c.skip !== 0 || !head || !tokens[c.first]!.tight) return;
    c.first--;
    c.skip = head.skip;
    if (c.kb.kind === "country" || c.kb.kind === "city" || c.kb.kind === "province") {
      // نهر النيجر is a river, not the country: an entity of its own.
      const name = `${before!.text.slice(head.skip)} ${tokens[c.first + 1]!.text}`;
      Object.assign(c, { entity: `new:${name}`, name, kb: undefined, country: c.kb.country });
    }
  }

  /**
   * بلدة كفر كلا، مخيم جنين: one or two unknown words after a settlement word. Guesses, so only
   * offered when the learned filter is there to judge them.
   */
  private afterSettlementHeads(
    tokens: readonly Token[],
    covered: ReadonlySet<number>,
    matchAt: ReadonlyMap<number, GazetteerMatch>,
    cues: Uint8Array,
  ): Candidate[] {
    const out: Candidate[] = [];
    const unknown = (i: number) =>
      !!tokens[i]?.tight && !covered.has(i) && !matchAt.has(i) && this.isNameWord(tokens[i]!.text, false);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!(cues[i]! & SETTLEMENT) || !unknown(i + 1)) continue;
      const second = tokens[i + 2]?.text ?? "";
      const last = unknown(i + 2) && !second.startsWith("ال") && !DIRECTIONS.has(second) ? i + 3 : i + 2;
      const name = tokens
        .slice(i + 1, last)
        .map((t) => t.text)
        .join(" ");
      out.push({ type: "place", first: i + 1, last, skip: 0, entity: `new:${name}`, name, evidence: "settlement" });
    }
    return out;
  }

  /**
   * نهر دنيبرو، جزيرة نيكوبار: an unknown name after the head of a natural feature is a place, with its
   * head (نهر دنيبرو) except an island's (نيكوبار), as the annotated corpus has them. A known place after
   * a head is simply that place.
   */
  private naturalFeatures(tokens: readonly Token[], matchAt: ReadonlyMap<number, GazetteerMatch>): Candidate[] {
    const out: Candidate[] = [];
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      const head = t.readings.find((r) => this.geoHeads.has(r.key));
      if (!head || !next?.tight || matchAt.has(i + 1) || !this.isNameWord(next.text, false)) return;
      const outside = HEADS_OUTSIDE.has(head.key);
      const name = outside ? next.text : `${t.text.slice(head.skip)} ${next.text}`;
      out.push({
        type: "place",
        first: outside ? i + 1 : i,
        last: i + 2,
        skip: outside ? 0 : head.skip,
        entity: `new:${name}`,
        name,
        evidence: "description",
      });
    });
    return out;
  }

  /**
   * Token indices where a place name is not a place: right after منظمة / جامعة / مطار…
   * (part of an organisation's name), after a sports word (a club: فاز ليفربول), after a prayer
   * (صلاة المغرب is the sunset prayer), or after «قال لـ» (a newspaper: الشرق الأوسط).
   */
  private placeBlockers({ tokens, norm: { text } }: Doc, cues: Uint8Array): Set<number> {
    const out = new Set<number>();
    const spokenTo = (i: number) =>
      tokens[i]!.text === "ل" &&
      [i - 1, i - 2].some((j) => tokens[j]?.readings.some((r) => this.speechVerbs.has(r.key)));
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (cues[i]! & (SPORTS | ORG_HEAD | PRAYER) && tokens[i + 1]!.tight) out.add(i + 1);
      // صحيفة «الشرق الأوسط»: a name in quotation marks after an organisation's head is its name.
      if (cues[i]! & ORG_HEAD && QUOTE_GAP.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) out.add(i + 1);
      // قال لـ«الشرق الأوسط»: whom one speaks to is a medium, even one named after a region.
      if (spokenTo(i)) out.add(i + 1);
    }
    return out;
  }

  /** What each token is a cue for (SPORTS, ORG_HEAD, SETTLEMENT, STATE_FORM, PRAYER, INSTITUTION bits), with or without its proclitics: one pass. */
  private cueWords(tokens: readonly Token[]): Uint8Array {
    const flags = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let f = 0;
      for (const { key } of tokens[i]!.readings) f |= this.cueBits.get(key) ?? 0;
      flags[i] = f;
    }
    return flags;
  }

  /**
   * A title at token `i`: its head, then modifiers (nationality adjectives, ال-words, places,
   * باسم، في…). Undefined when there is none, or when it is a private one (رئيس الشركة).
   */
  private titleAt(doc: Doc, i: number, matchAt: ReadonlyMap<number, GazetteerMatch>): TitleSpan | undefined {
    const { tokens } = doc;
    const head = this.titles.longestAt(tokens, i);
    if (!head) return undefined;
    let j = head.last;
    let country: string | undefined;
    let lastWord = j - 1;
    while (j < tokens.length && j - head.last < MAX_TITLE_MODIFIERS) {
      const t = tokens[j] as Token;
      if (!t.tight) break;
      const m = matchAt.get(j);
      // الرئيس السوداني عمر البشير: an adjective that is also someone's surname is the adjective here.
      const adjective = m?.last === j + 1 && t.text.startsWith("ال") && this.nationalityOf(t.text);
      if (m && this.isPersonMatch(m) && !adjective) break;
      if (m && !adjective) {
        j = m.last;
        lastWord = j - 1;
        continue;
      }
      const cc = this.nationalityOf(t.text);
      if (cc) country = cc;
      else if (!this.isTitleModifier(t.text)) break;
      if (t.readings.some((r) => this.nonGovernment.has(r.key))) return undefined;
      if (!this.honorifics.has(t.text)) lastWord = j;
      j++;
    }
    return { first: i, skip: head.skip, end: j, lastWord, ...(country ? { country } : {}) };
  }

  /**
   * The title's words as the page writes them; undefined for «نظيره الصيني», which says whose
   * counterpart he is but not his office (the KB's role, or the event's, tells that).
   */
  private roleText(doc: Doc, t: TitleSpan): string | undefined {
    const first = doc.tokens[t.first] as Token;
    if (first.text.startsWith("نظير", t.skip)) return undefined;
    const last = doc.tokens[t.lastWord] as Token;
    const [s, e] = toOriginalSpan(doc.norm, first.start + t.skip, last.end);
    const text = doc.norm.source.slice(s, e);
    // للرئيس: the proclitic لل swallowed the article; the role reads الرئيس.
    return t.skip > 1 && first.text.startsWith("لل", t.skip - 2) ? `ال${text}` : text;
  }

  /**
   * Titles that a name follows (directly, or after a comma), keyed by where the name starts. Every
   * title of the page, followed by a name or not, goes into `offices`.
   */
  private titleParses(doc: Doc, matchAt: ReadonlyMap<number, GazetteerMatch>, offices: PageOffices): TitleParse[] {
    const { tokens, norm } = doc;
    const out: TitleParse[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = this.titleAt(doc, i, matchAt);
      if (!t) continue;
      const role = this.roleText(doc, t);
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
      out.push({ nameStart: t.end, ...(role ? { role } : {}), ...(t.country ? { country: t.country } : {}) });
    }
    return out;
  }

  /**
   * Whether a one-word match is as likely someone else or no name at all: a common word (كل), a
   * given name (عباس), or two letters (شي، هو). Such a short form needs the full name or a title.
   */
  private isLooseWord(tokens: readonly Token[], m: GazetteerMatch): boolean {
    const key = keyOf(tokens, m);
    if (m.last - m.first !== 1 || key === undefined) return false;
    return key.length <= 2 || this.common.has(key) || this.given.has(key);
  }

  /** Whether the page names one of the official's offices (الأمين العام للأمم المتحدة … قال أنان). */
  private officeOnPage(hit: AliasHit, offices: PageOffices): boolean {
    const roles = this.entities[hit.entity]?.roles ?? [];
    return roles.some((r) => {
      const office = bareOffice(r.title);
      const named = (written: ReadonlySet<string> | undefined) =>
        !!written && [...written].some((w) => w.startsWith(office));
      // الأمين العام للأمم المتحدة names its body in its words; رئيس الوزراء needs the country.
      return named(offices.get(r.country ?? "")) || (office.split(" ").length >= 3 && named(offices.get("")));
    });
  }

  private isPersonMatch(m: GazetteerMatch): boolean {
    return m.hits.some((h) => this.entities[h.entity]?.type === "official");
  }

  private isTitleModifier(word: string): boolean {
    if (this.titleLinks.has(word)) return true;
    return readings(word).some((r) => r.key.startsWith("ال") && r.key.length > 3);
  }

  private nationalityOf(word: string): string | undefined {
    for (const r of readings(word)) {
      let k = r.key.startsWith("ال") ? r.key.slice(2) : r.key;
      if (k.endsWith("ه")) k = k.slice(0, -1);
      const cc = this.nationalities.get(k);
      if (cc) return cc;
    }
    return undefined;
  }

  private isNameWord(word: string, first: boolean): boolean {
    if (word.length < 2 || this.titleWords.has(word) || this.honorifics.has(word)) return false;
    // والأمير، وسمو: a conjunction and a title or an honorific start the next person.
    if (word[0] === "و" || word[0] === "ف") {
      const rest = word.slice(1);
      if (this.titleWords.has(rest) || this.honorifics.has(rest)) return false;
    }
    // فيصل is a given name, though ف + يصل would read «and arrives».
    const given = this.given.has(word);
    if (readings(word).some((r) => (r.skip === 0 || !given) && this.isCommon(r.key))) return false;
    if (first && word.startsWith("ال")) return false;
    if (/^[0-9]/.test(word) || this.nationalityOf(word)) return false;
    return !this.isKbWord(word, false);
  }

  /** A common word, also with a pronoun suffix attached (نظيره، بلادها). */
  private isCommon(word: string): boolean {
    if (this.common.has(word)) return true;
    for (const suffix of PRONOUN_SUFFIXES) {
      if (word.length - suffix.length >= 3 && word.endsWith(suffix) && this.common.has(word.slice(0, -suffix.length))) {
        return true;
      }
    }
    return false;
  }

  /** A given name, or a word that may be a name and is no known official's. */
  private mayBeFirstName(word: string): boolean {
    return this.given.has(word) || (this.isNameWord(word, false) && !this.isKbWord(word, true));
  }

  /** Whether `word` alone is the name of a known official (true), or of a place or organisation (false). */
  private isKbWord(word: string, official: boolean): boolean {
    const hits = this.gazetteer.hitsOf(word);
    return !!hits && hits.some((h) => (this.entities[h.entity]?.type === "official") === official);
  }

  /** End (exclusive) of the name starting at `start`: name words joined by بن، آل، عبد…; `start` when none. */
  private nameEnd(tokens: readonly Token[], start: number): number {
    let end = start;
    let words = 0;
    for (let i = start; i < tokens.length && words < MAX_NAME_WORDS; i++) {
      const t = tokens[i] as Token;
      if (i > start && !t.tight) break;
      if (NAME_CONNECTORS.has(t.text)) continue;
      // وديعة الله، جار الله: «الله» ends a compound name, and so does a regnal number (محمد الخامس);
      // after بن or آل any word is a name (آل ثاني، بن خليفة) but a title; a word glued to لل
      // («للجزيرة») never continues one.
      const afterConnector = i > start && NAME_CONNECTORS.has(tokens[i - 1]!.text) && !this.titleWords.has(t.text);
      const compound =
        i > start &&
        (t.text === "الله" || REGNAL_ORDINALS.has(t.text) || (afterConnector && /^[^0-9]{2}/.test(t.text)));
      if (!compound && (t.text.startsWith("لل") || !this.isNameWord(t.text, i === start))) break;
      words++;
      end = i + 1;
    }
    return end;
  }

  /** An official the KB does not know, named right after a title. */
  private unknownOfficial(
    tokens: readonly Token[],
    start: number,
    role: string | undefined,
    country: string | undefined,
    evidence: Evidence,
    minWords = MIN_UNKNOWN_NAME_WORDS,
  ): Candidate | undefined {
    const last = this.nameEnd(tokens, start);
    if (last === start || last - start < minWords) return undefined;
    const name = tokens
      .slice(start, last)
      .map((t) => t.text)
      .join(" ");
    const c: Candidate = { type: "official", first: start, last, skip: 0, entity: `new:${name}`, name, evidence };
    if (role) c.role = role;
    if (country) c.country = country;
    return c;
  }

  /**
   * An official described right after the name: «شنجكون، أحد كبار مسؤولي …», «قال فوزي صلوخ
   * وزير الخارجية», «معالي الدكتور محمد الكندي وزير البيئة». Without a comma, the name must
   * follow an honorific, a speech verb or the start of a sentence.
   */
  private described(doc: Doc, covered: ReadonlySet<number>, matchAt: ReadonlyMap<number, GazetteerMatch>): Candidate[] {
    const { tokens, norm } = doc;
    const out: Candidate[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      const title = DESCRIPTION_OPENERS.has(tok.text) ? undefined : this.titleAt(doc, i, matchAt);
      if (!DESCRIPTION_OPENERS.has(tok.text) && title?.skip !== 0) continue;
      const comma = COMMA_GAP.test(norm.text.slice((tokens[i - 1] as Token).end, tok.start));
      if (!comma && !tok.tight) continue;
      for (let first = Math.max(0, i - MAX_NAME_WORDS - 2); first < i; first++) {
        if (covered.has(first) || this.nameEnd(tokens, first) !== i) continue;
        if (!comma && !this.opensClause(tokens, first)) continue;
        // و/ف + a past-tense verb (واجرى، فاعلن) opens a clause; it is not a name.
        if (!comma && /^[وف]ا/.test((tokens[first] as Token).text)) continue;
        if (first > 0 && tokens[first]?.tight && this.isNameWord((tokens[first - 1] as Token).text, false)) continue;
        const c = this.unknownOfficial(
          tokens,
          first,
          title ? this.roleText(doc, title) : undefined,
          title?.country,
          "description",
          comma ? 1 : MIN_UNKNOWN_NAME_WORDS,
        );
        if (c) out.push(c);
        break;
      }
    }
    return out;
  }

  /** Whether a name starting at `first` opens a clause: after an honorific, a speech verb, و, or a sentence start. */
  private opensClause(tokens: readonly Token[], first: number): boolean {
    const t = tokens[first] as Token;
    const prev = tokens[first - 1];
    if (!prev || t.sentenceStart || !t.tight) return true;
    if (this.honorifics.has(prev.text) || prev.text === "و") return true;
    return prev.readings.some((r) => this.speechVerbs.has(r.key));
  }

  /** A word before a name that says it is a person: a speech verb (قال، أعرب) or a title (الملك). */
  private speakerCue(prev: Token | undefined): boolean {
    if (!prev) return false;
    return this.titleWords.has(prev.text) || prev.readings.some((r) => this.speechVerbs.has(r.key));
  }

  /**
   * Later mentions of an official by surname (باتروشيف after نيكولاي باتروشيف), also of one the
   * knowledge base knows but gives no short form, since the surname alone is ambiguous across the
   * world (بيرنز): on this page it is the one already named.
   */
  private shortForms(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
    const surnames = new Map<string, Candidate>();
    for (const c of candidates) {
      if (c.type !== "official" || c.last - c.first < 2) continue;
      const w = (tokens[c.last - 1] as Token).text;
      // آل ثاني، عبد الله الثاني: a family, a father or a regnal number, not the person.
      const family = NAME_CONNECTORS.has((tokens[c.last - 2] as Token).text) || REGNAL_ORDINALS.has(w);
      if (w.length > 2 && !family && !surnames.has(w)) surnames.set(w, c);
      // نيكولاس after نيكولاس بيرنز: a first name, unless a common given name (فلاديمير) or a word.
      const f = (tokens[c.first] as Token).text.slice(c.skip);
      if (c.kb && f.length > 3 && !this.given.has(f) && !this.common.has(f) && !surnames.has(f)) surnames.set(f, c);
    }
    if (surnames.size === 0) return [];
    const covered = coveredTokens(candidates);
    const out: Candidate[] = [];
    // نزار قباني، قباني مرزوق: a neighbouring name word makes it someone else's name.
    const nameNear = (i: number) =>
      (tokens[i]!.tight && i > 0 && this.mayBeFirstName(tokens[i - 1]!.text)) ||
      (!!tokens[i + 1]?.tight && this.isNameWord(tokens[i + 1]!.text, false));
    tokens.forEach((tok, i) => {
      if (covered.has(i)) return;
      for (const r of tok.readings) {
        const full = surnames.get(r.key);
        if (!full) continue;
        if (nameNear(i)) return;
        // رمضان is also a month, حمد many people's first name: such a surname needs a speech verb or a title before it.
        const word = this.common.has(r.key) || this.ordinaryNames.has(r.key) || this.given.has(r.key);
        if (word && !this.speakerCue(tokens[i - 1])) return;
        out.push({ ...full, first: i, last: i + 1, skip: r.skip, evidence: "coreference" });
        return;
      }
    });
    return out;
  }
}

/** The first word of a match as looked up, without the proclitics the match skips. */
function keyOf(tokens: readonly Token[], m: GazetteerMatch): string | undefined {
  return tokens[m.first]!.readings.find((r) => r.skip === m.skip)?.key;
}

/** Of overlapping candidates, the leftmost, then the longest, wins. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.first - b.first || b.last - b.first - (a.last - a.first));
  const kept: Candidate[] = [];
  let end = -1;
  for (const c of candidates) {
    if (c.first < end) continue;
    end = c.last;
    kept.push(c);
  }
  return kept;
}

function toMentions(candidates: readonly Candidate[], doc: Doc): Mention[] {
  const { tokens, norm } = doc;
  const out: Mention[] = [];
  for (const c of candidates) {
    const firstTok = tokens[c.first] as Token;
    const lastTok = tokens[c.last - 1] as Token;
    const [start, stop] = toOriginalSpan(norm, firstTok.start + c.skip, lastTok.end);
    out.push({
      start,
      end: stop,
      type: c.type,
      text: norm.source.slice(start, stop),
      entity: c.entity,
      name: c.name,
      evidence: c.evidence,
      ...(c.kb?.latin ? { latin: c.kb.latin } : {}),
      ...(c.role ? { role: c.role } : {}),
      ...(c.country ? { country: c.country } : {}),
      ...(c.kb?.qid ? { wikidata: c.kb.qid } : {}),
    });
  }
  return out;
}

function coveredTokens(candidates: readonly Candidate[]): Set<number> {
  const s = new Set<number>();
  for (const c of candidates) for (let i = c.first; i < c.last; i++) s.add(i);
  return s;
}

function pickSupported(
  hits: readonly AliasHit[],
  supported: ReadonlySet<string>,
  entities: readonly KbEntity[],
): AliasHit | undefined {
  return hits.find((h) => {
    const id = entities[h.entity]?.id;
    return id !== undefined && supported.has(id);
  });
}
