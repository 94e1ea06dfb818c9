/**
 * `marsad ingest DIR --out events.jsonl [--published YYYY-MM-DD]`: tags and extracts every article in a
 * folder (text, HTML, or CoNLL documents), merges the events that several articles tell, and writes
 * JSON lines the extension's options page imports. Shows progress and reports its throughput.
 */

import { readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractEvents, type Source } from "../events/extract.ts";
import { dedupe } from "../events/merge.ts";
import { toJsonLines } from "../events/record-format.ts";
import type { EventRecord } from "../events/types.ts";
import type { PackedKb } from "../kb/packed.ts";
import type { Tagger } from "../tagger/tagger.ts";
import { parseConll } from "./conll.ts";
import { htmlSource } from "./html-article.ts";
import { InputError, readTextFile } from "./input.ts";
import type { Output } from "./tag-command.ts";

const TEXT = new Set([".txt", ".text"]);
const HTML = new Set([".html", ".htm", ".xhtml"]);
const CONLL = new Set([".conll"]);

interface Article {
  readonly text: string;
  readonly source: Source;
}

export interface IngestSummary {
  readonly files: number;
  readonly skipped: number;
  readonly articles: number;
  readonly tokens: number;
  readonly bytes: number;
  readonly ms: number;
  readonly found: number;
  readonly events: readonly EventRecord[];
}

/** Every readable article file under dir, depth first, in name order. */
function articleFiles(dir: string): string[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`${dir} is a file, not a folder`);
    entries = readdirSync(dir).sort();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${dir}: no such folder`);
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return articleFiles(path);
    const ext = extname(name).toLowerCase();
    return TEXT.has(ext) || HTML.has(ext) || CONLL.has(ext) ? [path] : [];
  });
}

/** The articles of one file: one for text and HTML, one per 15-sentence document for CoNLL. */
function articlesOf(path: string, published: string | null): Article[] {
  const content = readTextFile(path);
  const url = pathToFileURL(resolve(path)).href;
  const ext = extname(path).toLowerCase();
  if (HTML.has(ext)) return [htmlSource(content, url, published)];
  if (CONLL.has(ext)) {
    return parseConll(content).map((doc, i) => ({
      text: doc.text,
      source: { url: `${url}#document-${i + 1}`, title: `${basename(path)} #${i + 1}`, site: "", published },
    }));
  }
  return [{ text: content, source: { url, title: basename(path), site: "", published } }];
}

const countTokens = (text: string) => text.split(/\s+/).filter(Boolean).length;

function bar(fraction: number): string {
  const width = 24;
  const filled = Math.round(fraction * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%`;
}

export function ingest(tagger: Tagger, kb: PackedKb, dir: string, published: string | null, io: Output): IngestSummary {
  const files = articleFiles(dir);
  if (files.length === 0) throw new InputError(`${dir} holds no .txt, .html or .conll files`);
  const sizes = files.map((path) => statSync(path).size);
  const totalSize = sizes.reduce((a, b) => a + b, 0) || 1;
  const started = performance.now();
  const found: EventRecord[] = [];
  let [skipped, articles, tokens, bytes, doneSize, shownTenth, shownAt] = [0, 0, 0, 0, 0, -1, 0];
  // Progress by input size, updated per article: one big corpus file moves the bar as smoothly as many small ones.
  const report = (fileIndex: number, fraction: number, last: boolean) => {
    const now = performance.now();
    const tenth = Math.floor(fraction * 10);
    if (io.status ? !last && now - shownAt < 100 : tenth === shownTenth) return;
    [shownAt, shownTenth] = [now, tenth];
    const rate = Math.round(tokens / Math.max((now - started) / 1000, 1e-3)).toLocaleString("en");
    const line = `${bar(fraction)} ${fileIndex + 1}/${files.length} files, ${articles} articles, ${found.length} events, ${rate} tokens/s`;
    if (io.status) io.status(line);
    else io.err(line);
  };
  files.forEach((path, index) => {
    try {
      const parts = articlesOf(path, published);
      parts.forEach((article, i) => {
        found.push(...extractEvents(article.text, tagger.tag(article.text), kb, article.source));
        articles++;
        tokens += countTokens(article.text);
        bytes += Buffer.byteLength(article.text, "utf8");
        report(index, (doneSize + (sizes[index]! * (i + 1)) / parts.length) / totalSize, false);
      });
    } catch (e) {
      if (!(e instanceof InputError || (e instanceof Error && /^line \d+:/.test(e.message)))) throw e;
      skipped++;
      io.err(`marsad: skipped ${path}: ${e.message}`);
    }
    doneSize += sizes[index]!;
  });
  report(files.length - 1, 1, true);
  const events = dedupe(found);
  return {
    files: files.length,
    skipped,
    articles,
    tokens,
    bytes,
    ms: performance.now() - started,
    found: found.length,
    events,
  };
}

/** Writes beside the target and renames, so an interrupted run never leaves half a file. */
function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

export function ingestCommand(
  tagger: Tagger,
  kb: PackedKb,
  dir: string,
  out: string,
  published: string | null,
  io: Output,
): number {
  const summary = ingest(tagger, kb, dir, published, io);
  writeAtomically(out, toJsonLines(summary.events));
  const seconds = summary.ms / 1000;
  io.status?.("");
  io.err(
    `${summary.files} files (${summary.skipped} skipped), ${summary.articles} articles, ` +
      `${summary.tokens.toLocaleString("en")} tokens, ${(summary.bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s: ` +
      `${Math.round(summary.tokens / seconds).toLocaleString("en")} tokens/s, ${(summary.bytes / 1e6 / seconds).toFixed(2)} MB/s`,
  );
  io.err(`${summary.found} events found, ${summary.events.length} after merging repeats → ${out}`);
  return summary.skipped > 0 ? 1 : 0;
}
