import { describe, expect, it } from "vitest";
import { type Probe, scoreProbes } from "../src/cli/probes-command.ts";
import type { Tagger } from "../src/tagger/tagger.ts";
import type { Mention } from "../src/tagger/types.ts";

/** A tagger that marks given surfaces wherever they occur, so the scorer is tested apart from the rules. */
function fakeTagger(marks: Record<string, "official" | "place">): Tagger {
  return {
    tag(text) {
      const out: Mention[] = [];
      for (const [surface, type] of Object.entries(marks))
        for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length))
          out.push({
            start: at,
            end: at + surface.length,
            type,
            text: surface,
            entity: "x",
            name: surface,
            evidence: "kb",
          });
      return out;
    },
  };
}

const probes: Probe[] = [
  { text: "قال سامر حداد في عمان ثم قال حداد", officials: ["سامر حداد", "حداد"], places: ["عمان"] },
  { text: "زار نبيل الزعبي بيروت", officials: ["نبيل الزعبي"], places: ["بيروت"] },
  { text: "حركة فتح في غزة", officials: [], places: ["غزة"] },
];

describe("probe scoring", () => {
  it("counts a sentence right only when both classes are exactly the expected surfaces, repeats included", () => {
    // «حداد» is marked twice in the first sentence (inside the full name and alone): one extra mark.
    const result = scoreProbes(
      fakeTagger({ "سامر حداد": "official", حداد: "official", عمان: "place", غزة: "place", فتح: "official" }),
      probes,
    );
    expect(result.right).toBe(0);
    expect(result.tally.officials).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(result.tally.places).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(result.wrong.map((w) => w.probe.text)).toEqual(probes.map((p) => p.text));
  });

  it("counts a sentence right when its marks match, whatever the order", () => {
    const result = scoreProbes(fakeTagger({ بيروت: "place", "نبيل الزعبي": "official", غزة: "place" }), probes);
    expect(result.right).toBe(2);
    expect(result.tally.officials).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect(result.tally.places).toEqual({ tp: 2, fp: 0, fn: 1 });
  });
});
