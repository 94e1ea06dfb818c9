/** Publication dates, merging reports of one event, and the import/export formats. */

import { describe, expect, test } from "vitest";
import { toCsv } from "../src/events/csv.ts";
import { extractEvents } from "../src/events/extract.ts";
import { dedupe, mergeEvents, sameEvent } from "../src/events/merge.ts";
import { publicationOf, type PublicationClues } from "../src/events/published.ts";
import { readEventLines, toJsonLines } from "../src/events/record-format.ts";
import type { EventRecord } from "../src/events/types.ts";
import { packedKb, seed, sharedTagger } from "./helpers.ts";

const NO_CLUES: PublicationClues = { jsonLd: [], meta: [], url: "https://example.com/news/123", datelines: [] };

describe("publication date", () => {
  test("JSON-LD of the article first, in the site's own calendar day", () => {
    const graph = JSON.stringify({
      "@graph": [
        { "@type": "WebPage", datePublished: "2020-01-01" },
        { "@type": ["NewsArticle"], datePublished: "2025-11-03T23:30:00+03:00" },
      ],
    });
    const clues = {
      ...NO_CLUES,
      jsonLd: ["{broken", graph],
      meta: [["article:published_time", "2024-01-01"]] as const,
    };
    expect(publicationOf(clues)).toEqual({ date: "2025-11-03", by: "json-ld" });
  });

  test("then meta tags (never the modified time), then the URL, then a dateline in the article", () => {
    const meta: PublicationClues["meta"] = [
      ["article:modified_time", "2026-01-01T10:00:00Z"],
      ["article:published_time", "2023-02-21T09:00:00+03:00"],
    ];
    expect(publicationOf({ ...NO_CLUES, meta })).toEqual({ date: "2023-02-21", by: "meta" });
    const url = "https://news.example/world/2022/09/19/putin-xi.html";
    expect(publicationOf({ ...NO_CLUES, url })).toEqual({ date: "2022-09-19", by: "url" });
    expect(publicationOf({ ...NO_CLUES, url: "https://x.example/a/20260204-call" }).date).toBe("2026-02-04");
    expect(publicationOf({ ...NO_CLUES, datelines: ["نشر في", "الأربعاء 4 شباط/فبراير 2026"] })).toEqual({
      date: "2026-02-04",
      by: "dateline",
    });
  });

  test("an id that looks like a date is not one; nothing found is said plainly", () => {
    expect(publicationOf({ ...NO_CLUES, url: "https://x.example/story/98761234" })).toEqual({ date: null, by: "none" });
    expect(publicationOf({ ...NO_CLUES, datelines: ["31/02/2024"] }).date).toBeNull();
  });
});

const seedEvents = (prefix: string, url: string, published: string | null) => {
  const text = seed(prefix);
  return extractEvents(text, sharedTagger().tag(text), packedKb(), { url, title: prefix, site: "x", published });
};

describe("one event, several articles", () => {
  const base = seedEvents("004", "https://a.example/1", "2023-02-21").find((r) => r.mode !== "visit")!;

  test("the same participants a day apart are one event only when a date is approximate", () => {
    const nextDay = { ...base, date: "2023-02-22", mentions: [{ ...base.mentions[0]!, url: "https://b.example/2" }] };
    expect(sameEvent(base, nextDay)).toBe(base.dateType === "approximate");
    expect(sameEvent(base, { ...nextDay, dateType: "approximate" })).toBe(true);
    expect(sameEvent(base, { ...nextDay, date: "2023-02-24", dateType: "approximate" })).toBe(false);
    expect(sameEvent(base, { ...base, event: "AGREE" })).toBe(false);
  });

  test("merging keeps the first id, the better date and one mention per article", () => {
    const vague = {
      ...base,
      dateType: "approximate" as const,
      mentions: [{ ...base.mentions[0]!, url: "https://b.example/2" }],
    };
    const merged = mergeEvents(vague, base);
    expect(merged.id).toBe(vague.id);
    expect(merged.dateType).toBe(base.dateType);
    expect(merged.mentions.map((m) => m.url).sort()).toEqual(["https://a.example/1", "https://b.example/2"]);
    expect(dedupe([base, vague, base]).length).toBe(1);
  });
});

describe("JSON lines and CSV", () => {
  const records = ["000", "004"].flatMap((p) => seedEvents(p, `https://news.example/${p}`, "2023-02-21"));

  test("export then read back gives every record unchanged", () => {
    const read = readEventLines(toJsonLines(records));
    expect(read.errors).toEqual([]);
    expect(read.records).toEqual(records);
  });

  test("bad lines are reported by number and skipped; the good ones still count", () => {
    const lines = toJsonLines(records.slice(0, 2)).trim().split("\n");
    const broken = { ...JSON.parse(lines[1]!), date: "yesterday" } as unknown;
    const content = [lines[0], "{not json", "", JSON.stringify(broken), '"a string"', lines[1]].join("\r\n");
    const read = readEventLines(`\uFEFF${content}`);
    expect(read.records.map((r) => r.id)).toEqual([records[0]!.id, records[1]!.id]);
    expect(read.errors).toEqual([
      { line: 2, message: "not valid JSON" },
      { line: 4, message: "date must be a date as YYYY-MM-DD or null" },
      { line: 5, message: "the line must be an object" },
    ]);
  });

  test("CSV has GDELT-like columns, quotes commas and defuses formulas", () => {
    const hostile: EventRecord = { ...records[0]!, sentence: '=HYPERLINK("x"), قال' };
    const csv = toCsv([hostile]);
    expect(csv.startsWith("\uFEFFGLOBALEVENTID,SQLDATE,")).toBe(true);
    const [header, row] = csv.trim().split("\r\n");
    expect(header!.split(",")).toContain("SOURCEURL");
    expect(row).toContain(`"'=HYPERLINK(""x""), قال"`);
    expect(row!.startsWith(`${hostile.id},${hostile.date!.replaceAll("-", "")},`)).toBe(true);
  });
});
