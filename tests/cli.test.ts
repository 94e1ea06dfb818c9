import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { parseConll } from "../src/cli/conll.ts";
import { main } from "../src/cli/main.ts";

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { out: (l) => out.push(l), err: (l) => err.push(l), color: false });
  return { code, out, err };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "marsad-test-")), name);
  writeFileSync(path, content);
  return path;
}

describe("marsad tag --jsonl", () => {
  it("answers each line with its id and mentions whose offsets slice the text", () => {
    const text = "استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية الصيني وانغ يي.";
    const path = tempFile("in.jsonl", `${JSON.stringify({ id: "a1", text, published: "2025-11-03" })}\n`);
    const { code, out } = run(["tag", "--jsonl", path]);
    expect(code).toBe(0);
    const record = JSON.parse(out[0] as string);
    expect(record.id).toBe("a1");
    const byText = Object.fromEntries(record.mentions.map((m: { text: string }) => [m.text, m]));
    expect(byText["فلاديمير بوتين"]).toMatchObject({
      type: "official",
      entity: "person:putin",
      latin: "Vladimir Putin",
    });
    expect(byText["موسكو"]).toMatchObject({ type: "place", entity: "city:moscow", country: "RU" });
    expect(byText["وانغ يي"]).toMatchObject({ type: "official", role: "وزير الخارجية الصيني", country: "CN" });
    for (const m of record.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("reports a bad line by its number, goes on with the rest, and exits non-zero", () => {
    const lines = [
      JSON.stringify({ id: 1, text: "زار بوتين بكين" }),
      "{not json",
      JSON.stringify({ id: 3 }),
      JSON.stringify({ id: 4, text: "لافروف في موسكو" }),
    ];
    const { code, out, err } = run(["tag", "--jsonl", tempFile("in.jsonl", lines.join("\n"))]);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l).id)).toEqual([1, 4]);
    expect(err.join("\n")).toMatch(/line 2: not valid JSON/);
    expect(err.join("\n")).toMatch(/line 3: expected an object with a string "text" field/);
  });

  it("runs as the `marsad` command, reading standard input", () => {
    const input = `${JSON.stringify({ id: "x", text: "قال شي جين بينغ في بكين" })}\n`;
    const stdout = execFileSync("node", ["bin/marsad.mjs", "tag", "--jsonl"], { input, encoding: "utf8" });
    const record = JSON.parse(stdout.trim());
    expect(record.mentions.map((m: { entity: string }) => m.entity)).toEqual(["person:xi-jinping", "city:beijing"]);
  });
});

describe("marsad tag FILE", () => {
  it("prints the text with marks, then a table", () => {
    const { code, out } = run(["tag", tempFile("a.txt", "التقى بوتين نظيره الصيني في بكين")]);
    expect(code).toBe(0);
    expect(out[0]).toBe("التقى ⟦بوتين⟧ نظيره الصيني في ⟦بكين⟧");
    expect(out.some((l) => l.startsWith("6\t11\tofficial\tبوتين\tperson:putin"))).toBe(true);
  });

  it("rejects a file that is not UTF-8 with a clear message", () => {
    const path = tempFile("latin1.txt", new Uint8Array([0x61, 0x62, 0xe9, 0x20, 0x63]));
    const { code, err } = run(["tag", path]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/is not valid UTF-8 \(first bad byte at offset 2\)/);
  });

  it("says so when the file does not exist, and prints usage for unknown commands", () => {
    expect(run(["tag", "/no/such/file.txt"]).err[0]).toMatch(/no such file/);
    const unknown = run(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/unknown command/);
  });

  it("stops quietly when the reader closes the pipe early (marsad tag FILE | head -1)", () => {
    const long = tempFile("long.txt", "التقى بوتين نظيره الصيني في بكين.\n".repeat(20_000));
    const r = spawnSync("sh", ["-c", `node bin/marsad.mjs tag ${long} | head -1`], { encoding: "utf8" });
    expect(r.stdout).toBe("التقى ⟦بوتين⟧ نظيره الصيني في ⟦بكين⟧.\n");
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it("exits through the real process with the same codes", () => {
    const r = spawnSync("node", ["bin/marsad.mjs", "tag"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tag needs a FILE/);
  });
});

describe("marsad eval", () => {
  const conll = [
    "قال\tO",
    "الرئيس\tO",
    "الروسي\tO",
    "فلاديمير\tB-Politician",
    "بوتين\tI-Politician",
    "في\tO",
    "موسكو\tB-Population-Center",
    "ان\tO",
    "شركة\tO",
    "غازبروم\tB-Commercial",
    "ستبني\tO",
    "خطا\tO",
    "الى\tO",
    "الصين\tB-Nation",
    ".\tO",
    "",
  ].join("\n");

  it("groups 15 sentences a document and joins tokens with spaces and sentences with newlines", () => {
    const many = Array.from({ length: 16 }, () => "كلمة\tO\n").join("\n");
    const docs = parseConll(many);
    expect(docs.map((d) => d.text.split("\n").length)).toEqual([15, 1]);
    expect(parseConll(conll)[0]?.gold).toEqual([
      { first: 3, last: 5, cls: "official" },
      { first: 6, last: 7, cls: "place" },
      { first: 13, last: 14, cls: "place" },
    ]);
  });

  it("scores per class, exact and overlap", () => {
    const { code, out } = run(["eval", tempFile("t.conll", conll)]);
    expect(code).toBe(0);
    const official = out.find((l) => l.startsWith("official")) as string;
    const place = out.find((l) => l.startsWith("place")) as string;
    expect(official.split(/\s+/).slice(1, 5)).toEqual(["1", "1", "0", "0"]);
    expect(place.split(/\s+/).slice(1, 5)).toEqual(["2", "2", "0", "0"]);
  });

  it("reads a gzipped corpus as the plain one", () => {
    const plain = run(["eval", tempFile("t.conll", conll)]);
    const zipped = run(["eval", tempFile("t.conll.gz", gzipSync(conll))]);
    expect(zipped.code).toBe(0);
    expect(zipped.out.slice(1)).toEqual(plain.out.slice(1));
  });

  it("counts a place on an entity of an ignored class neither right nor wrong, except in the strict F1", () => {
    const match = [
      "فازت\tO",
      "فرنسا\tB-Sports",
      "على\tO",
      "البرازيل\tB-Nation",
      "في\tO",
      "باريس\tB-Population-Center",
      ".\tO",
      "",
    ];
    const { code, out } = run(["eval", tempFile("m.conll", match.join("\n"))]);
    expect(code).toBe(0);
    const place = (out.find((l) => l.startsWith("place")) as string).split(/\s+/);
    // gold tp fp fn … ignored strict-F1: France, tagged as the place, is the team here.
    expect(place.slice(1, 5)).toEqual(["2", "2", "0", "0"]);
    expect(place.slice(-2)).toEqual(["1", "80.0"]);
  });

  it("splits recall by what the KB knows, and with --swap scores the corpus with its names swapped", () => {
    const { code, out } = run(["eval", tempFile("t.conll", conll), "--swap"]);
    expect(code).toBe(0);
    // بوتين, موسكو and الصين are all in the knowledge base.
    expect(out).toContain("official  recall on mentions the KB knows 100.0% of 1, does not know 0.0% of 0");
    const swapped = out.slice(out.findIndex((l) => l.startsWith("name swap")));
    const gold = (cls: string) => swapped.find((l) => l.startsWith(cls))?.split(/\s+/)[1];
    expect([gold("official"), gold("place")]).toEqual(["1", "2"]);
  });

  it("rejects a malformed line with its number", () => {
    const { code, err } = run(["eval", tempFile("bad.conll", "كلمة\tO\nبلا_وسم\n")]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/line 2: expected TOKEN<TAB>TAG/);
  });
});

describe("marsad eval-probes", () => {
  it("counts a sentence right when its officials and places are exactly the expected ones", () => {
    const probes = [
      {
        text: "وقال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات مفيدة.",
        officials: ["فلاديمير بوتين"],
        places: ["موسكو"],
      },
      { text: "وصل الوفد إلى القاهرة.", officials: ["فلاديمير بوتين"], places: ["القاهرة"] },
    ];
    const { code, out } = run(["eval-probes", tempFile("p.json", JSON.stringify(probes)), "--errors"]);
    expect(code).toBe(0);
    expect(out[0]).toBe("1/2 sentences right");
    expect(out).toContain("  officials: expected «فلاديمير بوتين», got —");
  });
});

describe("marsad eval-events", () => {
  /** CoNLL lines for sentences given as text: one token a line (tags are not read), a blank line after each. */
  const conllOf = (sentences: string[]) =>
    sentences
      .map(
        (s) =>
          `${s
            .split(" ")
            .map((t) => `${t}\tO`)
            .join("\n")}\n`,
      )
      .join("\n");
  const filler = "و تابع الحضور النقاش .";
  const meeting = "استقبل الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية الصيني وانغ يي .";
  const call = "و اجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الصيني شي جين بينغ .";
  const sentences = [filler, meeting, call, ...Array.from({ length: 12 }, () => filler), meeting];
  const gold = {
    note: "test",
    docs: {
      "0": {
        events: [
          {
            kind: "meet",
            who: ["putin", "wang"],
            aliases: { putin: ["فلاديمير بوتين", "بوتين"], wang: ["وانغ يي"] },
            sentence: 1,
            core: true,
          },
        ],
      },
    },
  };

  it("scores the records of each 15-sentence document and lists the extras by sentence", () => {
    const corpus = tempFile("c.conll", conllOf(sentences));
    const { code, out } = run(["eval-events", corpus, tempFile("g.json", JSON.stringify(gold)), "--errors"]);
    expect(code).toBe(0);
    const all = out.find((l) => l.startsWith("all"))!.split(/\s+/);
    expect(all.slice(1, 6)).toEqual(["1/1", "100.0%", "1/1", "100.0%", "1/3"]);
    expect(out.join("\n")).toMatch(/doc 0 s2 call: /);
    expect(out.join("\n")).toMatch(/doc 1 s0 visit \(document not in the gold\)/);
    expect(out.join("\n")).toMatch(/strict \(meet and visit kept apart\): core recall 0\/1/);
  });

  it("lists the errors of the chosen folds only, and prints the shaping and held-out halves", () => {
    const corpus = tempFile("c.conll", conllOf(sentences));
    const goldFile = tempFile("g.json", JSON.stringify(gold));
    const { out } = run(["eval-events", corpus, goldFile, "--errors", "--folds", "2"]);
    const text = out.join("\n");
    expect(text).toMatch(/doc 1 s0 visit/);
    expect(text).not.toMatch(/doc 0 s2 call/);
    expect(text).toMatch(/^shaping folds 1,2,3: +core recall 1\/1/m);
    expect(text).toMatch(/^held-out folds 4,5: core recall 0\/0/m);
    expect(run(["eval-events", corpus, goldFile, "--errors", "--folds", "6"]).code).toBe(1);
  });

  it("refuses a gold file that is not JSON", () => {
    const { code, err } = run(["eval-events", tempFile("c.conll", conllOf([meeting])), tempFile("g.json", "{")]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/g\.json: not valid JSON/);
  });
});
