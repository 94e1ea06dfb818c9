import type { EntityType } from "../kb/types.ts";

/** How a mention was recognised: useful for cards, debugging and scoring analysis. */
export type Evidence = "kb" | "title" | "description" | "coreference" | "settlement";

export interface Mention {
  /** JavaScript string offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** text.slice(start, end) */
  readonly text: string;
  /** KB id, or `new:<normalised name>` for an official the KB does not know. */
  readonly entity: string;
  /** Canonical Arabic name. */
  readonly name: string;
  readonly latin?: string;
  /** The title as the page gives it, else the KB role. */
  readonly role?: string;
  /** ISO 3166 alpha-2 (or an organisation code) from the page or the KB. */
  readonly country?: string;
  readonly wikidata?: string;
  readonly evidence: Evidence;
}
