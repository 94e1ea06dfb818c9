/** The dictionary reader behind assets/kb/ordinary-name-words.txt, on a two-stem fixture in Ayaspell's format. */

import { describe, expect, test } from "vitest";
import { ayaspellWords } from "../scripts/ayaspell.ts";

describe("Ayaspell words", () => {
  test("stems with their suffix rules applied, normalised; proper-name sections left out", () => {
    const words = ayaspellWords("tests/fixtures/ayaspell");
    expect([...words].sort()).toEqual(["صالح", "صالحون", "مدرسات", "مدرسه"]);
  });

  test("a missing dictionary says what to install", () => {
    expect(() => ayaspellWords("tests/fixtures/none")).toThrow(/apt-get install hunspell-ar/);
  });
});
