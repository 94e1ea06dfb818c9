/**
 * How the background reads each request's fields: its messages come from content scripts running in
 * web pages, so nothing is taken on trust, and what gets stored is read field by field.
 */

import { toEventRecord } from "../events/record-format.ts";
import type { Publication } from "../events/published.ts";
import type { EventRecord } from "../events/types.ts";
import { count, list, nullable, object, oneOf, optional, text, type Reader } from "../shared/fields.ts";
import type { BackgroundMessages, PageSource } from "../shared/messages.ts";
import type { Schemas } from "../shared/protocol.ts";
import type { Mention } from "../tagger/types.ts";

const mention = object<Mention>({
  start: count,
  end: count,
  type: oneOf("official", "place", "organization"),
  text,
  entity: text,
  name: text,
  latin: optional(text),
  role: optional(text),
  country: optional(text),
  wikidata: optional(text),
  evidence: oneOf("kb", "title", "description", "coreference", "settlement"),
});

const source = object<PageSource>({
  url: text,
  title: text,
  site: text,
  publication: object<Publication>({
    date: nullable(text),
    by: oneOf("json-ld", "meta", "url", "dateline", "none"),
  }),
});

/** The strict reader of import files: imported records are stored as they come. */
const eventRecord: Reader<EventRecord> = (value, path) => {
  try {
    return toEventRecord(value);
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
};

export const BACKGROUND_SCHEMAS = {
  warm: {},
  tag: { text },
  record: { text, mentions: list(mention), source },
  related: { entities: list(text), url: text },
  latest: { entity: text },
  browse: { query: text, offset: count, limit: count },
  "delete-events": { ids: list(text) },
  "export-events": {},
  "import-events": { records: list(eventRecord) },
} satisfies Schemas<BackgroundMessages>;
