import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedTagger } from "./helpers.ts";

/** Pieces that stress the tagger: names, titles, clitics, marks, odd Unicode. */
const PIECES = [
  "الرئيس",
  "الروسي",
  "فلاديمير بوتين",
  "وبوتين",
  "للصين",
  "شي",
  "لي",
  "تشيانج",
  "رئيس الوزراء",
  "،",
  ".",
  " ",
  "\n",
  "\u064e",
  "\u0640",
  "\u200f",
  "\u200c",
  "\ufeff",
  "منظمة شنغهاي للتعاون",
  "جين بينغ",
  "بن",
  "آل",
  "«",
  "»",
  "😀",
  "\ud800",
  "Putin",
  "١٢٣",
  "ـ",
];

const arabicish = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((p) => p.join(""));

describe("tagger properties", () => {
  it("never throws, and every span is in bounds, sorted, non-overlapping and slices to its text", () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: "binary" })), (text) => {
        const mentions = sharedTagger().tag(text);
        let previousEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          previousEnd = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic: the same text gives the same mentions", () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        expect(sharedTagger().tag(text)).toEqual(sharedTagger().tag(text));
      }),
      { numRuns: 300 },
    );
  });

  it("finds the same names whatever diacritics, tatweel or bidi marks are sprinkled in", () => {
    const plain = "قال الرئيس الروسي فلاديمير بوتين في موسكو";
    const marked = "قالَ الرئيـــسُ الروسيّ \u200fفلاديمير بوتينُ في موسكو";
    const ents = (t: string) =>
      sharedTagger()
        .tag(t)
        .map((m) => [m.entity, m.type]);
    expect(ents(marked)).toEqual(ents(plain));
  });
});
