/** src/tagger/rules/settlements.ts: unknown names after a settlement word, offered to the learned filter. */

import { describe, expect, test } from "vitest";
import { everyGuessTagger, marks, rulesOnlyTagger } from "../../helpers.ts";

const guesses = (text: string) =>
  everyGuessTagger()
    .tag(text)
    .filter((m) => m.evidence === "settlement")
    .map((m) => m.text);

describe("settlements the knowledge base lacks", () => {
  test("one or two unknown words after a settlement word are a place", () => {
    expect(guesses("ونزح السكان إلى مخيم الزعتري")).toEqual(["الزعتري"]);
    expect(guesses("قصفت الطائرات بلدة تيزغرت شمالي المغرب")).toEqual(["تيزغرت"]);
    // A municipality and the local units of Sudan and Tunisia are settlement words too.
    expect(guesses("وأعلنت بلدية كاراتشايفسك إغلاق المدارس")).toEqual(["كاراتشايفسك"]);
    expect(guesses("ووصلت القافلة إلى محلية ودبندة غرب كردفان")).toEqual(["ودبندة"]);
    expect(marks("ونزح السكان إلى مخيم الزعتري")).toEqual(["place:الزعتري:new:الزعتري"]);
  });

  test("a settlement word's dual heads a pair of places, and as a surname it needs support (ولايتي)", () => {
    expect(guesses("وزار الوزير محافظتي الفيوم وبني سويف")).toEqual([]);
    expect(guesses("ونزح السكان من ولايتي كرماكول ودنقلا")).toEqual(["كرماكول", "دنقلا"]);
    // Velayati's surname is also «two states»: without his full name or a title it is the word.
    expect(
      marks("وستكون الأولوية تأمين المراعي في ولايتي الحوض الشرقي").filter((m) => m.startsWith("official")),
    ).toEqual([]);
    expect(marks("والتقى علي أكبر ولايتي السفير، وأكد ولايتي أن العلاقات متينة")).toEqual([
      "official:علي أكبر ولايتي:person:velayati",
      "official:ولايتي:person:velayati",
    ]);
  });

  test("a noun that opens place names takes the word after it, article or not; a lone dictionary word is no town", () => {
    expect(guesses("واندلعت اشتباكات في مخيم عين الحلوة قرب صيدا")).toEqual(["عين الحلوة"]);
    expect(guesses("وداهمت القوات بلدة بيت عوفر شمال الخليل")).toEqual(["بيت عوفر"]);
    expect(guesses("وعاد السكان إلى بلدة بيت")).toEqual([]);
  });

  test("only offered when a learned filter judges them", () => {
    expect(rulesOnlyTagger().tag("ونزح السكان إلى مخيم الزعتري")).toEqual([]);
  });

  test("a known place after a settlement word is that place, not a guess; nor is a common word a name", () => {
    expect(guesses("وانتشرت الشرطة في بلدة بغداد الجديدة")).toEqual([]);
    expect(marks("وانتشرت الشرطة في بلدة بغداد الجديدة")).toEqual(["place:بغداد:city:baghdad"]);
    expect(guesses("دخلت القوات بلدة صغيرة شرق المدينة")).toEqual([]);
  });
});
