/** src/tagger/rules/election-winners.ts: winners of a seat, named with no title. */

import { describe, expect, test } from "vitest";
import { byRules } from "../../helpers.ts";

const officialsByRules = (text: string) => byRules(text, "official", "evidence");

describe("election winners", () => {
  test("«فاز … كل من» lists the winners when the sentence names a seat or a constituency", () => {
    expect(
      officialsByRules("وفاز في الدائرة الثالثة كل من سالم حمود العجمي، وفهد ناصر الدوسري وخالد مبارك الرشيدي."),
    ).toEqual(["سالم حمود العجمي:description", "فهد ناصر الدوسري:description", "خالد مبارك الرشيدي:description"]);
    expect(officialsByRules("وفازت بعضوية المجلس البلدي كل من منى سعد الفهد وهدى علي الكندري.")).toEqual([
      "منى سعد الفهد:description",
      "هدى علي الكندري:description",
    ]);
  });

  test("«فاز فلان بمقعد …»: the name right before the seat", () => {
    expect(officialsByRules("وفاز سالم حمود العجمي بمقعد الدائرة الثالثة بفارق كبير.")).toEqual([
      "سالم حمود العجمي:description",
    ]);
  });

  test("winners of a match, a prize or a round are no officials", () => {
    expect(officialsByRules("وفاز بالميداليات الذهبية كل من أحمد سالم العتيبي وفهد ناصر الحربي.")).toEqual([]);
    expect(officialsByRules("وتأهل إلى النهائي كل من سالم حمود العجمي وفهد ناصر الدوسري.")).toEqual([]);
    expect(officialsByRules("وفاز سالم حمود العجمي بالجائزة الأولى. وجرت الانتخابات أمس.")).toEqual([]);
  });
});
