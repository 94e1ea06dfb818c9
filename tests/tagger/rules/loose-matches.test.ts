/** src/tagger/rules/loose-matches.ts: foreign names and countries in spellings the KB lacks, where the page anchors them. */

import { describe, expect, test } from "vitest";
import { byRules } from "../../helpers.ts";

const places = (text: string) => byRules(text, "place", "entity");
const officials = (text: string) => byRules(text, "official", "entity");

describe("loose matches", () => {
  test("a place after a preposition of where, glued or apart", () => {
    expect(places("وحطت الطائرة في كوبنهاكن مساء أمس")).toEqual(["كوبنهاكن:city:gn2618425"]);
    expect(places("واجتمع القادة بهيلسينكي")).toEqual(["هيلسينكي:city:gn658225"]);
    expect(places("ويمر الخط من كيرغيزستان")).toEqual(["كيرغيزستان:country:KG"]);
  });

  test("no place without an anchor, after على (a club), or as an adjective", () => {
    expect(places("وفاز ليفربول على مانشيستر بهدفين")).toEqual([]);
    expect(places("وانتقد الوفد الأوزبيكستاني القرار")).toEqual([]);
    expect(places("وقال كوبنهاكن")).toEqual([]);
  });

  test("a person's name of two words, opened by a given name; never one word alone", () => {
    expect(officials("وقال وزير الخارجية الأمريكي أنتوني بلينكين إن")).toEqual(["أنتوني بلينكين:person:blinken"]);
    expect(officials("وحذرت أنجيلا ميركيل من تصعيد جديد")).toEqual(["أنجيلا ميركيل:person:merkel"]);
    // An inflected word may share a surname's key (بلدانا «our countries», Buldan): one word is no person.
    expect(officials("وقال: أقام بلدانا احتفالات")).toEqual([]);
  });

  test("a family name opened by its particle (فان دير بيلن for فان دير بيلين)", () => {
    expect(officials("وقال فان دير بيلن في خطاب أمام أنصاره إن النمسا باقية")).toEqual([
      "فان دير بيلن:person:alexander-van-der-bellen",
    ]);
  });
});
