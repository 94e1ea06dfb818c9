/** The dictionary reader behind assets/kb/ordinary-name-words.txt, on a fixture in Ayaspell's format. */

import { describe, expect, test } from "vitest";
import { ayaspellWords } from "../scripts/ayaspell.ts";

describe("Ayaspell words", () => {
  test("the words as listed, normalised, without their affix flags; proper-name sections left out", () => {
    const words = ayaspellWords("tests/fixtures/ayaspell");
    expect([...words].sort()).toEqual(["شار", "صالح", "مدرسه"]);
  });

  test("a missing dictionary says what to install", () => {
    expect(() => ayaspellWords("tests/fixtures/none")).toThrow(/apt-get install hunspell-ar/);
  });
});
