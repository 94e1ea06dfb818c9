/** The knowledge base as the tagger loads it (built by scripts/build-kb.ts). */

import type { MentionFilterWeights } from "../tagger/mention-filter.ts";
import type { ListName } from "./word-lists.ts";

export type EntityType = "official" | "place" | "organization";
export type PlaceKind = "country" | "city" | "province" | "region" | "sea" | "continent";

export interface Role {
  /** Arabic title, e.g. رئيس الوزراء. */
  readonly title: string;
  /** ISO 3166 alpha-2, or an organisation code such as UN or EU. */
  readonly country?: string;
  readonly from?: number;
  readonly to?: number;
}

export interface KbEntity {
  readonly id: string;
  readonly type: EntityType;
  /** Canonical Arabic name. */
  readonly ar: string;
  readonly latin: string;
  readonly country?: string;
  readonly kind?: PlaceKind;
  readonly roles?: readonly Role[];
  readonly qid?: string;
}

/** Alias flags. */
export const NEEDS_SUPPORT = 1; // a short form that is also a common word: needs a title or an earlier full name
export const PARTIAL = 2; // part of a person's name (surname, given name)
export const SPELLING_VARIANT = 4; // a spelling the compiler made (ال toggled, a vowel dropped), no source's

export interface CompiledKb {
  readonly version: number;
  readonly entities: readonly KbEntity[];
  /** [normalised alias, entity index, flags] */
  readonly aliases: readonly (readonly [string, number, number])[];
  /** [normalised adjective without article, country code] */
  readonly nationalities: readonly (readonly [string, string])[];
  /** Normalised title heads, e.g. "رئيس الوزراء", "وزير". */
  readonly titles: readonly string[];
  /** Normalised words that title modifiers may contain besides ال-words. */
  readonly titleLinks: readonly string[];
  /** Normalised common words that are never a name on their own. */
  readonly commonWords: readonly string[];
  /** Normalised given names that start an unknown person's name. */
  readonly givenNames: readonly string[];
  /** Normalised heads of organisation names (منظمة, جامعة) that stop a place. */
  readonly orgHeads: readonly string[];
  /** Normalised honorifics (السيد, معالي, سمو): before a name, never part of it. */
  readonly honorifics: readonly string[];
  /** Normalised verbs after which a name opens a clause (قال, أعلن). */
  readonly speechVerbs: readonly string[];
  /** Normalised words that make a title private (التنفيذي, جامعة): no official follows. */
  readonly nonGovernment: readonly string[];
  /** Normalised heads of natural features (نهر, جبل): head + name is one place. */
  readonly geoHeads: readonly string[];
  /** Normalised words for a settlement or an area (بلدة، مخيم، حي): an unknown name after one may be a place. */
  readonly settlementHeads: readonly string[];
  /** Normalised words after a city that make it a club (يونايتد). */
  readonly sportsSuffixes: readonly string[];
  /** Normalised words of officials' names that are also ordinary words (صالح، رمضان), by a dictionary. */
  readonly ordinaryNameWords: readonly string[];
  /** Normalised words that mark sports context: a city there is a club. */
  readonly sportsCues: readonly string[];
  /**
   * [loose key, entity index] of foreign officials' and places' names (src/kb/loose-keys.ts): taken
   * only where the page anchors them.
   */
  readonly looseKeys: readonly (readonly [string, number])[];
  /** The registry's lists by name (src/kb/word-lists.ts), normalised. */
  readonly wordLists: Readonly<Record<ListName, readonly string[]>>;
  /** The learned second opinion on the rules' officials and places (absent: the rules decide alone). */
  readonly mentionFilter?: MentionFilterWeights;
}
