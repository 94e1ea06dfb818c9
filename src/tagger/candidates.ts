/**
 * Candidates: what the rule passes propose (a token range with what it is), how overlaps between
 * them are settled, and how the kept ones become mentions in the page's own offsets.
 */

import type { EntityTable } from "../kb/entity-table.ts";
import type { EntityType, KbEntity } from "../kb/types.ts";
import type { AliasHit } from "./gazetteer.ts";
import { type Normalized, toOriginalSpan } from "./normalize.ts";
import type { Token } from "./tokenize.ts";
import type { Evidence, Mention } from "./types.ts";

/** A candidate before overlaps are settled: a token range with what it is. */
export interface Candidate {
  type: EntityType;
  first: number;
  last: number;
  /** Characters of the first token taken by proclitics. */
  skip: number;
  entity: string;
  kb?: KbEntity;
  name: string;
  role?: string;
  country?: string;
  evidence: Evidence;
}

/** Of overlapping candidates, the leftmost, then the longest, wins. */
export function withoutOverlaps(candidates: Candidate[]): Candidate[] {
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

/** Token indices, as one byte a token: passes ask it of every token, where a Set's lookup costs many times more. */
export class TokenSet {
  private readonly members: Uint8Array;

  constructor(size: number) {
    this.members = new Uint8Array(size);
  }

  has(i: number): boolean {
    return this.members[i] === 1;
  }

  /** Adds the tokens [first, last). */
  addRange(first: number, last: number): void {
    this.members.fill(1, first, last);
  }
}

/** The tokens some candidate holds. */
export function coveredTokens(candidates: readonly Candidate[]): TokenSet {
  let size = 0;
  for (const c of candidates) size = Math.max(size, c.last);
  const covered = new TokenSet(size);
  for (const c of candidates) covered.addRange(c.first, c.last);
  return covered;
}

/** The first hit whose entity the page already names in full. */
export function pickSupported(
  hits: readonly AliasHit[],
  supported: ReadonlySet<string>,
  entities: EntityTable,
): AliasHit | undefined {
  return hits.find((h) => {
    const id = entities.idOf(h.entity);
    return id !== undefined && supported.has(id);
  });
}

/** A name of the tokens [first, last) as the normalised text writes them, for a new entity's id. */
export function tokenName(tokens: readonly Token[], first: number, last: number): string {
  return tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(" ");
}

export function toMentions(candidates: readonly Candidate[], tokens: readonly Token[], norm: Normalized): Mention[] {
  const out: Mention[] = [];
  for (const c of candidates) {
    const firstTok = tokens[c.first] as Token;
    const lastTok = tokens[c.last - 1] as Token;
    const [start, stop] = toOriginalSpan(norm, firstTok.start + c.skip, lastTok.end);
    const m: { -readonly [K in keyof Mention]: Mention[K] } = {
      start,
      end: stop,
      type: c.type,
      text: norm.source.slice(start, stop),
      entity: c.entity,
      name: c.name,
      evidence: c.evidence,
    };
    // Set one by one, in this order (the JSON output's), rather than spread from objects made for the purpose.
    if (c.kb?.latin) m.latin = c.kb.latin;
    if (c.role) m.role = c.role;
    if (c.country) m.country = c.country;
    if (c.kb?.qid) m.wikidata = c.kb.qid;
    out.push(m);
  }
  return out;
}
