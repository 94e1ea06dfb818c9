/**
 * Compiles the reviewable knowledge-base sources into the form the tagger loads.
 * Pure: the build script reads the files and hands their contents here.
 */

import { FOREIGN_NAME_PARTICLES } from "../tagger/cues.ts";
import { normalizeKey } from "../tagger/normalize.ts";
import { isCommonWord } from "../tagger/word-tests.ts";
import type { CompiledKb, KbEntity, PlaceKind, Role } from "./types.ts";
import type { ListName } from "./word-lists.ts";
import { NEEDS_SUPPORT, PARTIAL, SPELLING_VARIANT } from "./types.ts";
import { compileLooseKeys, gFolded } from "./loose-keys.ts";
import { placeVariants, spellingVariants } from "./variants.ts";

export interface SourceEntity {
  readonly entity: KbEntity;
  /** Arabic aliases as written; a leading `?` marks a short form that needs support. */
  readonly aliases: readonly string[];
  /** Foreign names get transliteration variants. */
  readonly foreign: boolean;
  /** A foreign name with no generated variants that still gets loose keys (src/kb/loose-keys.ts). */
  readonly looseSpellings?: boolean;
  /** Higher wins when two entities claim the same alias. */
  readonly priority: number;
  /** The canonical name is common (محمد مصطفى): it needs a title before it, like a short form. */
  readonly commonName?: boolean;
}

export interface KbSources {
  readonly entities: readonly SourceEntity[];
  readonly nationalities: readonly (readonly [string, string])[];
  readonly titles: readonly string[];
  readonly titleLinks: readonly string[];
  readonly commonWords: readonly string[];
  readonly givenNames: readonly string[];
  readonly orgHeads: readonly string[];
  readonly honorifics: readonly string[];
  readonly speechVerbs: readonly string[];
  readonly sportsCues: readonly string[];
  readonly nonGovernment: readonly string[];
  readonly geoHeads: readonly string[];
  readonly settlementHeads: readonly string[];
  readonly sportsSuffixes: readonly string[];
  readonly ordinaryNameWords: readonly string[];
  /** The registry's other lists (src/kb/word-lists.ts), as their files write them. */
  readonly wordLists: Readonly<Record<ListName, readonly string[]>>;
}

export interface Collision {
  readonly alias: string;
  readonly kept: string;
  readonly dropped: readonly string[];
}

export interface CompileResult {
  readonly kb: CompiledKb;
  readonly collisions: readonly Collision[];
}

interface Claim {
  entity: number;
  flags: number;
  priority: number;
}

export function compileKb(src: KbSources): CompileResult {
  const wordLists = Object.fromEntries(
    Object.entries(src.wordLists).map(([name, words]) => [name, unique(words.map(normalizeKey))]),
  ) as Record<ListName, string[]>;
  // Last words that are no surname (عبد الله الثاني), words that bind the next one to a compound name
  // (آل ثاني), heads of compounds written joined or apart (عبد الله / عبدالله).
  const notSurnames = new Set(wordLists.notSurnames);
  const nameJoiners = new Set(wordLists.nameJoiners);
  const joiningHeads = new Set(wordLists.joiningHeads);
  const common = new Set(src.commonWords.map(normalizeKey));
  const diseases = new Set(wordLists.diseaseNames);
  const ordinary = new Set(src.ordinaryNameWords.map(normalizeKey));
  const settlementWords = new Set(src.settlementHeads.map(normalizeKey));
  const nationalities = new Set(src.nationalities.map(([adj]) => normalizeKey(adj)));
  // روسية، تركية: the ة spelling of a country in يا is also its feminine adjective («محاولة روسية»).
  const isFeminineAdjective = (v: string) => v.endsWith("يه") && nationalities.has(v.slice(0, -1));
  const given = new Set(src.givenNames.map(normalizeKey));
  const honorifics = new Set(src.honorifics.map(normalizeKey));
  const claims = new Map<string, Claim[]>();
  const claim = (alias: string, c: Claim) => {
    if (alias.length < 2) return;
    const list = claims.get(alias);
    if (!list) return void claims.set(alias, [c]);
    const prev = list.find((x) => x.entity === c.entity);
    // The same entity reaching an alias twice keeps the strongest reading of it.
    if (prev) prev.flags &= c.flags;
    else list.push(c);
  };

  // A country's one-word names, its g written any way (أنغولا، أنجولا): a person's one-word name spelt
  // so is the country's, never his short form (the Namibian premier Nahas Angula).
  const countryWords = new Set<string>();
  for (const s of src.entities) {
    if (s.entity.kind !== "country") continue;
    for (const name of [s.entity.ar, ...s.aliases]) {
      const n = normalizeKey(name.replace(/^\?/, ""));
      if (!n.includes(" ")) countryWords.add(gFolded(n));
    }
  }
  const countrySpelt = (word: string) => countryWords.has(gFolded(word));

  /** Claims an alias and its generated spellings for entity `index`. */
  const claimAll = (s: SourceEntity, index: number, alias: string, flags: number, priority: number) => {
    const official = s.entity.type === "official";
    const canonical = normalizeKey(s.entity.ar);
    const forms = s.entity.type === "place" ? placeVariants(alias) : [alias];
    for (const form of forms) {
      if (form !== alias && isFeminineAdjective(form)) continue;
      for (const v of spellingVariants(form, s.foreign, joiningHeads, notSurnames)) {
        const single = !v.includes(" ");
        if (official && single && v !== canonical && countrySpelt(v)) continue;
        // المهندس (Abu Mahdi al-Muhandis), الشيخ: a word that stands before anyone's name is no one's short form.
        if (official && single && v !== canonical && honorifics.has(v)) continue;
        let f = v === form ? flags : flags | SPELLING_VARIANT;
        // بورصة «stock exchange», مشهد «a scene»: a place only after a settlement word (مدينة بورصة); so
        // is a town whose name is also a word with a pronoun (حديثة, as حديثه «his talk» is written once
        // ة and ه are one letter). Countries are few and named often: سورية stays سورية, not سوري + ه.
        // كورونا is a disease before it is a Californian town.
        const wordLike = diseases.has(v) || (s.entity.kind === "city" ? isCommonWord(v, common) : common.has(v));
        if (!official && single && wordLike) f |= NEEDS_SUPPORT;
        // A bare surname in an unusual spelling, or one that is also a word (in the corpus, or in the
        // dictionary: صيام «fasting», مشرف «honourable»; a settlement word: ولايتي «two states»), needs support.
        const word = common.has(v) || ordinary.has(v) || settlementWords.has(v);
        if (official && single && (word || (v !== alias && f & PARTIAL))) f |= NEEDS_SUPPORT;
        // عبد الجليل: a short form that is also a given name (the list writes it joined) is many people's.
        if (official && v !== canonical && given.has(v.replaceAll(" ", ""))) f |= NEEDS_SUPPORT;
        claim(v, { entity: index, flags: f, priority: v === alias ? priority : priority - GENERATED_PENALTY });
      }
    }
  };

  src.entities.forEach((s, index) => {
    const canonical = s.commonName ? `?${s.entity.ar}` : s.entity.ar;
    const names = new Set<string>([canonical, ...s.aliases.filter((a) => a !== "-")]);
    // A one-word alias, or a short form of several words (?سيف النصر, ?ولد سيدي: a compound surname,
    // whose last word alone is no name), says what later mentions call this official.
    const explicitShort = s.aliases.some((a) => !a.includes(" ") || a.startsWith("?"));
    for (const raw of names) {
      const support = raw.startsWith("?");
      const alias = normalizeKey(support ? raw.slice(1) : raw);
      if (!alias) continue;
      const single = !alias.includes(" ");
      let flags = support ? NEEDS_SUPPORT : 0;
      if (s.entity.type === "official" && single && alias !== normalizeKey(s.entity.ar)) flags |= PARTIAL;
      claimAll(s, index, alias, flags, s.priority);
    }
    // An official with no one-word alias gets the last word of the name as a short form.
    if (s.entity.type === "official" && !explicitShort && !s.aliases.includes("-")) {
      const parts = normalizeKey(s.entity.ar).split(" ");
      const last = parts[parts.length - 1] as string;
      // آل ثاني, بن عبد العزيز: a family or a father's name, not this person's surname.
      const joined = nameJoiners.has(parts[parts.length - 2] ?? "");
      if (parts.length > 1 && last.length > 2 && !notSurnames.has(last) && !joined) {
        const ambiguous = given.has(last) || last.length <= 3;
        claimAll(s, index, last, PARTIAL | (ambiguous ? NEEDS_SUPPORT : 0), s.priority - 1);
      }
      // فان دير بيلين، دي ميستورا: a family name with a particle is named with it. Particle and one
      // word (دا سيلفا) are many people's: that form needs support; a longer one is this person's.
      const particle = parts.findIndex((p, i) => i > 0 && i < parts.length - 1 && FOREIGN_NAME_PARTICLES.includes(p));
      if (particle > 0) {
        const family = parts.slice(particle);
        claimAll(s, index, family.join(" "), PARTIAL | (family.length < 3 ? NEEDS_SUPPORT : 0), s.priority - 1);
      }
    }
  });

  const aliases: [string, number, number][] = [];
  const collisions: Collision[] = [];
  const idOf = (c: Claim) => src.entities[c.entity]?.entity.id ?? "?";
  for (const [alias, list] of claims) {
    // A full name outranks anyone's short form: الرباط is Rabat, though a minister is called الرباط.
    // Then a form known everywhere (بلير: Tony Blair) outranks one that needs a title (?بلير: Dennis Blair).
    list.sort(
      (a, b) =>
        (a.flags & PARTIAL) - (b.flags & PARTIAL) ||
        (a.flags & NEEDS_SUPPORT) - (b.flags & NEEDS_SUPPORT) ||
        b.priority - a.priority ||
        a.entity - b.entity,
    );
    const top = list[0] as Claim;
    // A short form shared by several officials keeps them all, most likely first: the
    // document decides (an earlier full name), else the first one unless it needs support.
    const partialPeople = list.filter((c) => c.flags & PARTIAL);
    if (partialPeople.length === list.length && list.length > 1) {
      for (const c of list) aliases.push([alias, c.entity, c.flags]);
      continue;
    }
    aliases.push([alias, top.entity, top.flags]);
    if (list.length > 1) collisions.push({ alias, kept: idOf(top), dropped: list.slice(1).map(idOf) });
  }

  const kb: CompiledKb = {
    version: 1,
    entities: src.entities.map((s) => s.entity),
    aliases,
    nationalities: dedupeNationalities(src.nationalities),
    titles: unique(src.titles.map(normalizeKey)),
    titleLinks: unique(src.titleLinks.map(normalizeKey)),
    commonWords: [...common],
    givenNames: unique(src.givenNames.map(normalizeKey)),
    orgHeads: unique(src.orgHeads.map(normalizeKey)),
    honorifics: unique(src.honorifics.flatMap((h) => normalizeKey(h).split(" "))),
    speechVerbs: unique(src.speechVerbs.flatMap(withFeminine).map(normalizeKey)),
    sportsCues: unique(src.sportsCues.map(normalizeKey)),
    nonGovernment: unique(src.nonGovernment.map(normalizeKey)),
    geoHeads: unique(src.geoHeads.map(normalizeKey)),
    settlementHeads: unique(src.settlementHeads.map(normalizeKey)),
    sportsSuffixes: unique(src.sportsSuffixes.map(normalizeKey)),
    ordinaryNameWords: unique(src.ordinaryNameWords.map(normalizeKey)),
    looseKeys: compileLooseKeys(
      // A person is never matched loosely by one word (rules/loose-matches.ts): his one-word forms get no key.
      aliases.filter(
        ([alias, entity]) =>
          hasLooseSpellings(src.entities[entity]!) &&
          (src.entities[entity]!.entity.type !== "official" || alias.includes(" ")),
      ),
      [...common, ...given],
    ),
    wordLists,
  };
  return { kb, collisions };
}

/** Foreign names, and every country's, reach Arabic in several spellings (loose-keys.ts). */
function hasLooseSpellings(s: SourceEntity): boolean {
  return s.entity.type !== "organization" && (s.foreign || !!s.looseSpellings || s.entity.kind === "country");
}

/** Aliases as written outrank generated spellings, whatever the entity. */
const GENERATED_PENALTY = 10;

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

function dedupeNationalities(list: readonly (readonly [string, string])[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const [adj, cc] of list) {
    const k = normalizeKey(adj);
    if (!seen.has(k)) seen.set(k, cc);
  }
  return [...seen];
}

/** The Arabic nisba of a one-word country name: روسيا → روسي, مصر → مصري, السعودية → سعودي. */
export function nisba(countryName: string): string | undefined {
  let n = countryName.trim();
  if (n.includes(" ")) return undefined;
  // Only the article ال (bare alef) is dropped: ألمانيا keeps its hamzated alef.
  if (n.startsWith("ال")) n = n.slice(2);
  n = normalizeKey(n);
  if (n.length < 3) return undefined;
  if (n.endsWith("يا")) return `${n.slice(0, -1)}`;
  if (n.endsWith("يه")) return n.slice(0, -1);
  if (n.endsWith("ا")) return `${n.slice(0, -1)}ي`;
  if (n.endsWith("ي")) return n;
  return `${n}ي`;
}

/**
 * The nisba of a country named «land of» a people (-ستان) from the people's name: أفغانستان → أفغاني،
 * أوزبكستان → أوزبكي، طاجيكستان → طاجيكي. Only a stem of four letters or more (باكستان's is باكستاني only).
 */
export function peopleNisba(countryName: string): string | undefined {
  const n = normalizeKey(countryName.trim());
  if (n.includes(" ") || !n.endsWith("ستان")) return undefined;
  const stem = n.slice(0, -4);
  return stem.length >= 4 ? `${stem}ي` : undefined;
}

/** Parses roles written as `title:CC:1990-2000;title:CC:2012-`. */
export function parseRoles(field: string): Role[] {
  if (!field.trim()) return [];
  return field.split(";").map((part) => {
    const [title = "", country, years] = part.split(":").map((x) => x.trim());
    const [from, to] = (years ?? "").split("-");
    const role: { title: string; country?: string; from?: number; to?: number } = { title };
    if (country) role.country = country;
    if (from) role.from = Number(from);
    if (to) role.to = Number(to);
    return role;
  });
}

export const PRIORITY: Record<PlaceKind | "official" | "organization", number> = {
  official: 6,
  organization: 5,
  country: 4,
  continent: 3,
  region: 3,
  sea: 3,
  province: 2,
  city: 1,
};

/** A verb and its third person feminine: past قال → قالت، دعا → دعت، نفى → نفت; present يقول → تقول. */
function withFeminine(verb: string): string[] {
  if (verb.startsWith("ي")) return [verb, `ت${verb.slice(1)}`];
  return [verb, /[اى]$/.test(verb) ? `${verb.slice(0, -1)}ت` : `${verb}ت`];
}
