/** Splits normalised text into word tokens, remembering what separates them. */

import type { KnownReading } from "./token-readings.ts";

export interface Token {
  /** Start and end in the normalised text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The word id of `text` (its reading without proclitics), or -1 when the knowledge base has no such word. */
  readonly id: number;
  /** True when only spaces or a hyphen (no other punctuation, no line break) separate it from the previous token. */
  readonly tight: boolean;
  /** True when a sentence or line boundary comes before it. */
  readonly sentenceStart: boolean;
  /** The token with and without its proclitics, computed once; the first is the token itself. */
  readonly readings: readonly KnownReading[];
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) || // Arabic letters (hamza .. ghain)
    (code >= 0x0641 && code <= 0x064a) || // feh .. yeh
    (code >= 0x0671 && code <= 0x06d3) || // extended Arabic letters
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** What a character does between words: a hyphen or a space keeps them tight, a mark ends a sentence. */
const [WORD, SPACE, HYPHEN, SENTENCE_END] = [1, 2, 3, 4] as const;
/** Every code up to the hyphens U+2010 and U+2011 has its kind in a table: one read a character. */
const KIND_TABLE_END = 0x2012;
const KINDS = new Uint8Array(KIND_TABLE_END);
for (let code = 0; code < KIND_TABLE_END; code++) if (isWordChar(code)) KINDS[code] = WORD;
const mark = (chars: string, kind: number) => {
  for (const c of chars) KINDS[c.charCodeAt(0)] = kind;
};
mark(" \t\u00a0", SPACE);
mark("-\u2010\u2011", HYPHEN);
mark(".!?؟\n؛:", SENTENCE_END);

const kindOf = (code: number) => (code < KIND_TABLE_END ? KINDS[code]! : 0);

/** `readingsOf` gives a word's readings, the word itself first (TokenReadings.of). */
export function tokenize(text: string, readingsOf: (word: string) => readonly KnownReading[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let tight = false;
  let sentenceStart = true;
  while (i < text.length) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === WORD) {
      const start = i;
      while (i < text.length && kindOf(text.charCodeAt(i)) === WORD) i++;
      const word = text.slice(start, i);
      const readings = readingsOf(word);
      tokens.push({ start, end: i, text: word, id: readings[0]!.id, tight, sentenceStart, readings });
      tight = true;
      sentenceStart = false;
      continue;
    }
    // A hyphen inside a name keeps its parts together (كيم جونغ-إيل، أليو-ماري).
    if (kind !== SPACE && !(kind === HYPHEN && tokens.length > 0)) tight = false;
    if (kind === SENTENCE_END) sentenceStart = true;
    i++;
  }
  return tokens;
}
