/** The small index structures the rule passes ask at every token: covered tokens, matches by token. */

import { describe, expect, it } from "vitest";
import { type Candidate, coveredTokens } from "../src/tagger/candidates.ts";
import { ByToken } from "../src/tagger/document.ts";

const candidate = (first: number, last: number): Candidate => ({
  type: "place",
  first,
  last,
  skip: 0,
  entity: `place:${first}`,
  name: "",
  evidence: "kb",
});

describe("coveredTokens", () => {
  it("holds exactly the tokens some candidate spans, end exclusive", () => {
    const covered = coveredTokens([candidate(2, 4), candidate(7, 8)]);
    const members = [...Array(10).keys()].filter((i) => covered.has(i));
    expect(members).toEqual([2, 3, 7]);
  });

  it("holds nothing for no candidates, and no index outside the text", () => {
    expect(coveredTokens([]).has(0)).toBe(false);
    const covered = coveredTokens([candidate(0, 1)]);
    expect(covered.has(-1)).toBe(false);
    expect(covered.has(1)).toBe(false);
  });
});

describe("ByToken", () => {
  it("gives back what was set at a token, and undefined elsewhere", () => {
    const byToken = new ByToken<string>(5);
    byToken.set(3, "three");
    expect(byToken.get(3)).toBe("three");
    expect(byToken.has(3)).toBe(true);
    expect(byToken.get(2)).toBeUndefined();
    expect(byToken.has(2)).toBe(false);
    expect(byToken.has(9)).toBe(false);
  });
});
