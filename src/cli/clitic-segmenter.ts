/**
 * Writes a text the way the annotated corpora's clitic segmenter does (و قال، ب حضور، حكومت ه), so that
 * sentences written glued also measure the tagger on that spelling (npm run measure). Approximate, as a
 * dictionary test: a proclitic (و ف, then ب ل ك) or a pronoun suffix is split off where the rest is a
 * word or a given name and the whole is not; ب ل ك always before the article, except لل, which the
 * corpora keep. The expected surfaces stay whole; a proclitic glued to the front of one is split off.
 */

import { normalizeKey } from "../tagger/normalize.ts";

/** Whether a word (as written) is a word of the dictionary or a given name. */
export type IsKnownWord = (word: string) => boolean;

const WORD = /[\p{L}\p{M}]+/gu;
const PRONOUNS = ["هما", "هم", "ها", "ه", "نا", "كم"];
/** What may be glued to the front of an expected surface: a conjunction, then a preposition. */
const FRONT = /^[وف]?[بلك]?$/;

export function segmentLikeCorpus(text: string, keep: readonly string[], known: IsKnownWord): string {
  const kept = keptRanges(text, keep);
  return text.replace(WORD, (word, at: number) => {
    const range = kept.find(([s, e]) => s < at + word.length && at < e);
    if (!range) return segmentWord(word, known);
    const front = word.slice(0, Math.max(0, range[0] - at));
    return front && FRONT.test(front) ? `${[...front].join(" ")} ${word.slice(front.length)}` : word;
  });
}

/**
 * Every occurrence of every expected surface as a whole word, or after proclitics glued to its front
 * (والعقبة for العقبة), as [start, end) ranges: not inside a longer word (عليه is no علي).
 */
function keptRanges(text: string, keep: readonly string[]): [number, number][] {
  const letter = /[\p{L}\p{M}]/u;
  const out: [number, number][] = [];
  for (const surface of keep) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (end < text.length && letter.test(text[end]!)) continue;
      let wordStart = at;
      while (wordStart > 0 && letter.test(text[wordStart - 1]!)) wordStart--;
      if (FRONT.test(text.slice(wordStart, at))) out.push([at, end]);
    }
  }
  return out;
}

function segmentWord(word: string, known: IsKnownWord): string {
  const parts: string[] = [];
  let rest = word;
  // كتلة، فرصة: a word the dictionary has with the article (الكتلة) is a word as it stands.
  // ولايته: a known word with a pronoun is a word as well; its first letter is no proclitic.
  const whole = (w: string) => known(w) || known(`ال${w}`) || withoutPronoun(w, known) !== undefined;
  const splits = (stem: string) => stem.startsWith("ال") || known(stem) || withoutPronoun(stem, known) !== undefined;
  if (/^[وف]/.test(rest) && rest.length > 3 && !whole(rest) && splits(rest.slice(1))) {
    parts.push(rest[0]!);
    rest = rest.slice(1);
  }
  if (/^[بلك]/.test(rest) && rest.length > 3 && !rest.startsWith("لل") && !whole(rest)) {
    if (rest.slice(1).startsWith("ال") || splits(rest.slice(1))) {
      parts.push(rest[0]!);
      rest = rest.slice(1);
    }
  }
  const stem = known(rest) || known(`ال${rest}`) || rest.startsWith("ال") ? undefined : withoutPronoun(rest, known);
  parts.push(stem ? `${stem} ${rest.slice(stem.length)}` : rest);
  return parts.join(" ");
}

/** The word before a pronoun suffix, when it is a known word (حكومت of حكومته: a ta marbuta written ت). */
function withoutPronoun(word: string, known: IsKnownWord): string | undefined {
  for (const pronoun of PRONOUNS) {
    if (!word.endsWith(pronoun) || word.length - pronoun.length < 2) continue;
    const stem = word.slice(0, -pronoun.length);
    if (known(stem) || (stem.endsWith("ت") && known(`${stem.slice(0, -1)}ة`))) return stem;
  }
  return undefined;
}

/** A known-word test from normalised word sets. */
export function knownWordTest(sets: readonly { has(word: string): boolean }[]): IsKnownWord {
  return (word) => {
    const key = normalizeKey(word);
    return sets.some((s) => s.has(key));
  };
}
