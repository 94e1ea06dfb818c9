import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeKey } from "../../src/tagger/normalize.ts";
import { compiledKb, sharedTagger } from "../helpers.ts";
import { inventedNames, passRateTable, percentFloor, runSuites } from "./suites.ts";

/** Today's pass rates, rounded down: a suite may not fall below them (raise them as the tagger improves). */
const thresholds = JSON.parse(readFileSync("tests/behaviour/thresholds.json", "utf8")) as Record<string, number>;

describe("behavioural suites", () => {
  const results = runSuites(sharedTagger());
  console.log(`behavioural pass rates\n${passRateTable(results)}`);

  it("use invented names the knowledge base does not know", () => {
    const aliases = new Set(compiledKb().aliases.map(([a]) => a));
    for (const name of inventedNames()) expect(aliases.has(normalizeKey(name)), name).toBe(false);
  });

  it("have a threshold for every suite and a suite for every threshold", () => {
    expect(results.map((r) => r.name).sort()).toEqual(Object.keys(thresholds).sort());
  });

  // A suite at 0% has nothing to guard yet: it is skipped (and shown as such) until it passes something.
  for (const r of results)
    it.skipIf(!thresholds[r.name])(`${r.name}: pass rate at least its threshold`, () => {
      expect(percentFloor(r)).toBeGreaterThanOrEqual(thresholds[r.name] ?? 100);
    });
});
