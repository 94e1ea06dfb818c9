/** `marsad tag`: readable marks and a table, or the JSONL contract of DESIGN.md. */

import type { Tagger } from "../tagger/tagger.ts";
import type { Mention } from "../tagger/types.ts";
import { readTextFile } from "./input.ts";

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Rewrites one status line in place (a terminal); absent when stderr is a file or a pipe. */
  status?(line: string): void;
  color: boolean;
}

/** One JSON object a line in, one a line out; a bad line is reported by number and skipped. */
export function tagJsonl(tagger: Tagger, source: string, io: Output): number {
  let bad = 0;
  const lines = source.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `line ${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      io.err(`${where}: not valid JSON (${(e as Error).message}); skipped`);
      bad++;
      return;
    }
    if (typeof record !== "object" || record === null || typeof (record as { text?: unknown }).text !== "string") {
      io.err(`${where}: expected an object with a string "text" field; skipped`);
      bad++;
      return;
    }
    const { id, text } = record as { id?: unknown; text: string };
    io.out(JSON.stringify({ id: id ?? null, mentions: tagger.tag(text) }));
  });
  return bad;
}

const COLORS: Record<string, string> = { official: "\x1b[1;35m", place: "\x1b[1;36m", organization: "\x1b[2m" };

/** The text with each mention bracketed, then a table of mentions. */
export function tagReadable(tagger: Tagger, path: string, io: Output): void {
  const text = readTextFile(path);
  const mentions = tagger.tag(text).filter((m) => m.type !== "organization");
  io.out(markText(text, mentions, io.color));
  io.out("");
  io.out(["start", "end", "type", "text", "entity", "latin", "role", "country"].join("\t"));
  for (const m of mentions) {
    io.out([m.start, m.end, m.type, m.text, m.entity, m.latin ?? "", m.role ?? "", m.country ?? ""].join("\t"));
  }
  const officials = new Set(mentions.filter((m) => m.type === "official").map((m) => m.entity)).size;
  const places = new Set(mentions.filter((m) => m.type === "place").map((m) => m.entity)).size;
  io.err(`${mentions.length} mentions of ${officials} distinct officials and ${places} distinct places`);
}

export function markText(text: string, mentions: readonly Mention[], color: boolean): string {
  let out = "";
  let at = 0;
  for (const m of mentions) {
    out += text.slice(at, m.start);
    const body = text.slice(m.start, m.end);
    out += color ? `${COLORS[m.type] ?? ""}⟦${body}⟧\x1b[0m` : `⟦${body}⟧`;
    at = m.end;
  }
  return out + text.slice(at);
}
