/** `marsad ingest`: a folder of text, HTML and CoNLL articles becomes merged, importable event lines. */

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readHtmlArticle } from "../src/cli/html-article.ts";
import { main } from "../src/cli/main.ts";
import { readEventLines } from "../src/events/record-format.ts";
import { SEEDS_DIR } from "./helpers.ts";

function run(args: string[]) {
  const err: string[] = [];
  const code = main(args, { out: () => undefined, err: (l) => err.push(l), color: false });
  return { code, err };
}

const SAMARKAND = "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في سمرقند يوم الخميس الماضي.";

function newsHtml(published: string): string {
  return `<!doctype html><html lang="ar"><head><title>خبر | موقع</title>
<link rel="canonical" href="https://news.example/2022/09/19/story.html">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${published}T10:00:00+03:00"}</script>
</head><body><header class="site"><span>الثلاثاء 1 يناير 2030</span><nav><a href="/">روسيا</a></nav></header>
<article><h1>بوتين &amp; شي</h1><p>${SAMARKAND}</p><aside>وصل ماكرون إلى الرياض</aside></article>
<script>var x = "التقى بايدن ماكرون";</script></body></html>`;
}

describe("reading saved HTML", () => {
  test("the article's text, headline, address and publication clues; never scripts, menus, asides or the banner", () => {
    const article = readHtmlArticle(newsHtml("2022-09-19"));
    expect(article.title).toBe("بوتين & شي");
    expect(article.canonical).toBe("https://news.example/2022/09/19/story.html");
    expect(article.text).toContain(SAMARKAND);
    for (const absent of ["ماكرون", "بايدن", "2030", "روسيا\n"]) expect(article.text).not.toContain(absent);
    expect(article.clues.jsonLd.length).toBe(1);
  });
});

describe("marsad ingest", () => {
  test("seeds, an HTML copy of one event and the corpus: progress, throughput, one record per event", () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-ingest-"));
    for (const file of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, file), join(dir, file));
    writeFileSync(join(dir, "a.html"), newsHtml("2022-09-19"));
    writeFileSync(join(dir, "b.htm"), newsHtml("2022-09-19").replace("story.html", "retold.html"));
    writeFileSync(join(dir, "small.conll"), "بوتين\tB-Politician\nيزور\tO\nبكين\tB-Population-Center\n");
    writeFileSync(join(dir, "broken.txt"), new Uint8Array([0x61, 0xff, 0xfe]));
    writeFileSync(join(dir, "notes.md"), "ignored");
    const out = join(dir, "events.jsonl");
    const { code, err } = run(["ingest", dir, "--out", out]);
    expect(code).toBe(1); // one file skipped, said plainly, the rest done
    expect(err.some((l) => l.includes("broken.txt") && l.includes("not valid UTF-8"))).toBe(true);
    expect(err.some((l) => /100%/.test(l))).toBe(true);
    expect(err.some((l) => /\d[\d,]* tokens\/s, [\d.]+ MB\/s/.test(l))).toBe(true);
    const { records, errors } = readEventLines(readFileSync(out, "utf8"));
    expect(errors).toEqual([]);
    expect(records.length).toBeGreaterThan(5);
    // The two HTML copies tell one meeting: one record, two sources, dated from the JSON-LD.
    const samarkand = records.filter((r) => r.location?.text === "سمرقند");
    expect(samarkand.length).toBe(1);
    expect(samarkand[0]!.date).toBe("2022-09-15");
    expect(samarkand[0]!.mentions.map((m) => m.url).sort()).toEqual([
      "https://news.example/2022/09/19/retold.html",
      "https://news.example/2022/09/19/story.html",
    ]);
  });

  test("marsad events reads saved HTML with the page's own publication date", () => {
    const path = join(mkdtempSync(join(tmpdir(), "marsad-events-")), "story.html");
    writeFileSync(path, newsHtml("2022-09-19"));
    const out: string[] = [];
    const code = main(["events", path, "--jsonl"], { out: (l) => out.push(l), err: () => undefined, color: false });
    expect(code).toBe(0);
    const [record] = readEventLines(out.join("\n")).records;
    expect(record?.date).toBe("2022-09-15");
    expect(record?.mentions[0]?.url).toBe("https://news.example/2022/09/19/story.html");
  });

  test("clear errors for a missing folder or a missing --out", () => {
    expect(run(["ingest", "/no/such/folder", "--out", "/tmp/x.jsonl"]).err[0]).toMatch(/no such folder/);
    expect(run(["ingest", SEEDS_DIR]).code).toBe(2);
  });
});
