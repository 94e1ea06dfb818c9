import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, normalizeKey, toOriginalSpan } from "../src/tagger/normalize.ts";

describe("normalize", () => {
  it("folds hamza seats, alef maqsura, ta marbuta and Persian letters", () => {
    expect(normalizeKey("أإآٱ")).toBe("اااا");
    expect(normalizeKey("مصطفى")).toBe("مصطفي");
    expect(normalizeKey("غزة")).toBe("غزه");
    expect(normalizeKey("کیف")).toBe("كيف");
    expect(normalizeKey("رئيس مؤتمر")).toBe("رييس موتمر");
  });

  it("drops diacritics, tatweel, bidi and zero-width marks", () => {
    expect(normalizeKey("بُوتِينُ")).toBe("بوتين");
    expect(normalizeKey("بـــوتين")).toBe("بوتين");
    expect(normalizeKey("\u200fبو\u200bتين\u202c")).toBe("بوتين");
  });

  it("turns Arabic-Indic digits into ASCII digits", () => {
    expect(normalizeKey("٢٠٢٥ ۱۴")).toBe("2025 14");
  });

  it("maps every normalised character back to the original one it came from", () => {
    const n = normalize("الرَّئِيسُ ـ شي");
    for (let i = 0; i < n.text.length; i++) {
      const original = n.source[n.offsets[i] as number] as string;
      expect(normalizeKey(original)).toBe(n.text[i] === " " ? "" : n.text[i]);
    }
    expect(n.offsets[n.text.length]).toBe(n.source.length);
  });

  it("keeps a word's trailing diacritics inside its original span", () => {
    const n = normalize("قالَ بوتينُ، ثم");
    const start = n.text.indexOf("بوتين");
    const [s, e] = toOriginalSpan(n, start, start + 5);
    expect(n.source.slice(s, e)).toBe("بوتينُ");
  });

  it("keeps surrogate pairs and lone surrogates as they are", () => {
    expect(normalize("قال 😀 ثم").text).toBe("قال 😀 ثم");
    expect(normalize("a\ud83d b\ude00").text).toBe("a\ud83d b\ude00");
  });

  it("round-trips offsets for any string (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (input) => {
        const n = normalize(input);
        expect(n.offsets.length).toBe(n.text.length + 1);
        for (let i = 1; i < n.offsets.length; i++) {
          expect(n.offsets[i] as number).toBeGreaterThan(n.offsets[i - 1] as number);
        }
        // Normalising each kept original character alone gives the normalised character.
        for (let i = 0; i < n.text.length; i++) {
          const ch = input.charCodeAt(n.offsets[i] as number);
          expect(normalize(String.fromCharCode(ch)).text).toBe(n.text[i]);
        }
      }),
    );
  });
});
