/** src/tagger/rules/person-named-like-place.ts: a person's name that begins like a place (صلاح الدين). */

import { describe, expect, test } from "vitest";
import { marks } from "../../helpers.ts";

const typed = (text: string) => marks(text).map((m) => m.split(":").slice(0, 2).join(":"));

describe("a person whose name begins like a place", () => {
  test("after a definite title, a verb or a complete title, the place's name runs on into a person's", () => {
    expect(typed("وقال الرئيس صلاح الدين القطامي إن الحكومة مستقرة")).toEqual(["official:صلاح الدين القطامي"]);
    expect(typed("وقال صلاح الدين القطامي، وزير المالية، إن العجز تراجع")).toEqual(["official:صلاح الدين القطامي"]);
    expect(typed("وقال محافظ نينوى صلاح الدين القطامي إن الخدمات عادت")).toEqual([
      "place:نينوى",
      "official:صلاح الدين القطامي",
    ]);
  });

  test("an indefinite head in construct or a preposition takes the place; a place alone stays a place", () => {
    expect(typed("وقال محافظ صلاح الدين أحمد الجبوري إن")).toEqual(["place:صلاح الدين", "official:أحمد الجبوري"]);
    expect(typed("ووصل الوزير إلى صلاح الدين أمس")).toEqual(["place:صلاح الدين"]);
    expect(typed("وشهدت محافظة صلاح الدين هجمات")).toEqual(["place:صلاح الدين"]);
  });

  test("a compound given name written apart (عز الدين) starts a name after a title or an honorific", () => {
    expect(typed("وقال رئيس الوزراء السيد عز الدين العموري إن")).toEqual(["official:عز الدين العموري"]);
    expect(typed("وقال إن عز الدولة في قوتها")).toEqual([]);
  });

  test("after a preposition it is the place, unless a title follows the name in apposition", () => {
    expect(typed("واجتمع الوفد مع صلاح الدين القطامي")).toEqual(["place:صلاح الدين"]);
    expect(typed("خلال لقائه مع صلاح الدين القطامي مبعوث الرئيس")).toEqual(["official:صلاح الدين القطامي"]);
  });
});
