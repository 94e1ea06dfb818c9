/**
 * Event records as CSV with GDELT-like columns (GLOBALEVENTID, SQLDATE, Actor1…, EventCode, ActionGeo…,
 * SOURCEURL), so they open in a spreadsheet next to GDELT exports. RFC 4180 quoting; a byte-order mark
 * so spreadsheets read the Arabic as UTF-8; cells that a spreadsheet would run as a formula are defused.
 */

import type { EventRecord, Participant } from "./types.ts";

const COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "DateType",
  "DateText",
  "Actor1Name",
  "Actor1Latin",
  "Actor1CountryCode",
  "Actor1Office",
  "Actor2Name",
  "Actor2Latin",
  "Actor2CountryCode",
  "Actor2Office",
  "OtherParticipants",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "PloverEvent",
  "PloverMode",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ID",
  "NumArticles",
  "Confidence",
  "SOURCEURL",
  "Sentence",
] as const;

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function person(p: Participant | undefined): (string | undefined)[] {
  return [p?.name, p?.latin, p?.country, p?.office];
}

export function toCsv(records: readonly EventRecord[]): string {
  const rows = records.map((r) => {
    const [actor1, ...moreActors] = r.actors;
    const [actor2, ...moreRecipients] = r.recipients;
    const others = [...moreActors, ...moreRecipients].map((p) => p.latin ?? p.name).join("; ");
    return [
      r.id,
      r.date?.replaceAll("-", ""),
      r.dateType,
      r.dateText,
      ...person(actor1),
      ...person(actor2),
      others,
      r.cameo,
      r.cameo.slice(0, 3),
      r.cameo.slice(0, 2),
      1, // every code we extract (03x, 04x, 057) is verbal cooperation in CAMEO's quad classes
      r.event,
      r.mode,
      r.location?.text,
      r.location?.country,
      r.location?.entity,
      r.mentions.length,
      r.confidence,
      r.mentions[0]?.url,
      r.sentence,
    ]
      .map(cell)
      .join(",");
  });
  return `\uFEFF${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
