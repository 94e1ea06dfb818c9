/**
 * What the tagger knows before it reads a page, built once from the compiled knowledge base: the
 * alias and title tries, the entities, and every word list as a set of normalised words.
 */

import type { CompiledKb, KbEntity } from "../kb/types.ts";
import type { ListName } from "../kb/word-lists.ts";
import { Gazetteer } from "./gazetteer.ts";

/** Bits of a token's cues (document.ts cueWords): what a word, read with or without its proclitics, is a cue for. */
export const [SPORTS, ORG_HEAD, SETTLEMENT, STATE_FORM, PRAYER, INSTITUTION] = [1, 2, 4, 8, 16, 32] as const;

export class Lexicon {
  readonly gazetteer = new Gazetteer();
  readonly titles = new Gazetteer();
  readonly entities: readonly KbEntity[];
  /** Nationality adjective (normalised, without ال and ة) → country code. */
  readonly nationalities: ReadonlyMap<string, string>;
  /** Words of every title head (رئيس، الوزراء، وزير…). */
  readonly titleWords = new Set<string>();
  /** The first word of each title (وزير، السفير): the word a title's dual or plural is made from. */
  readonly titleHeads = new Set<string>();
  /** Words that may stand inside a title besides ال-words: title links and honorifics. */
  readonly titleLinks: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  readonly given: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly nonGovernment: ReadonlySet<string>;
  readonly geoHeads: ReadonlySet<string>;
  readonly sportsSuffixes: ReadonlySet<string>;
  readonly ordinaryNames: ReadonlySet<string>;
  /** The registry's lists (src/kb/word-lists.ts) by name. */
  readonly lists: Readonly<Record<ListName, ReadonlySet<string>>>;
  /** Every cue word with its cue bits: one lookup a reading instead of one a list. */
  readonly cueBits = new Map<string, number>();

  constructor(kb: CompiledKb) {
    this.entities = kb.entities;
    for (const [alias, entity, flags] of kb.aliases) this.gazetteer.add(alias, { entity, flags });
    kb.titles.forEach((t, i) => {
      this.titles.add(t, { entity: i, flags: 0 });
      for (const w of t.split(" ")) this.titleWords.add(w);
      this.titleHeads.add(t.split(" ")[0]!);
    });
    this.nationalities = new Map(kb.nationalities.map(([adj, cc]) => [adj, cc]));
    this.titleLinks = new Set([...kb.titleLinks, ...kb.honorifics]);
    this.common = new Set(kb.commonWords);
    this.given = new Set(kb.givenNames);
    this.honorifics = new Set(kb.honorifics);
    this.speechVerbs = new Set(kb.speechVerbs);
    this.nonGovernment = new Set(kb.nonGovernment);
    this.geoHeads = new Set(kb.geoHeads);
    this.sportsSuffixes = new Set(kb.sportsSuffixes);
    this.ordinaryNames = new Set(kb.ordinaryNameWords);
    const lists = {} as Record<ListName, ReadonlySet<string>>;
    for (const name of Object.keys(kb.wordLists) as ListName[]) lists[name] = new Set(kb.wordLists[name]);
    this.lists = lists;
    const cueSets: [Iterable<string>, number][] = [
      [kb.sportsCues, SPORTS],
      [kb.orgHeads, ORG_HEAD],
      [kb.settlementHeads ?? [], SETTLEMENT],
      [this.lists.stateForms, STATE_FORM],
      [this.lists.prayerWords, PRAYER],
      [this.lists.institutionHeads, INSTITUTION],
    ];
    for (const [words, bit] of cueSets) for (const w of words) this.cueBits.set(w, (this.cueBits.get(w) ?? 0) | bit);
  }
}
