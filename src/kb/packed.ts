/**
 * The knowledge base as the extension and the CLI load it (dist/kb/kb.bin): the structures the tagger
 * needs, built at build time and read as views on the file's bytes. JSON (dist/kb/kb.json) stays the
 * form the measuring tools edit (KB ablation, name swap, training); `packKb` turns it into this.
 */

import { cueWordLists } from "../tagger/cues.ts";
import { normalizeKey } from "../tagger/normalize.ts";
import { buildTrie } from "./build-trie.ts";
import { readContainer, writeContainer } from "./container.ts";
import { EntityTable, entityTableData, officeKey } from "./entity-table.ts";
import type { CompiledKb } from "./types.ts";
import { buildFilterArrays, filterValues, PackedFilter } from "./packed-filter.ts";
import { buildWordTable, WordTable } from "./word-table.ts";
import type { TrieArrays } from "../tagger/gazetteer.ts";

/**
 * Raised whenever the layout changes, so that an old file is refused rather than misread (2: the cue
 * words join the word table; each trie stores the bitset of the words its aliases start with; 3: the
 * word table's hash slots are made at load, not stored).
 */
const PACK_FORMAT = 3;

/** The word lists too big to load as Sets: each is a bit of the word table's words instead. */
export const COMMON_WORD = 1;
export const GIVEN_NAME = 2;
export const ORDINARY_NAME = 4;

/** The small parts of the compiled KB, kept as JSON in the file's header. */
export type KbHeader = Omit<
  CompiledKb,
  "entities" | "aliases" | "commonWords" | "givenNames" | "ordinaryNameWords" | "mentionFilter"
>;

export interface PackedKb {
  readonly header: KbHeader;
  readonly words: WordTable;
  /** Word id → COMMON_WORD | GIVEN_NAME | ORDINARY_NAME bits. */
  readonly wordBits: Uint8Array;
  readonly aliases: TrieArrays;
  readonly entities: EntityTable;
  /** The learned filter's weights, when the KB has them. */
  readonly filter?: PackedFilter;
}

export function packKb(kb: CompiledKb): Uint8Array {
  const { entities, aliases, commonWords, givenNames, ordinaryNameWords, mentionFilter, ...header } = kb;
  const bits = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  mark(commonWords, COMMON_WORD);
  mark(givenNames, GIVEN_NAME);
  mark(ordinaryNameWords, ORDINARY_NAME);
  for (const phrase of [...aliases.map(([alias]) => alias), ...kb.titles]) mark(phrase.split(" "), 0);
  for (const [cueWords] of cueWordLists(kb)) mark(cueWords, 0);
  if (mentionFilter) mark(filterValues(mentionFilter), 0);
  const words = [...bits.keys()].sort();
  const table = buildWordTable(words);
  const ids = new Map(words.map((w, i) => [w, i]));
  const wordId = (w: string) => ids.get(w) ?? -1;
  const aliasTrie = buildTrie(aliases, wordId, words.length);

  const offices: Record<string, number[]> = {};
  entities.forEach((e, i) => {
    for (const role of e.roles ?? []) {
      if (!role.country) continue;
      const holders = (offices[officeKey(normalizeKey(role.title), role.country)] ??= []);
      if (holders[holders.length - 1] !== i) holders.push(i);
    }
  });

  const trieSections = (prefix: string, trie: TrieArrays) => ({
    [`${prefix}RootChild`]: trie.rootChild,
    [`${prefix}RootWords`]: trie.rootWords,
    [`${prefix}ChildStart`]: trie.childStart,
    [`${prefix}EdgeWord`]: trie.edgeWord,
    [`${prefix}HitCounts`]: trie.hitCounts,
    [`${prefix}HitEntity`]: trie.hitEntity,
    [`${prefix}HitFlags`]: trie.hitFlags,
  });
  const records = entityTableData(entities, offices);
  const filter = mentionFilter && buildFilterArrays(mentionFilter, wordId, words.length);
  return writeContainer(
    { format: PACK_FORMAT, ...header, ...(mentionFilter ? { filterThreshold: mentionFilter.threshold } : {}) },
    {
      words: table.text,
      wordLengths: table.lengths,
      wordBits: Uint8Array.from(words, (w) => bits.get(w)!),
      ...trieSections("alias", aliasTrie),
      entityRecords: records.records,
      entityStarts: records.starts,
      entityTypes: records.types,
      entityIds: records.ids,
      offices: records.offices,
      ...(filter
        ? { filterCounts: filter.counts, filterTemplates: filter.templates, filterWeights: filter.weights }
        : {}),
    },
  );
}

/** The packed form of either form: what the measuring tools' edited KBs go through before tagging. */
export function toPacked(kb: PackedKb | CompiledKb): PackedKb {
  return "header" in kb ? kb : openPackedKb(packKb(kb));
}

export function openPackedKb(bytes: ArrayBuffer | Uint8Array): PackedKb {
  const file = readContainer<KbHeader & { format: number; filterThreshold?: number }>(bytes);
  const { format, filterThreshold, ...header } = file.header;
  if (format !== PACK_FORMAT)
    throw new Error(`the knowledge base is in format ${format}, this Marsad reads ${PACK_FORMAT}: rebuild it`);
  const trie = (prefix: string): TrieArrays => ({
    rootChild: file.i32(`${prefix}RootChild`),
    rootWords: file.u32(`${prefix}RootWords`),
    childStart: file.u32(`${prefix}ChildStart`),
    edgeWord: file.u32(`${prefix}EdgeWord`),
    hitCounts: file.u8(`${prefix}HitCounts`),
    hitEntity: file.u32(`${prefix}HitEntity`),
    hitFlags: file.u8(`${prefix}HitFlags`),
  });
  const words = new WordTable({
    text: file.text("words"),
    lengths: file.u8("wordLengths"),
  });
  const filterArrays = () => ({
    counts: file.u8("filterCounts"),
    templates: file.u8("filterTemplates"),
    weights: file.f64("filterWeights"),
  });
  return {
    header,
    words,
    wordBits: file.u8("wordBits"),
    aliases: trie("alias"),
    entities: new EntityTable({
      records: file.u8("entityRecords"),
      starts: file.u32("entityStarts"),
      types: file.u8("entityTypes"),
      ids: file.u8("entityIds"),
      offices: file.u8("offices"),
    }),
    ...(filterThreshold === undefined ? {} : { filter: new PackedFilter(words, filterArrays(), filterThreshold) }),
  };
}
