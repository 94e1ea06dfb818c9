/**
 * Cue words: what a word, read with or without its proclitics, is a cue for (a sports page, the head
 * of an organisation's or a settlement's name…), as bits. document.ts gives each token its bits once.
 */

import type { CompiledKb } from "../kb/types.ts";
import { feminineStems, pronounTitleForms } from "./pronoun-titles.ts";
import { numberedTitleForms } from "./numbered-titles.ts";
import { lamTitleHeads } from "./lam-titles.ts";

export const [
  SPORTS,
  ORG_HEAD,
  SETTLEMENT,
  STATE_FORM,
  PRAYER,
  INSTITUTION,
  GEO_HEAD,
  DISEASE_HEAD,
  TITLE_START,
  WHERE,
  GIVEN,
  DESCRIPTION_OPENER,
  FOREIGN_PARTICLE,
  NUMBERED_TITLE,
] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192] as const;

/** GIVEN (a given name: where a person's name may open) comes from the packed word table's bits, not a list. */

/** Prepositions of where, normalised (إلى is الي): a closed set of the grammar. */
const PREPOSITIONS_OF_WHERE = ["في", "الي", "من", "عبر", "نحو"];
/** Particles that open a European family name (دي ميستورا، دا سيلفا، فون دير لاين): a closed set. */
export const FOREIGN_NAME_PARTICLES: readonly string[] = ["دي", "دا", "فان", "فون", "دير", "ديل", "دو"];

/** The knowledge base's lists the cues come from: the compiled KB, or the packed KB's header. */
export type CueLists = Pick<
  CompiledKb,
  "sportsCues" | "orgHeads" | "settlementHeads" | "geoHeads" | "titles" | "wordLists"
>;

/**
 * Each list of cue words with its bit. The packed KB's word table holds every one of these words, so
 * that a token's cues are found by its word id.
 */
export function cueWordLists(kb: CueLists): [readonly string[], number][] {
  return [
    [kb.sportsCues, SPORTS],
    [kb.orgHeads, ORG_HEAD],
    [kb.settlementHeads ?? [], SETTLEMENT],
    [kb.wordLists.stateForms, STATE_FORM],
    [kb.wordLists.prayerWords, PRAYER],
    [kb.wordLists.institutionHeads, INSTITUTION],
    [kb.geoHeads, GEO_HEAD],
    [kb.wordLists.diseaseHeads, DISEASE_HEAD],
    // A title's first word (of a title head, a royal title in construct, an honorific of office):
    // titleAt, asked at every token, stops at once where there is none.
    [
      [
        ...[...kb.titles, ...kb.wordLists.constructTitles, ...kb.wordLists.officeHonorifics].map(
          (t) => t.split(" ")[0]!,
        ),
        ...pronounTitleForms(kb.titles),
        ...feminineStems(kb.titles),
        ...lamTitleHeads(kb.titles),
      ],
      TITLE_START,
    ],
    [PREPOSITIONS_OF_WHERE, WHERE],
    // Asked at every token (unknown-officials.ts, place-blockers.ts): a bit costs less than hashing the word.
    [kb.wordLists.descriptionOpeners, DESCRIPTION_OPENER],
    [FOREIGN_NAME_PARTICLES, FOREIGN_PARTICLE],
    [
      [...numberedTitleForms([...kb.titles, ...kb.wordLists.constructTitles], kb.wordLists.pluralTitles).keys()],
      NUMBERED_TITLE,
    ],
  ];
}
