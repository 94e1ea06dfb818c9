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

/** Marks looked up by code: nearly every gap between two words holds one or two characters to test. */
const HYPHENS = new Set([..."-\u2010\u2011"].map((c) => c.charCodeAt(0)));
const SENTENCE_END = new Set([...".!?؟\n؛:"].map((c) => c.charCodeAt(0)));
const GAP_SPACES = new Set([..." \t\u00a0"].map((c) => c.charCodeAt(0)));

/** `readingsOf` gives a word's readings, the word itself first (TokenReadings.of). */
export function tokenize(text: string, readingsOf: (word: string) => readonly KnownReading[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let tight = false;
  let sentenceStart = true;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      const start = i;
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      const readings = readingsOf(word);
      tokens.push({ start, end: i, text: word, id: readings[0]!.id, tight, sentenceStart, readings });
      tight = true;
      sentenceStart = false;
      continue;
    }
    // A hyphen inside a name keeps its parts together (كيم جونغ-إيل، أليو-ماري).
    if (!GAP_SPACES.has(code) && !(HYPHENS.has(code) && tokens.length > 0)) tight = false;
    if (SENTENCE_END.has(code)) sentenceStart = true;
    i++;
  }
  return tokens;
}
