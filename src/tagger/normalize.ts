/**
 * Arabic normalisation with an exact offset map back to the original text.
 *
 * Matching works on the normalised text; every mention is reported in original
 * offsets, so `offsets[i]` is the index in the original text of normalised char i,
 * and `offsets[normalised.length]` is the original length.
 */

export interface Normalized {
  readonly source: string;
  readonly text: string;
  /** offsets[i] = original index of text[i]; one extra entry for the end. */
  readonly offsets: Uint32Array;
}

/** Characters dropped entirely: harakat, Quranic marks, tatweel, bidi and zero-width marks. */
export function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, shadda, sukun, small hamza marks
    code === 0x0670 || // superscript (dagger) alef
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation signs
    (code >= 0x0610 && code <= 0x061a) || // honorific and small marks
    code === 0x0640 || // tatweel
    code === 0x061c || // Arabic letter mark
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2066 && code <= 0x2069) || // bidi isolates
    code === 0x2060 ||
    code === 0xfeff
  );
}

const FOLD = new Map<number, number>([
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0622, 0x0627], // آ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0672, 0x0627],
  [0x0673, 0x0627],
  [0x0649, 0x064a], // ى → ي
  [0x06cc, 0x064a], // Persian ی → ي
  [0x06d2, 0x064a], // ے → ي
  [0x0626, 0x064a], // ئ → ي
  [0x0624, 0x0648], // ؤ → و
  [0x0629, 0x0647], // ة → ه
  [0x06c0, 0x0647], // ۀ → ه
  [0x06d5, 0x0647], // ە → ه
  [0x06a9, 0x0643], // Persian ک → ك
  [0x06aa, 0x0643],
  [0x06af, 0x0643], // گ → ك (g)
  [0x067e, 0x0628], // پ → ب
  [0x0686, 0x062c], // چ → ج
  [0x0698, 0x0632], // ژ → ز
  [0x06a4, 0x0641], // ڤ → ف (v)
]);

/** Normalises one code unit; returns -1 when the character is dropped. */
function foldChar(code: number): number {
  if (isIgnorable(code)) return -1;
  // Arabic-Indic and Eastern Arabic-Indic digits → ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  const folded = FOLD.get(code);
  if (folded !== undefined) return folded;
  // Latin letters fold to lower case so Latin names in Arabic text compare cleanly.
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code;
}

/** foldChar of every code below this (Latin and Arabic: nearly every character of a page), looked up rather than tested. */
const TABLE_END = 0x0700;
const FOLDED = Int32Array.from({ length: TABLE_END }, (_, code) => foldChar(code));
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
/**
 * The folded code units of the text being normalised, decoded into a string before normalize returns:
 * one buffer for every text up to its size (most pages), where a new array a page cost as much as
 * folding the page; a longer text has its own.
 */
const folding = new Uint16Array(1 << 16);

export function normalize(input: string): Normalized {
  const out = input.length <= folding.length ? folding : new Uint16Array(input.length);
  const offsets = new Uint32Array(input.length + 1);
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    let folded: number;
    if (code < TABLE_END) folded = FOLDED[code]!;
    else {
      folded = foldChar(code);
      surrogates ||= folded >= 0xd800 && folded <= 0xdfff;
    }
    if (folded < 0) continue;
    out[n] = folded;
    offsets[n++] = i;
  }
  offsets[n] = input.length;
  const codes = out.subarray(0, n);
  // The decoder is several times faster, but it would replace a lone surrogate: those texts take the slow way.
  const text = surrogates ? fromCodes(codes) : utf16.decode(codes);
  return { source: input, text, offsets: offsets.subarray(0, n + 1) };
}

/** Normalises a key (a KB alias or a word) where no offsets are needed. */
export function normalizeKey(input: string): string {
  return normalize(input).text.replace(/\s+/g, " ").trim();
}

/** The string of UTF-16 code units; in chunks, as an engine limits a call's arguments. */
function fromCodes(codes: Uint16Array): string {
  let s = "";
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) {
    s += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return s;
}

/** Marks that belong to the letter before them: harakat, Quranic marks, tatweel. */
function isWordMark(code: number): boolean {
  return isIgnorable(code) && code < 0x2000 && code !== 0x061c;
}

/**
 * Maps a span in normalised text back to the original text. Diacritics and tatweel
 * after the last letter stay inside the span; bidi and zero-width marks do not.
 */
export function toOriginalSpan(norm: Normalized, start: number, end: number): [number, number] {
  const origStart = norm.offsets[start] ?? 0;
  let origEnd = (norm.offsets[end - 1] ?? origStart) + 1;
  const limit = norm.offsets[end] ?? norm.source.length;
  while (origEnd < limit && isWordMark(norm.source.charCodeAt(origEnd))) origEnd++;
  return [origStart, origEnd];
}
