/** The registry of word lists (src/kb/word-lists.ts) against the files under assets/ and the compiled KB. */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LISTED, WORD_LISTS } from "../src/kb/word-lists.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { compiledKb } from "./helpers.ts";

const registered = new Set(Object.values(WORD_LISTS).map((list) => list.file));

describe("the registry of word lists", () => {
  test("every registered list is a file with a # header saying what it is", () => {
    for (const { file } of Object.values(WORD_LISTS)) {
      const path = join("assets", file);
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, "utf8").startsWith("# "), path).toBe(true);
    }
  });

  test("every word list under assets/kb and assets/events is registered", () => {
    for (const dir of ["kb", "events"]) {
      const lists = readdirSync(join("assets", dir)).filter((f) => f.endsWith(".txt") && !f.startsWith("LICENSE"));
      for (const file of lists) expect(registered.has(`${dir}/${file}`), `${dir}/${file}`).toBe(true);
    }
  });

  test("the compiled KB carries each listed list, normalised", () => {
    const { wordLists } = compiledKb();
    expect(Object.keys(wordLists).sort()).toEqual(Object.keys(LISTED).sort());
    // Written as a reader writes it (مسؤول), found as the tagger reads it.
    expect(wordLists.descriptionOpeners).toContain(normalizeKey("مسؤول"));
    expect(wordLists.descriptionOpeners).not.toContain("مسؤول");
  });
});
