/** Tokenising normalised text: the words, what separates them, and the readings with their word ids. */

import { describe, expect, it } from "vitest";
import { normalize } from "../src/tagger/normalize.ts";
import { TokenReadings } from "../src/tagger/token-readings.ts";
import { tokenize } from "../src/tagger/tokenize.ts";
import { packedKb } from "./helpers.ts";

const readings = new TokenReadings(packedKb().words);
const tokensOf = (text: string) => tokenize(normalize(text).text, (word) => readings.of(word));

describe("tokenize", () => {
  it("splits words of Arabic, Latin and digits, with their offsets", () => {
    const text = normalize("قال Putin في 2024: نعم").text;
    const tokens = tokenize(text, (word) => readings.of(word));
    expect(tokens.map((t) => t.text)).toEqual(["قال", "putin", "في", "2024", "نعم"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps words tight across spaces and a hyphen, not across other punctuation", () => {
    const tight = (text: string) => tokensOf(text).map((t) => t.tight);
    expect(tight("كيم جونغ-ايل")).toEqual([false, true, true]);
    expect(tight("كيم\u00a0جونغ\tايل")).toEqual([false, true, true]);
    expect(tight("بغداد، دمشق (عمان)")).toEqual([false, false, false]);
    // A hyphen before the first word joins it to nothing.
    expect(tight("- بغداد")).toEqual([false]);
  });

  it("starts a sentence after a full stop, a question mark, a colon or a line break", () => {
    const starts = (text: string) => tokensOf(text).map((t) => t.sentenceStart);
    expect(starts("قال. ثم؟ لماذا: هنا\nهناك، هو")).toEqual([true, true, true, true, true, false]);
  });

  it("gives each reading the id of its key in the word table", () => {
    const words = packedKb().words;
    const [token] = tokensOf("وبغداد");
    expect(token!.readings.map((r) => r.key)).toEqual(["وبغداد", "بغداد", "غداد"]);
    for (const r of token!.readings) expect(r.id).toBe(words.id(r.key));
    expect(words.id("بغداد")).toBeGreaterThanOrEqual(0);
    expect(token!.id).toBe(words.id("وبغداد"));
  });
});
