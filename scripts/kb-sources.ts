/**
 * Reads the knowledge base's reviewable sources: assets/kb/, Arabic country and region names
 * from CLDR, Arabic city names from GeoNames (the cities1000 package) and Wikidata (the Arab states'
 * towns, scripts/world-cities.ts), and the gazetteers of
 * subdivisions and cities in assets/corpora/gazetteers/ (scripts/gazetteers.ts). scripts/build-kb.ts
 * compiles them; the training script compiles them again with other common words.
 */

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type KbSources, nisba, peopleNisba, PRIORITY, parseRoles, type SourceEntity } from "../src/kb/compile.ts";
import type { PlaceKind } from "../src/kb/types.ts";
import { KB_FIELD_LISTS, LISTED, type ListName, parseListFile, type WordList } from "../src/kb/word-lists.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { withGazetteers } from "./gazetteers.ts";
import { WORLD_CITIES_FILE, worldCities } from "./world-cities.ts";

const require = createRequire(import.meta.url);
export const KB_DIR = "assets/kb";
const ASSETS_DIR = "assets";

/** Arab League members: their officials' names need no transliteration variants. */
const ARAB = new Set("AE BH DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ".split(" "));
/** CLDR codes that are not places. */
const NOT_PLACES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"]);
const CONTINENTS = new Set(["002", "009", "019", "142", "150", "005", "021", "013", "029", "053"]);
/** Letters of Arabic proper (after normalisation folds hamza seats); Persian and Urdu letters excluded. */
const ARABIC_ONLY = /^[\u0621-\u063a\u0641-\u064a ]+$/;
const CITY_MIN_POPULATION = 100_000;

function rows(file: string): string[][] {
  return readFileSync(join(KB_DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

/** A registered word list's entries, as its file writes them (src/kb/word-lists.ts). */
export function readList(list: WordList): string[] {
  return parseListFile(readFileSync(join(ASSETS_DIR, list.file), "utf8"));
}

function listedWords(): Record<ListName, string[]> {
  return Object.fromEntries(Object.entries(LISTED).map(([name, list]) => [name, readList(list)])) as Record<
    ListName,
    string[]
  >;
}

function list(field: string | undefined): string[] {
  return (field ?? "")
    .split("|")
    .map((x) => x.trim())
    .filter(Boolean);
}

function cldrTerritories(locale: string): Record<string, string> {
  const path = require.resolve(`cldr-localenames-full/main/${locale}/territories.json`);
  const json = JSON.parse(readFileSync(path, "utf8"));
  return json.main[locale].localeDisplayNames.territories;
}

/**
 * A CLDR name as running text holds it, the name first: «ميانمار (بورما)» is ميانمار, also بورما;
 * «الكونغو - كينشاسا» is الكونغو كينشاسا. A bracket of several words is a gloss, not a name
 * («هونغ كونغ الصينية (منطقة إدارية خاصة)»).
 */
function pressForms(name: string): string[] {
  const bracket = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (bracket) return bracket[2]!.includes(" ") ? [bracket[1]!] : [bracket[1]!, bracket[2]!];
  return [name.replace(/ - /g, " ")];
}

function countriesAndRegions(extraAliases: Map<string, string[]>): SourceEntity[] {
  const ar = cldrTerritories("ar");
  const en = cldrTerritories("en");
  const out: SourceEntity[] = [];
  for (const [code, name] of Object.entries(ar)) {
    if (code.includes("-alt-") || NOT_PLACES.has(code)) continue;
    const isCountry = /^[A-Z]{2}$/.test(code);
    if (!isCountry && !CONTINENTS.has(code)) continue;
    const kind: PlaceKind = isCountry ? "country" : "continent";
    const aliases = Object.entries(ar)
      .filter(([k]) => k.startsWith(`${code}-alt-`))
      .flatMap(([, v]) => pressForms(v));
    const extra = extraAliases.get(code) ?? [];
    // «-الأراضي الفلسطينية»: a CLDR name the news uses as a description, not a name; the next name stands for it.
    const dropped = new Set(extra.filter((a) => a.startsWith("-")).map((a) => a.slice(1)));
    const names = [...pressForms(name), ...aliases, ...extra].filter((n) => !n.startsWith("-") && !dropped.has(n));
    const [canonical = name, ...alsoCalled] = [...new Set(names)];
    out.push({
      entity: {
        id: `${kind}:${code}`,
        type: "place",
        kind,
        ar: canonical,
        latin: en[code] ?? code,
        ...(isCountry ? { country: code } : {}),
      },
      aliases: alsoCalled,
      foreign: false,
      priority: PRIORITY[kind],
    });
  }
  return out;
}

function nationalities(): [string, string][] {
  const out: [string, string][] = [];
  for (const [cc, adjs] of rows("nationalities.tsv")) for (const a of list(adjs)) out.push([a, cc as string]);
  for (const [code, name] of Object.entries(cldrTerritories("ar"))) {
    if (!/^[A-Z]{2}$/.test(code)) continue;
    for (const adj of [nisba(name), peopleNisba(name)]) if (adj) out.push([adj, code]);
  }
  return out;
}

/** officials.tsv and the lists compiled beside it (officials-*.tsv), in name order. */
export function officialFiles(): string[] {
  return readdirSync(KB_DIR)
    .filter((f) => /^officials(-[a-z0-9-]+)?\.tsv$/.test(f))
    .sort();
}

function officials(): SourceEntity[] {
  return officialFiles()
    .flatMap(rows)
    .map(([id, latin, written = "", aliases, roles, qid]) => {
      const parsed = parseRoles(roles ?? "");
      const commonName = written.startsWith("?");
      const ar = commonName ? written.slice(1) : written;
      const country = parsed[parsed.length - 1]?.country;
      return {
        entity: {
          id: `person:${id}`,
          type: "official",
          ar,
          latin: latin as string,
          roles: parsed,
          ...(country ? { country } : {}),
          ...(qid ? { qid } : {}),
        },
        aliases: list(aliases),
        foreign: !parsed.some((r) => r.country && ARAB.has(r.country)),
        priority: PRIORITY.official,
        commonName,
      };
    });
}

function handPlaces(): SourceEntity[] {
  return rows("places.tsv").map(([id, kind, latin, ar, aliases, country]) => ({
    entity: {
      id: `${kind}:${id}`,
      type: "place",
      kind: kind as PlaceKind,
      ar: ar as string,
      latin: latin as string,
      ...(country ? { country } : {}),
    },
    aliases: list(aliases),
    foreign: !!country && !ARAB.has(country),
    priority: PRIORITY[kind as PlaceKind] + 1,
  }));
}

function organizations(): SourceEntity[] {
  return rows("organizations.tsv").map(([id, latin, ar, aliases]) => ({
    entity: { id: `org:${id}`, type: "organization", ar: ar as string, latin: latin as string },
    aliases: list(aliases),
    foreign: false,
    priority: PRIORITY.organization,
  }));
}

/**
 * GeoNames' entries for the cities places.tsv lists by hand (by Latin name, or an Arabic name in the
 * same country) are left out: the hand entry has the names the press uses, and GeoNames' alternates
 * for them carry accidents (Jerusalem's «البلا» is البلاء, «a calamity»).
 */
function withoutHandListed(generated: SourceEntity[], hand: SourceEntity[]): SourceEntity[] {
  const latin = new Set(hand.map((h) => h.entity.latin.toLowerCase()));
  const named = new Set(
    hand.flatMap((h) => [h.entity.ar, ...h.aliases].map((a) => `${normalizeKey(a)}|${h.entity.country ?? ""}`)),
  );
  return generated.filter(
    (g) =>
      !latin.has(g.entity.latin.toLowerCase()) &&
      ![g.entity.ar, ...g.aliases].some((a) => named.has(`${normalizeKey(a)}|${g.entity.country ?? ""}`)),
  );
}

/** Cities of GeoNames with an Arabic name: capitals, and the rest above a population floor. */
function cities(givenNames: readonly string[]): SourceEntity[] {
  const file = join(dirname(require.resolve("cities1000/package.json")), "cities1000.txt");
  const given = new Set(givenNames.map(normalizeKey));
  const out: SourceEntity[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    const population = Number(f[14]);
    const code = f[7] ?? "";
    if (!(population >= CITY_MIN_POPULATION || code === "PPLC")) continue;
    // Short one-word names of smaller towns are too often ordinary words (بانه، ليل).
    const large = population >= 500_000 || code === "PPLC";
    const names = (f[3] ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter((n) => ARABIC_ONLY.test(normalizeKey(n)) && n.split(" ").length <= 3)
      .filter((n) => large || n.includes(" ") || normalizeKey(n).length > 4)
      // سالم، فلاديمير، نانسي: a town named like a person is the person far more often.
      .filter((n) => large || !given.has(normalizeKey(n)))
      // Two letters are too few to tell a name from a word (غم «grief» is GeoNames' first name for Qom);
      // places.tsv lists the few such cities the news names.
      .filter((n) => n.includes(" ") || normalizeKey(n).length > 2);
    if (names.length === 0) continue;
    out.push({
      entity: {
        id: `city:gn${f[0]}`,
        type: "place",
        kind: "city",
        ar: names[0] as string,
        latin: f[1] ?? "",
        country: f[8] ?? "",
      },
      aliases: names.slice(1),
      // GeoNames' foreign cities get no generated spellings (they cost precision), only loose keys.
      foreign: false,
      looseSpellings: !ARAB.has(f[8] ?? ""),
      priority: PRIORITY.city + (code === "PPLC" ? 0.5 : Math.min(population / 1e9, 0.4)),
    });
  }
  return out;
}

/** Country aliases beyond CLDR's. A code may have several rows (long forms, press spellings): they add up, none replaces another. */
function extraCountryAliases(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [cc, aliases] of rows("country-aliases.tsv")) {
    out.set(cc as string, [...(out.get(cc as string) ?? []), ...list(aliases)]);
  }
  return out;
}

/** Common words: the derived list (common-words.txt) and the hand-listed extras. */
function commonWords(): string[] {
  return [...readList(KB_FIELD_LISTS.commonWords), ...readList(KB_FIELD_LISTS.commonWordsExtra)];
}

/** Every source of the knowledge base, as the files in the repository have them. */
export function kbSources(): KbSources {
  const hand = handPlaces();
  const common = commonWords();
  const givenNames = [...readList(KB_FIELD_LISTS.givenNames), ...readList(KB_FIELD_LISTS.givenNamesArabic)];
  const people = officials();
  const listed = [
    ...countriesAndRegions(extraCountryAliases()),
    ...hand,
    ...withoutHandListed(cities(givenNames), hand),
  ];
  const world = worldCities(readFileSync(WORLD_CITIES_FILE, "utf8"), {
    countryNames: cldrTerritories("en"),
    arab: ARAB,
    held: new Set(listed.flatMap((p) => [p.entity.ar, ...p.aliases].map(normalizeKey))),
    givenNames,
    personWords: people.flatMap((o) => [o.entity.ar, ...o.aliases].flatMap((n) => n.replace(/^\?/, "").split(" "))),
    commonWords: common,
    heads: [...readList(LISTED.divisionHeads), ...readList(KB_FIELD_LISTS.settlementHeads)],
    notCityHeads: [...readList(KB_FIELD_LISTS.orgHeads), ...readList(KB_FIELD_LISTS.geoHeads)],
  });
  const places = withGazetteers({
    places: [...listed, ...world],
    officials: people,
    givenNames,
    divisionHeads: readList(LISTED.divisionHeads),
    joiningHeads: readList(LISTED.joiningHeads),
    compassWords: [...readList(LISTED.directions), ...readList(LISTED.compassAdjectives)],
    commonWords: common,
  });
  return {
    entities: [...people, ...organizations(), ...places],
    nationalities: nationalities(),
    titles: readList(KB_FIELD_LISTS.titles),
    titleLinks: readList(KB_FIELD_LISTS.titleLinks),
    commonWords: common,
    givenNames,
    orgHeads: readList(KB_FIELD_LISTS.orgHeads),
    honorifics: readList(KB_FIELD_LISTS.honorifics),
    speechVerbs: readList(KB_FIELD_LISTS.speechVerbs),
    sportsCues: readList(KB_FIELD_LISTS.sportsCues),
    nonGovernment: readList(KB_FIELD_LISTS.nonGovernment),
    geoHeads: readList(KB_FIELD_LISTS.geoHeads),
    settlementHeads: readList(KB_FIELD_LISTS.settlementHeads),
    sportsSuffixes: readList(KB_FIELD_LISTS.sportsSuffixes),
    ordinaryNameWords: readList(KB_FIELD_LISTS.ordinaryNameWords),
    wordLists: listedWords(),
  };
}
