/**
 * The state the rule passes share while tagging one text: its tokens and normalised text, what each
 * token is a cue for, the knowledge-base matches, the titles and offices the page names, the tokens
 * where a place name is no place, and the candidates found so far. Each pass reads what earlier
 * passes left and adds to it; tagger.ts runs them in order.
 */

import type { GazetteerMatch } from "./gazetteer.ts";
import type { Candidate } from "./candidates.ts";
import type { Lexicon } from "./lexicon.ts";
import { type Normalized, normalize } from "./normalize.ts";
import { type Token, tokenize } from "./tokenize.ts";
import type { WordTests } from "./word-tests.ts";
import type { TitleSpan } from "./rules/titles.ts";

/** A title that a name follows (directly, or after a comma). */
export interface TitleParse {
  /** Token index where the name would start. */
  readonly nameStart: number;
  /** The office, as the page writes it; none for «نظيره» (a counterpart names no office). */
  readonly role?: string;
  readonly country?: string;
  /** Only an honorific of office (معالي الدكتور) stands before the name: it supports no KB short form. */
  readonly honorific?: true;
}

/** The offices a page names, as bareOffice() writes them, by the country they are of ("" for none). */
export type PageOffices = Map<string, Set<string>>;

/** A KB match that needs support (a short form, a common word) before it is a candidate. */
export interface DeferredMatch {
  readonly match: GazetteerMatch;
  readonly title?: TitleParse;
}

export interface TaggingDocument {
  readonly lex: Lexicon;
  readonly words: WordTests;
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  /** Each token's cue bits (lexicon.ts: SPORTS, ORG_HEAD…). */
  readonly cues: Uint16Array;
  /** Whether a learned filter judges the candidates: guesses are offered only then. */
  readonly filtered: boolean;
  /** titleAt(doc, i) by token, null for none, once asked (titles.ts): findTitles and describedOfficials both ask. */
  readonly titleSpans: Map<number, TitleSpan | null>;
  /** Leftmost-longest knowledge-base matches, and the same by their first token. */
  matches: readonly GazetteerMatch[];
  matchAt: ByToken<GazetteerMatch>;
  /** Titles by the token where the name after them starts. */
  titleBefore: Map<number, TitleParse>;
  offices: PageOffices;
  /** Tokens where a place name is not a place (inside an organisation's name, after a sports word…). */
  blocked: ReadonlySet<number>;
  deferred: DeferredMatch[];
  candidates: Candidate[];
}

/** Values by token index, in an array: the rules ask at most tokens, where a Map would hash each index. */
export class ByToken<T> {
  private readonly values: (T | undefined)[];

  constructor(tokenCount: number) {
    this.values = new Array<T | undefined>(tokenCount);
  }

  get(i: number): T | undefined {
    return this.values[i];
  }

  has(i: number): boolean {
    return this.values[i] !== undefined;
  }

  set(i: number, value: T): void {
    this.values[i] = value;
  }
}

/** One rule family's pass over the document. */
export type Pass = (doc: TaggingDocument) => void;

export function createDocument(text: string, lex: Lexicon, words: WordTests, filtered: boolean): TaggingDocument {
  const norm = normalize(text);
  const tokens = tokenize(norm.text, (word) => lex.readings.of(word));
  return {
    lex,
    words,
    norm,
    tokens,
    cues: cueWords(tokens, lex),
    filtered,
    titleSpans: new Map(),
    matches: [],
    matchAt: new ByToken(0),
    titleBefore: new Map(),
    offices: new Map(),
    blocked: new Set(),
    deferred: [],
    candidates: [],
  };
}

/** What each token is a cue for, with or without its proclitics: one pass. */
function cueWords(tokens: readonly Token[], lex: Lexicon): Uint16Array {
  const flags = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let f = 0;
    for (const { id } of tokens[i]!.readings) if (id >= 0) f |= lex.cueBitsById[id]!;
    flags[i] = f;
  }
  return flags;
}
