/**
 * The entity tagger: knowledge-base matches, officials recognised from their title or
 * a description, and one-document-one-person resolution of short forms.
 * Pure: no DOM, no browser or Node API.
 */

import type { CompiledKb, KbEntity } from "../kb/types.ts";
import { NEEDS_SUPPORT, PARTIAL } from "../kb/types.ts";
import { readings } from "./clitics.ts";
import { type AliasHit, Gazetteer, type GazetteerMatch } from "./gazetteer.ts";
import { type Normalized, normalize, toOriginalSpan } from "./normalize.ts";
import { type Token, tokenize } from "./tokenize.ts";
import type { Evidence, Mention } from "./types.ts";

export interface Tagger {
  tag(text: string): Mention[];
}

/** Longest name an official's title can introduce, in tokens. */
const MAX_NAME_TOKENS = 3;
/** Longest run of modifiers after a title head (رئيس مجلس الأمن القومي الروسي). */
const MAX_TITLE_MODIFIERS = 7;
/** Words that open a description after a name and a comma (شنجكون، أحد كبار مسؤولي…). */
const DESCRIPTION_OPENERS = new Set(["احد", "احدى", "عضو", "عضوه", "كبير", "مسوول"]);

/** A candidate before overlaps are settled: a token range with what it is. */
interface Candidate {
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

interface TitleParse {
  /** Token index where the name would start. */
  readonly nameStart: number;
  readonly first: number;
  readonly role: string;
  readonly country?: string;
}

export function createTagger(kb: CompiledKb): Tagger {
  return new RuleTagger(kb);
}

class RuleTagger implements Tagger {
  private readonly gazetteer = new Gazetteer();
  private readonly titles = new Gazetteer();
  private readonly entities: readonly KbEntity[];
  private readonly nationalities: Map<string, string>;
  private readonly titleLinks: Set<string>;
  private readonly titleWords = new Set<string>();
  private readonly common: Set<string>;
  private readonly orgHeads: Set<string>;
  /** Per call: token indices inside an organisation's name. */
  private inOrgName = new Set<number>();

  constructor(kb: CompiledKb) {
    this.entities = kb.entities;
    for (const [alias, entity, flags] of kb.aliases) this.gazetteer.add(alias, { entity, flags });
    kb.titles.forEach((t, i) => {
      this.titles.add(t, { entity: i, flags: 0 });
      for (const w of t.split(" ")) this.titleWords.add(w);
    });
    this.nationalities = new Map(kb.nationalities.map(([adj, cc]) => [adj, cc]));
    this.titleLinks = new Set(kb.titleLinks);
    this.common = new Set(kb.commonWords);
    this.orgHeads = new Set(kb.orgHeads);
  }

  tag(text: string): Mention[] {
    const norm = normalize(text);
    const tokens = tokenize(norm.text);
    this.inOrgName = this.orgNameTokens(tokens);
    const matches = this.kbMatches(tokens);
    const matchAt = new Map(matches.map((m) => [m.first, m]));
    const titleBefore = new Map<number, TitleParse>();
    for (const t of this.titleParses(tokens, norm, matchAt)) titleBefore.set(t.nameStart, t);

    const candidates: Candidate[] = [];
    const deferred: { match: GazetteerMatch; title?: TitleParse }[] = [];
    for (const m of matches) {
      const title = titleBefore.get(m.first);
      const sure = m.hits.find((h) => (h.flags & (PARTIAL | NEEDS_SUPPORT)) === 0);
      if (sure) {
        const c = this.fromKb(m, sure, title);
        if (c) candidates.push(c);
      } else {
        deferred.push(title ? { match: m, title } : { match: m });
      }
    }
    const covered = coveredTokens(candidates);
    for (const title of titleBefore.values()) {
      if (covered.has(title.nameStart) || matchAt.has(title.nameStart)) continue;
      const c = this.unknownOfficial(tokens, title.nameStart, title.role, title.country, "title");
      if (c) candidates.push(c);
    }
    candidates.push(...this.described(tokens, norm.text, coveredTokens(candidates)));

    // One document, one person: short forms resolve to a full name on the page.
    const supported = new Set(candidates.map((c) => c.entity));
    for (const { match, title } of deferred) {
      const hit = pickSupported(match.hits, supported, this.entities);
      if (hit) {
        const c = this.fromKb(match, hit, title);
        if (c) candidates.push({ ...c, evidence: "coreference" });
        continue;
      }
      const fallback = match.hits[0];
      if (fallback && (title || (fallback.flags & NEEDS_SUPPORT) === 0)) {
        const c = this.fromKb(match, fallback, title);
        if (c) candidates.push(c);
      }
    }
    candidates.push(...this.unknownShortForms(tokens, candidates));
    return this.settle(candidates, tokens, norm);
  }

  /** Leftmost-longest knowledge-base matches. */
  private kbMatches(tokens: readonly Token[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.gazetteer.longestAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else {
        i++;
      }
    }
    return out;
  }

  private fromKb(m: GazetteerMatch, hit: AliasHit, title?: TitleParse): Candidate | undefined {
    const e = this.entities[hit.entity];
    if (!e) return undefined;
    if (e.type === "place" && m.skip === 0 && this.inOrgName.has(m.first)) return undefined;
    const latest = e.roles?.[e.roles.length - 1];
    const c: Candidate = {
      first: m.first,
      last: m.last,
      skip: m.skip,
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

  /** Token indices right after منظمة / جامعة / مطار…: a place there is part of an organisation's name. */
  private orgNameTokens(tokens: readonly Token[]): Set<number> {
    const out = new Set<number>();
    tokens.forEach((t, i) => {
      if (tokens[i + 1]?.tight && readings(t.text).some((r) => this.orgHeads.has(r.key))) out.add(i + 1);
    });
    return out;
  }

  /** Title heads with their modifiers, each pointing at where a name would start. */
  private titleParses(
    tokens: readonly Token[],
    norm: Normalized,
    matchAt: ReadonlyMap<number, GazetteerMatch>,
  ): TitleParse[] {
    const out: TitleParse[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const head = this.titles.longestAt(tokens, i);
      if (!head) continue;
      let j = head.last;
      let country: string | undefined;
      while (j < tokens.length && j - head.last < MAX_TITLE_MODIFIERS) {
        const t = tokens[j] as Token;
        if (!t.tight) break;
        const m = matchAt.get(j);
        if (m && this.isPersonMatch(m)) break;
        if (m) {
          j = m.last;
          continue;
        }
        const cc = this.nationalityOf(t.text);
        if (cc) {
          country = cc;
          j++;
          continue;
        }
        if (!this.isTitleModifier(t.text)) break;
        j++;
      }
      const next = tokens[j];
      if (!next) continue;
      const gap = norm.text.slice(tokens[j - 1]?.end ?? 0, next.start);
      if (!next.tight && !/^\s*[،,]\s*$/.test(gap)) continue;
      const [roleStart, roleEnd] = toOriginalSpan(
        norm,
        (tokens[i] as Token).start + head.skip,
        (tokens[j - 1] as Token).end,
      );
      const role = norm.source.slice(roleStart, roleEnd);
      out.push(country ? { nameStart: j, first: i, role, country } : { nameStart: j, first: i, role });
      i = j - 1;
    }
    return out;
  }

  private isPersonMatch(m: GazetteerMatch): boolean {
    return m.hits.some((h) => this.entities[h.entity]?.type === "official");
  }

  private isTitleModifier(word: string): boolean {
    if (this.titleLinks.has(word)) return true;
    return readings(word).some((r) => r.key.startsWith("ال") && r.key.length > 3);
  }

  nationalityOf(word: string): string | undefined {
    for (const r of readings(word)) {
      let k = r.key.startsWith("ال") ? r.key.slice(2) : r.key;
      if (k.endsWith("ه")) k = k.slice(0, -1);
      const cc = this.nationalities.get(k);
      if (cc) return cc;
    }
    return undefined;
  }

  private isNameLike(word: string, first: boolean): boolean {
    if (word.length < 2 || this.common.has(word) || this.titleWords.has(word)) return false;
    if (first && word.startsWith("ال")) return false;
    if (/^[0-9]/.test(word)) return false;
    if (this.nationalityOf(word)) return false;
    return !this.gazetteer.has(word) || !this.isPlaceWord(word);
  }

  private isPlaceWord(word: string): boolean {
    const m = this.gazetteer.longestAt([{ start: 0, end: 0, text: word, tight: true, sentenceStart: true }], 0);
    return !!m && m.hits.some((h) => this.entities[h.entity]?.type !== "official");
  }

  /** An official the KB does not know, named right after a title. */
  private unknownOfficial(
    tokens: readonly Token[],
    start: number,
    role: string | undefined,
    country: string | undefined,
    evidence: Evidence,
  ): Candidate | undefined {
    let last = start;
    while (last < tokens.length && last - start < MAX_NAME_TOKENS) {
      const t = tokens[last] as Token;
      if (last > start && !t.tight) break;
      if (!this.isNameLike(t.text, last === start)) break;
      last++;
    }
    if (last === start) return undefined;
    const name = tokens
      .slice(start, last)
      .map((t) => t.text)
      .join(" ");
    const c: Candidate = { first: start, last, skip: 0, entity: `new:${name}`, name, evidence };
    if (role) c.role = role;
    if (country) c.country = country;
    return c;
  }

  /** «NAME، أحد كبار مسؤولي …» or «NAME، وزير …»: an official described after a comma. */
  private described(tokens: readonly Token[], text: string, covered: ReadonlySet<number>): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      const opens = DESCRIPTION_OPENERS.has(tok.text) || this.titles.longestAt(tokens, i)?.skip === 0;
      if (!opens) continue;
      const gap = text.slice((tokens[i - 1] as Token).end, tok.start);
      if (!/^\s*[،,]\s*$/.test(gap)) continue;
      let first = i;
      while (first > 0 && i - first < MAX_NAME_TOKENS) {
        const prev = tokens[first - 1] as Token;
        const inner = tokens[first] as Token;
        if (first < i && !inner.tight) break;
        if (covered.has(first - 1) || !this.isNameLike(prev.text, true)) break;
        first--;
      }
      if (first === i) continue;
      const before = tokens[first - 1];
      if (before && (before.tight || !before) && this.isNameLike(before.text, false)) continue;
      const c = this.unknownOfficial(tokens, first, undefined, undefined, "description");
      if (c && c.last === i) out.push(c);
    }
    return out;
  }

  /** Later single-word mentions of an official the KB does not know (باتروشيف after نيكولاي باتروشيف). */
  private unknownShortForms(tokens: readonly Token[], candidates: readonly Candidate[]): Candidate[] {
    const parts = new Map<string, Candidate>();
    for (const c of candidates) {
      if (c.kb || c.last - c.first < 2) continue;
      for (let i = c.first; i < c.last; i++) {
        const w = (tokens[i] as Token).text;
        if (!this.common.has(w) && w.length > 2 && !parts.has(w)) parts.set(w, c);
      }
    }
    if (parts.size === 0) return [];
    const covered = coveredTokens(candidates);
    const out: Candidate[] = [];
    tokens.forEach((tok, i) => {
      if (covered.has(i)) return;
      for (const r of readings(tok.text)) {
        const full = parts.get(r.key);
        if (!full) continue;
        const c: Candidate = { ...full, first: i, last: i + 1, skip: r.skip, evidence: "coreference" };
        out.push(c);
        return;
      }
    });
    return out;
  }

  /** Keeps the longest of overlapping candidates and maps them to original offsets. */
  private settle(candidates: Candidate[], tokens: readonly Token[], norm: Normalized): Mention[] {
    candidates.sort((a, b) => a.first - b.first || b.last - b.first - (a.last - a.first));
    const out: Mention[] = [];
    let end = -1;
    for (const c of candidates) {
      if (c.first < end) continue;
      end = c.last;
      const firstTok = tokens[c.first] as Token;
      const lastTok = tokens[c.last - 1] as Token;
      const [start, stop] = toOriginalSpan(norm, firstTok.start + c.skip, lastTok.end);
      const m: Mention = {
        start,
        end: stop,
        type: c.kb?.type ?? "official",
        text: norm.source.slice(start, stop),
        entity: c.entity,
        name: c.name,
        evidence: c.evidence,
        ...(c.kb?.latin ? { latin: c.kb.latin } : {}),
        ...(c.role ? { role: c.role } : {}),
        ...(c.country ? { country: c.country } : {}),
        ...(c.kb?.qid ? { wikidata: c.kb.qid } : {}),
      };
      out.push(m);
    }
    return out;
  }
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
