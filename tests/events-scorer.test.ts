import { describe, expect, it } from "vitest";
import {
  type GoldDocument,
  type GoldEvent,
  type Prediction,
  type ScoringOptions,
  kindOfRecord,
  normalise,
  scoreDocument,
  summarise,
} from "../src/cli/events-scorer.ts";

const LENIENT = { lenient: true };

const aliases = {
  abbas: ["محمود عباس", "عباس", "الرئيس الفلسطيني"],
  rice: ["كوندوليزا رايس", "رايس", "وزيرة الخارجية الأميركية"],
  olmert: ["إيهود أولمرت", "اولمرت"],
};

const event = (over: Partial<GoldEvent>): GoldEvent => ({
  kind: "meet",
  who: ["abbas", "rice"],
  aliases,
  sentence: 0,
  core: true,
  ...over,
});

const said = (kind: Prediction["kind"], people: string[], sentence = 0): Prediction => ({
  kind,
  people: people.map((p) => [p]),
  sentence,
});

/** Scores one document and sums it up, so each test reads its figures off one summary. */
function score(doc: GoldDocument | undefined, predictions: Prediction[], options: ScoringOptions = LENIENT) {
  const scored = scoreDocument("0", doc, predictions, options);
  return { scored, summary: summarise([scored], new Map([["0", predictions]])) };
}

describe("kinds of event records", () => {
  it("maps PLOVER event and mode to the gold's kinds", () => {
    expect(kindOfRecord({ event: "AGREE", mode: null })).toBe("agree");
    expect(kindOfRecord({ event: "CONSULT", mode: "phone" })).toBe("call");
    expect(kindOfRecord({ event: "CONSULT", mode: "visit" })).toBe("visit");
    expect(kindOfRecord({ event: "CONSULT", mode: null })).toBe("meet");
    expect(kindOfRecord({ event: "CONSULT", mode: "multilateral" })).toBe("meet");
  });

  it("accepts meet for visit only in the lenient figures, and alt_kinds always", () => {
    const visit = { events: [event({ kind: "visit" })] };
    expect(score(visit, [said("meet", ["عباس", "رايس"])]).summary.precision.found).toBe(1);
    expect(score(visit, [said("meet", ["عباس", "رايس"])], { lenient: false }).summary.precision.found).toBe(0);
    const sameDay = { events: [event({ kind: "agree", alt_kinds: ["meet"] })] };
    expect(score(sameDay, [said("meet", ["عباس", "رايس"])], { lenient: false }).summary.precision.found).toBe(1);
    expect(score(sameDay, [said("call", ["عباس", "رايس"])]).summary.precision.found).toBe(0);
  });
});

describe("people", () => {
  it("normalises hamzas, ta marbuta, diacritics and guillemets", () => {
    expect(normalise("«أُولْمَرْت»  وزيرةُ")).toBe("اولمرت وزيره");
  });

  it("matches a person named by a title alias or by any of their names", () => {
    const doc = { events: [event({})] };
    const byTitle = said("meet", ["الرئيس الفلسطيني", "وزيرة الخارجية الاميركية كوندوليزا رايس"]);
    expect(score(doc, [byTitle]).summary.core.found).toBe(1);
    const byCanonicalName: Prediction = { kind: "meet", people: [["ابو مازن", "محمود عباس"], ["رايس"]], sentence: 3 };
    expect(score(doc, [byCanonicalName]).summary.core.found).toBe(1);
  });

  it("wants the aliases as whole words", () => {
    const doc = { events: [event({})] };
    expect(score(doc, [said("meet", ["عباسي", "رايس"])]).summary.core.found).toBe(0);
  });

  it("fails on a missing principal, an unknown person, or a known one outside who and also", () => {
    const doc = { events: [event({ also: ["olmert"] })] };
    expect(score(doc, [said("meet", ["عباس"])]).summary.core.found).toBe(0);
    expect(score(doc, [said("meet", ["عباس", "رايس", "سولانا"])]).summary.core.found).toBe(0);
    expect(score(doc, [said("meet", ["عباس", "رايس", "اولمرت"])]).summary.core.found).toBe(1);
    const noAlso = { events: [event({})] };
    expect(score(noAlso, [said("meet", ["عباس", "رايس", "اولمرت"])]).summary.core.found).toBe(0);
  });
});

describe("recall", () => {
  it("lets a record match one event only", () => {
    const twice = { events: [event({ sentence: 0 }), event({ sentence: 4 })] };
    const { summary } = score(twice, [said("meet", ["عباس", "رايس"])]);
    expect(summary.required).toEqual({ found: 1, total: 2 });
    expect(summary.precision).toEqual({ found: 1, total: 1 });
    const both = score(twice, [said("meet", ["عباس", "رايس"]), said("meet", ["رايس", "عباس"], 4)]).summary;
    expect(both.required).toEqual({ found: 2, total: 2 });
  });

  it("gives a record that fits a core and a side event to the core event", () => {
    const side = event({ core: false, also: ["olmert"] });
    const core = event({ core: true });
    const { summary } = score({ events: [side, core] }, [said("meet", ["عباس", "رايس"])]);
    expect(summary.core).toEqual({ found: 1, total: 1 });
    expect(summary.required).toEqual({ found: 1, total: 2 });
  });

  it("reaches the largest matching when the first choice would block another event", () => {
    const roomy = event({ core: false, also: ["olmert"] });
    const narrow = event({ core: false });
    const plain = said("meet", ["عباس", "رايس"]);
    const withOlmert = said("meet", ["عباس", "رايس", "اولمرت"]);
    const { summary } = score({ events: [roomy, narrow] }, [plain, withOlmert]);
    expect(summary.required).toEqual({ found: 2, total: 2 });
  });
});

describe("precision", () => {
  it("counts every record in a document without events, listed or not, as wrong", () => {
    expect(score({ events: [] }, [said("meet", ["عباس", "رايس"])]).summary.precision).toEqual({ found: 0, total: 1 });
    expect(score(undefined, [said("meet", ["عباس", "رايس"])]).summary.precision).toEqual({ found: 0, total: 1 });
  });

  it("counts an optional event as right when predicted, and leaves it out of recall", () => {
    const optional = { events: [event({ optional: true, core: false })] };
    const found = score(optional, [said("meet", ["عباس", "رايس"])]).summary;
    expect(found.precision).toEqual({ found: 1, total: 1 });
    expect(found.required.total).toBe(0);
    expect(score(optional, []).summary.required.total).toBe(0);
  });

  it("matches an event with no named principal by its sentence and its also", () => {
    const unnamed = { events: [event({ who: [], optional: true, core: false, sentence: 2, also: ["abbas"] })] };
    expect(score(unnamed, [said("meet", ["عباس"], 2)]).summary.precision.found).toBe(1);
    expect(score(unnamed, [said("meet", ["عباس"], 3)]).summary.precision.found).toBe(0);
    expect(score(unnamed, [said("meet", ["رايس"], 2)]).summary.precision.found).toBe(0);
    const stranger = [said("meet", ["عباس", "سولانا"], 2)];
    expect(score(unnamed, stranger).summary.precision.found).toBe(0);
    expect(score(unnamed, stranger, { lenient: true, unknownFitsUnnamed: true }).summary.precision.found).toBe(1);
  });
});
