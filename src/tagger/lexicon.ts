/**
 * What the tagger knows before it reads a page, read from the packed knowledge base: the alias and
 * title tries, the entities, and every word list as a set of normalised words.
 */

import { buildTrie } from "../kb/build-trie.ts";
import type { EntityTable } from "../kb/entity-table.ts";
import { COMMON_WORD, GIVEN_NAME, ORDINARY_NAME, type PackedKb } from "../kb/packed.ts";
import { looseWordKey } from "../kb/loose-keys.ts";
import type { ListName } from "../kb/word-lists.ts";
import { cueWordLists, GIVEN } from "./cues.ts";
import { pronounTitleForms } from "./pronoun-titles.ts";
import { lamTitleForms } from "./lam-titles.ts";
import { Gazetteer } from "./gazetteer.ts";
import { TokenReadings } from "./token-readings.ts";

export {
  DESCRIPTION_OPENER,
  DISEASE_HEAD,
  FOREIGN_PARTICLE,
  GEO_HEAD,
  GIVEN,
  INSTITUTION,
  NUMBERED_TITLE,
  ORG_HEAD,
  PRAYER,
  SETTLEMENT,
  SPORTS,
  STATE_FORM,
  TITLE_START,
  WHERE,
} from "./cues.ts";

/** A set of words: a JS Set for the small lists, a bit of the packed word table for the big ones. */
export interface WordSet {
  has(word: string): boolean;
}

class PackedWordSet implements WordSet {
  constructor(
    private readonly kb: PackedKb,
    private readonly bit: number,
  ) {}

  has(word: string): boolean {
    const id = this.kb.words.id(word);
    return id >= 0 && (this.kb.wordBits[id]! & this.bit) !== 0;
  }
}

/** Enough for the unknown words of many pages. */
const LOOSE_CACHE_LIMIT = 20_000;

export class Lexicon {
  readonly gazetteer: Gazetteer;
  readonly titles: Gazetteer;
  /** Title heads with a pronoun (قائدها). */
  readonly pronounTitles: ReadonlySet<string>;
  readonly entities: EntityTable;
  /** Nationality adjective (normalised, without ال and ة) → country code. */
  readonly nationalities: ReadonlyMap<string, string>;
  /** The construct titles that may be told with ل, «head complement» (lam-titles.ts). */
  readonly lamTitles: ReadonlySet<string>;
  /** Words of every title head (رئيس، الوزراء، وزير…). */
  readonly titleWords = new Set<string>();
  /** The first word of each title (وزير، السفير): the word a title's dual or plural is made from. */
  readonly titleHeads = new Set<string>();
  /**
   * Each title head with the alif of the accusative or of the dual's construct (وزيرا، محافظا): asked
   * of every word ending in ا, this set saves cutting the alif off and hashing the rest.
   */
  readonly accusativeTitles = new Set<string>();
  /** The dual's or the sound plural's accusative of a title head (أمينين، نائبين): it ends a name, no more. */
  readonly dualAccusativeTitles = new Set<string>();
  /** Words that may stand inside a title besides ال-words: title links and honorifics. */
  readonly titleLinks: ReadonlySet<string>;
  readonly common: WordSet;
  readonly given: WordSet;
  readonly honorifics: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly nonGovernment: ReadonlySet<string>;
  readonly geoHeads: ReadonlySet<string>;
  readonly sportsSuffixes: ReadonlySet<string>;
  readonly ordinaryNames: WordSet;
  /** The registry's lists (src/kb/word-lists.ts) by name. */
  readonly lists: Readonly<Record<ListName, ReadonlySet<string>>>;
  /** Loose key → entity index (src/kb/loose-keys.ts), and the keys' first words. */
  readonly looseKeys: ReadonlyMap<string, number>;
  readonly looseFirstWords: ReadonlySet<string>;
  private readonly looseKeyCache = new Map<string, string>();
  private readonly wordBits: Uint8Array;
  /**
   * Every cue word's cue bits, by its word id (packKb puts every cue word in the word table): a token's
   * cues without hashing its readings again.
   */
  readonly cueBitsById: Uint16Array;
  /** Each token's readings with their word ids. */
  readonly readings: TokenReadings;
  /** A word's id in the word table, or -1. */
  readonly wordId: (word: string) => number;

  /** Only small lists become Sets here; the big tables stay views on the packed bytes. */
  constructor(kb: PackedKb) {
    const { header } = kb;
    this.readings = new TokenReadings(kb.words);
    this.wordBits = kb.wordBits;
    this.wordId = (word) => kb.words.id(word);
    this.gazetteer = new Gazetteer(kb.words, kb.aliases);
    // A hundred titles: their trie is built here rather than stored (its root would be a word table's length).
    const titleTrie = buildTrie(
      header.titles.map((t, i) => [t, i, 0] as const),
      (w) => kb.words.id(w),
      kb.words.size,
    );
    this.titles = new Gazetteer(kb.words, titleTrie);
    this.lamTitles = lamTitleForms(header.titles);
    this.pronounTitles = pronounTitleForms(header.titles);
    this.entities = kb.entities;
    for (const t of header.titles) {
      for (const w of t.split(" ")) this.titleWords.add(w);
      this.titleHeads.add(t.split(" ")[0]!);
    }
    for (const head of this.titleHeads) {
      this.accusativeTitles.add(`${head}ا`);
      if (!head.startsWith("ال") && head.length >= 3) this.dualAccusativeTitles.add(`${head}ين`);
    }
    this.nationalities = new Map(header.nationalities.map(([adj, cc]) => [adj, cc]));
    this.titleLinks = new Set([...header.titleLinks, ...header.honorifics]);
    this.common = new PackedWordSet(kb, COMMON_WORD);
    this.given = new PackedWordSet(kb, GIVEN_NAME);
    this.ordinaryNames = new PackedWordSet(kb, ORDINARY_NAME);
    this.honorifics = new Set(header.honorifics);
    this.speechVerbs = new Set(header.speechVerbs);
    this.nonGovernment = new Set(header.nonGovernment);
    this.geoHeads = new Set(header.geoHeads);
    this.sportsSuffixes = new Set(header.sportsSuffixes);
    this.looseKeys = new Map(header.looseKeys);
    this.looseFirstWords = new Set(header.looseKeys.map(([key]) => key.split(" ")[0]!));
    const lists = {} as Record<ListName, ReadonlySet<string>>;
    for (const name of Object.keys(header.wordLists) as ListName[]) lists[name] = new Set(header.wordLists[name]);
    this.lists = lists;
    this.cueBitsById = new Uint16Array(kb.words.size);
    for (let id = 0; id < kb.words.size; id++) if (kb.wordBits[id]! & GIVEN_NAME) this.cueBitsById[id] = GIVEN;
    for (const [words, bit] of cueWordLists(header)) {
      for (const w of words) {
        const id = kb.words.id(w);
        if (id < 0) throw new Error(`the cue word ${w} is missing from the word table: rebuild the knowledge base`);
        this.cueBitsById[id] = this.cueBitsById[id]! | bit;
      }
    }
  }

  /** The cue bits of the word with this id, -1 for none: a token as written, where doc.cues also has its readings'. */
  cuesOfId(id: number): number {
    return id >= 0 ? this.cueBitsById[id]! : 0;
  }

  /** Whether the word with this id (a reading's) is a given name: the bit, without hashing the word again. */
  isGivenId(id: number): boolean {
    return id >= 0 && (this.wordBits[id]! & GIVEN_NAME) !== 0;
  }

  /** Whether the word with this id is a common word (common.has by the id a token already has). */
  isCommonId(id: number): boolean {
    return id >= 0 && (this.wordBits[id]! & COMMON_WORD) !== 0;
  }

  /** A word's loose key, remembered: pages repeat their words (bounded like the readings' cache). */
  looseKeyOf(word: string): string {
    let key = this.looseKeyCache.get(word);
    if (key === undefined) {
      if (this.looseKeyCache.size >= LOOSE_CACHE_LIMIT) this.looseKeyCache.clear();
      key = looseWordKey(word);
      this.looseKeyCache.set(word, key);
    }
    return key;
  }
}
