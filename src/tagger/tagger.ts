/**
 * The entity tagger: builds one text's document state and runs the rule passes over it in order
 * (each rule family is a file under rules/; docs/tagger.md lists them), then settles overlaps and
 * asks the learned filter. Pure: no DOM, no browser or Node API.
 */

import { type PackedKb, toPacked } from "../kb/packed.ts";
import type { CompiledKb } from "../kb/types.ts";
import { type Candidate, toMentions, withoutOverlaps } from "./candidates.ts";
import { createDocument, type Pass, type TaggingDocument } from "./document.ts";
import { Lexicon, SPORTS } from "./lexicon.ts";
import { type CandidateJudge, linearJudge } from "./mention-filter.ts";
import { appositiveOfficials } from "./rules/appositions.ts";
import { institutionNames } from "./rules/institutions.ts";
import { looseMatches } from "./rules/loose-matches.ts";
import { findKbMatches, sureKbMatches } from "./rules/kb-matches.ts";
import { naturalFeatures } from "./rules/natural-features.ts";
import { widenPlaces } from "./rules/place-extent.ts";
import { findPlaceBlockers } from "./rules/place-blockers.ts";
import { settlements } from "./rules/settlements.ts";
import { shortForms } from "./rules/short-forms.ts";
import { sonOf } from "./rules/son-of.ts";
import { stateLongForms } from "./rules/state-long-forms.ts";
import { supportedMatches } from "./rules/supported-matches.ts";
import { findTitles } from "./rules/titles.ts";
import { describedOfficials, officialsAfterTitles } from "./rules/unknown-officials.ts";
import { electionWinners } from "./rules/election-winners.ts";
import { lineage } from "./rules/lineage.ts";
import { successions } from "./rules/successions.ts";
import { titleLists } from "./rules/title-lists.ts";
import type { Mention } from "./types.ts";
import { WordTests } from "./word-tests.ts";

export interface Tagger {
  tag(text: string): Mention[];
}

/**
 * The passes, in order. Each reads what the earlier ones left in the document: the matches, the
 * titles and the blocked tokens first; then candidates from sure matches, from titles and
 * descriptions, from matches the page supports; then the passes that reshape or extend candidates.
 */
const PASSES: readonly Pass[] = [
  findKbMatches,
  findTitles,
  findPlaceBlockers,
  sureKbMatches,
  looseMatches,
  officialsAfterTitles,
  describedOfficials,
  appositiveOfficials,
  titleLists,
  electionWinners,
  successions,
  supportedMatches,
  stateLongForms,
  widenPlaces,
  sonOf,
  shortForms,
  naturalFeatures,
  settlements,
  institutionNames,
  lineage,
];

/**
 * A compiled (JSON) KB is packed first: the measuring tools edit the JSON form, the extension and the
 * CLI load the packed one. `judge` overrides the knowledge base's learned filter: training passes one that records the
 * candidates' features and keeps them all.
 */
export function createTagger(kb: PackedKb | CompiledKb, judge?: CandidateJudge): Tagger {
  const packed = toPacked(kb);
  return new RuleTagger(packed, judge ?? (packed.filter ? linearJudge(packed.filter) : null));
}

class RuleTagger implements Tagger {
  private readonly lex: Lexicon;
  private readonly words: WordTests;

  constructor(
    kb: PackedKb,
    private readonly judge: CandidateJudge | null,
  ) {
    this.lex = new Lexicon(kb);
    this.words = new WordTests(this.lex);
  }

  tag(text: string): Mention[] {
    const doc = createDocument(text, this.lex, this.words, this.judge !== null);
    for (const pass of PASSES) pass(doc);
    return toMentions(this.judged(withoutOverlaps(doc.candidates), doc), doc.tokens, doc.norm);
  }

  /** The learned filter's say on each official and place; organisations pass. */
  private judged(candidates: readonly Candidate[], doc: TaggingDocument): Candidate[] {
    const judge = this.judge;
    if (!judge || candidates.length === 0) return [...candidates];
    const { tokens, cues } = doc;
    const sportsBefore = new Int32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) sportsBefore[i + 1] = sportsBefore[i]! + (cues[i]! & SPORTS);
    const sportsWords = sportsBefore[tokens.length]!;
    const entityCounts = new Map<string, number>();
    for (const c of candidates) entityCounts.set(c.entity, (entityCounts.get(c.entity) ?? 0) + 1);
    const context = {
      tokens,
      text: doc.norm.text,
      sportsWords,
      sportsBefore,
      entityCounts,
      ordinaryNames: this.lex.ordinaryNames,
    };
    return candidates.filter((c) => c.type === "organization" || judge(c, context));
  }
}
