/** src/tagger/rules/state-long-forms.ts: a country's long form is one place. */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const texts = (text: string) => marks(text).map((m) => m.split(":")[1]);

describe("a state's long form", () => {
  test("a form word joins the country after it, and a form with adjectives is the country they name", () => {
    expect(marks("وصل إلى جمهورية فنزويلا")).toEqual(["place:جمهورية فنزويلا:country:VE"]);
    expect(marks("وصل الوزير إلى جمهورية كولومبيا")).toEqual(["place:جمهورية كولومبيا:country:CO"]);
    expect(marks("زار الوزير الجمهورية البرتغالية")).toEqual(["place:الجمهورية البرتغالية:country:PT"]);
    expect(marks("زار الجمهورية الإسلامية الإيرانية وفد رسمي")).toEqual([
      "place:الجمهورية الإسلامية الإيرانية:country:IR",
    ]);
  });

  test("«مملكة» and «سلطنة» stay outside a place named by itself", () => {
    expect(texts("ظهرت مملكة غانا في القرن الرابع")).toEqual(["غانا"]);
    expect(texts("وقع الاتفاق في سلطنة بروناي")).toEqual(["بروناي"]);
  });

  test("«رئيس الجمهورية العراقي» is a title, not a place: the republic's adjective would be feminine", () => {
    expect(marks("أعلن نائب رئيس الجمهورية العراقي طه ياسين أن").filter((m) => m.startsWith("place"))).toEqual([]);
    expect(marks("وقال رئيس الجمهورية اللبناني إن")).toEqual([]);
  });
});
