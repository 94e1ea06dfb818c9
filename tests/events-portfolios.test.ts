/**
 * A minister named by title alone with any portfolio (issue 15: «a participant named by title alone»,
 * fifth round), shown by sentences written for this test: «وزير» with its portfolio in construct (one
 * or two definite words) and a nationality adjective names that country's minister, found on the page
 * when it gave his name with that title, else kept as the office.
 */

import { expect, test } from "vitest";
import { events } from "./event-helpers.ts";

const parties = (text: string) =>
  events(text).map((r) => [...r.actors, ...r.recipients].map((p) => p.latin ?? p.entity));

test("a minister of any portfolio with a nationality is that country's minister", () => {
  expect(parties("والتقى الرئيس الروسي فلاديمير بوتين في موسكو أمس وزير الموارد الطبيعية الإيراني.")).toEqual([
    ["Vladimir Putin", "role:وزير الموارد الطبيعية:IR"],
  ]);
  expect(parties("واستقبل الرئيس الروسي فلاديمير بوتين في موسكو أمس وزيرة الصحة الفرنسية.")).toEqual([
    ["Vladimir Putin", "role:وزير الصحة:FR"],
  ]);
});

test("the page's minister with that portfolio and country, named there with the title, is the one meant", () => {
  const text =
    "وصل وزير النفط العراقي حيان عبد الغني إلى موسكو أمس. والتقى الرئيس الروسي فلاديمير بوتين وزير النفط العراقي في الكرملين.";
  expect(parties(text).at(-1)?.sort()).toEqual(["Hayan Abdul Ghani", "Vladimir Putin"]);
});

test("a word after the portfolio that is no nationality names no one", () => {
  expect(parties("والتقى الرئيس الروسي فلاديمير بوتين في موسكو أمس وزير الموارد الطبيعية السابق.")).toEqual([]);
});
