/** src/tagger/rules/son-of.ts: «X بن» before a known official names his child, someone else. */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

describe("someone's son or daughter", () => {
  test("«X بن» before a known official names someone else, and a hyphen keeps a name together", () => {
    const son = marks("وحضر الشيخ راشد بن محمد بن راشد آل مكتوم الحفل");
    expect(son).toEqual(["official:راشد بن محمد بن راشد آل مكتوم:new:راشد بن محمد بن راشد ال مكتوم"]);
    const kim = marks("التقى الزعيم الكوري الشمالي كيم جونغ-إيل وفدا صينيا");
    expect(kim.filter((m) => m.startsWith("official:")).map((m) => m.split(":")[1])).toEqual(["كيم جونغ-إيل"]);
  });

  test("a son's or a daughter's whole name, up to its last name word", () => {
    expect(marks("والتقى الوزير سعيد بن محمد بن راشد الوفد")).toEqual([
      "official:سعيد بن محمد بن راشد:new:سعيد بن محمد بن راشد",
    ]);
    expect(marks("وقالت المهندسة مريم بنت محمد بن زايد إن")).toEqual([
      "official:مريم بنت محمد بن زايد:new:مريم بنت محمد بن زايد",
    ]);
  });

  test("a title before «بن» is no name: the known official stays himself", () => {
    expect(marks("وأشاد الشيخ بن محمد بن راشد بالمشروع")).toEqual(["official:محمد بن راشد:person:mbr"]);
  });

  test("a conjunction before the son's name stays outside it", () => {
    const found = marks("حضر الوزير وراشد بن محمد بن راشد آل مكتوم الحفل").filter((m) => m.startsWith("official:"));
    expect(found).toContain("official:راشد بن محمد بن راشد آل مكتوم:new:راشد بن محمد بن راشد ال مكتوم");
  });
});
