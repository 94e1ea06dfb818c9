/** `marsad events FILE [--published YYYY-MM-DD] [--jsonl]`: the event records of one article. */

import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractEvents, type Source } from "../events/extract.ts";
import type { EventRecord, Participant } from "../events/types.ts";
import type { PackedKb } from "../kb/packed.ts";
import type { Tagger } from "../tagger/tagger.ts";
import { htmlSource } from "./html-article.ts";
import { InputError, readTextFile } from "./input.ts";
import type { Output } from "./tag-command.ts";

export function checkPublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InputError(`--published wants a date as YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  return value;
}

function who(people: readonly Participant[]): string {
  return people.map((p) => `${p.name}${p.latin ? ` (${p.latin})` : ""}`).join("، ");
}

function readable(record: EventRecord): string {
  const kind = `${record.event}${record.mode ? `/${record.mode}` : ""} ${record.cameo}`;
  const date = record.date ? `${record.date}${record.dateType === "approximate" ? " ~" : ""}` : "date unresolved";
  return [
    `${kind}  ${date}${record.dateText ? ` («${record.dateText}»)` : ""}  confidence ${record.confidence.toFixed(2)}`,
    `  ${who(record.actors)}${record.recipients.length ? ` → ${who(record.recipients)}` : ""}${record.location ? `  in ${record.location.text}` : ""}`,
    `  «${record.sentence.trim()}»`,
  ].join("\n");
}

export function eventsCommand(
  tagger: Tagger,
  kb: PackedKb,
  path: string,
  published: string | null,
  jsonl: boolean,
  io: Output,
): void {
  const content = readTextFile(path);
  const url = pathToFileURL(path === "-" ? "/dev/stdin" : resolve(path)).href;
  let text = content;
  let source: Source = { url, title: basename(path), site: "", published };
  if (/\.x?html?$/i.test(path)) {
    // Saved HTML: the article's text, its address and its own date (--published overrides it).
    ({ text, source } = htmlSource(content, url, null));
    if (published) source = { ...source, published };
  }
  const records = extractEvents(text, tagger.tag(text), kb, source);
  if (jsonl) {
    for (const record of records) io.out(JSON.stringify(record));
    return;
  }
  io.out(records.length ? records.map(readable).join("\n\n") : "No events found.");
  io.out(
    `\n${records.length} event(s)${source.published ? `, dates resolved against ${source.published}` : ", no publication date given (--published)"}`,
  );
}
