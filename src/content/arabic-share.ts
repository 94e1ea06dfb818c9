/** How much of a text is Arabic: letters only, so digits, punctuation and spaces do not count. */

export interface LetterCounts {
  arabic: number;
  other: number;
}

function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

function isOtherLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x3040 && code <= 0x9fff)
  );
}

export function countLetters(text: string, into: LetterCounts = { arabic: 0, other: 0 }): LetterCounts {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isArabicLetter(code)) into.arabic++;
    else if (isOtherLetter(code)) into.other++;
  }
  return into;
}

export function arabicShare(counts: LetterCounts): number {
  const letters = counts.arabic + counts.other;
  return letters === 0 ? 0 : counts.arabic / letters;
}
