/**
 * Places from the two systematic gazetteers in assets/corpora/gazetteers/: CLDR's Arabic names of the
 * ISO 3166-2 subdivisions, and GeoNames' Arabic names of countries («CC») and first-level divisions
 * («CC.code»). A subdivision becomes a province of its country; a country's name, one more alias of
 * its CLDR country. Only names the KB lacks, filtered by rule over the whole list: never a name
 * because a corpus sentence showed it. GeoNames' city rows (numeric ids) are left out: adding the
 * smaller towns, or even only those over 100,000 people, cost officials more than it gained places
 * (assets/kb/README.md); the large cities come from the cities1000 package (scripts/kb-sources.ts).
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PRIORITY, type SourceEntity } from "../src/kb/compile.ts";
import { placeVariants, spellingVariants } from "../src/kb/variants.ts";
import { isIgnorable, normalizeKey } from "../src/tagger/normalize.ts";

const GAZETTEERS = "assets/corpora/gazetteers";
const ARABIC_ONLY = /^[\u0621-\u063a\u0641-\u064a ]+$/;
const MAX_WORDS = 4;
/** Below every city: a subdivision yields any name it shares to a listed place (امارة دبي is no second Dubai). */
const GENERATED_PROVINCE_PRIORITY = PRIORITY.city - 0.5;

export interface GazetteerInput {
  /** The KB's places so far (countries, hand-listed places, GeoNames' large cities). */
  readonly places: readonly SourceEntity[];
  readonly officials: readonly SourceEntity[];
  readonly givenNames: readonly string[];
  /** Words that open a subdivision's name (assets/kb/division-heads.txt). */
  readonly divisionHeads: readonly string[];
  /** Heads of compound names written joined or apart (أبو ظبي، أبوظبي). */
  readonly joiningHeads: readonly string[];
  /** Compass words and adjectives (شمال، الغربية). */
  readonly compassWords: readonly string[];
  readonly commonWords: readonly string[];
}

/** The places with the gazetteers' names added: new aliases of the countries, then the new provinces. */
export function withGazetteers(input: GazetteerInput): SourceEntity[] {
  const rules = new NameRules(input);
  const extra = new Map<string, string[]>();
  const added: SourceEntity[] = [];
  const byId = new Map(input.places.map((p) => [p.entity.id, p]));
  const addAlias = (id: string, name: string) => {
    if (rules.held(name)) return;
    extra.set(id, [...(extra.get(id) ?? []), name]);
    rules.hold(name);
  };
  const admin = geonamesAdmin();
  for (const { id, name } of admin.countries) {
    const written = clean(name);
    if (written && byId.has(`country:${id}`) && rules.acceptable(written)) addAlias(`country:${id}`, written);
  }
  const provinces = new Map<string, { entity: SourceEntity; aliases: string[] }>();
  for (const { code, country, name } of [...cldrSubdivisions(), ...admin.divisions]) {
    const written = clean(name);
    if (!written) continue;
    const [bare, whole] = rules.withoutHead(written);
    const key = `${country}|${normalizeKey(bare)}`;
    const known = provinces.get(key);
    // GeoNames' name of a subdivision CLDR has already named adds its whole form, if any.
    if (known) {
      if (whole && !rules.held(whole)) {
        known.aliases.push(whole);
        rules.hold(whole);
      }
      continue;
    }
    // A bare name the KB holds is that place (دبي the city); the whole form (إمارة دبي) is the division.
    const bareOk = rules.acceptable(bare) && !rules.held(bare);
    const names = [...(bareOk ? [bare] : []), ...(whole && !rules.held(whole) ? [whole] : [])];
    if (names.length === 0) continue;
    const [canonical, ...aliases] = names as [string, ...string[]];
    for (const n of names) rules.hold(n);
    provinces.set(key, { entity: province(code, country, canonical), aliases });
  }
  for (const { entity, aliases } of provinces.values()) added.push({ ...entity, aliases });
  const grown = input.places.map((p) => {
    const more = extra.get(p.entity.id);
    return more ? { ...p, aliases: [...p.aliases, ...more] } : p;
  });
  return [...grown, ...added];
}

function province(code: string, country: string, ar: string): SourceEntity {
  return {
    entity: { id: `province:${code}`, type: "place", kind: "province", ar, latin: code, country },
    aliases: [],
    foreign: false,
    priority: GENERATED_PROVINCE_PRIORITY,
  };
}

/** Which names may enter the KB, and which the KB already holds (by normalised name). */
class NameRules {
  private readonly given: Set<string>;
  private readonly officialShortForms = new Set<string>();
  private readonly heads: Set<string>;
  private readonly joiningHeads: Set<string>;
  private readonly compass: Set<string>;
  private readonly common: Set<string>;
  private readonly names = new Set<string>();

  constructor(input: GazetteerInput) {
    this.given = new Set(input.givenNames.map(normalizeKey));
    this.heads = new Set(input.divisionHeads.map(normalizeKey));
    this.joiningHeads = new Set(input.joiningHeads.map(normalizeKey));
    this.compass = new Set(input.compassWords.map(normalizeKey));
    this.common = new Set(input.commonWords.map(normalizeKey));
    // A place never takes a name that is a known official's short form (his surname), in any of the
    // spellings the compiler gives it (بروان for Baroin's باروان).
    for (const o of input.officials) {
      const words = normalizeKey(o.entity.ar).split(" ");
      const short = [words[words.length - 1] as string, ...o.aliases.filter((a) => !a.includes(" "))];
      for (const s of short) {
        for (const v of spellingVariants(normalizeKey(s.replace(/^\?/, "")), o.foreign, this.joiningHeads)) {
          this.officialShortForms.add(v);
        }
      }
    }
    for (const p of input.places) {
      for (const n of [p.entity.ar, ...p.aliases]) this.hold(n.replace(/^\?/, ""), p.foreign);
    }
  }

  /** A name and the spellings the compiler gives a place (بورصا is also بورصه, ماريلاند also ماريلند). */
  hold(name: string, foreign = false): void {
    for (const v of placeVariants(normalizeKey(name))) {
      for (const w of spellingVariants(v, foreign, this.joiningHeads)) this.names.add(w);
    }
  }

  /** Whether a place of the KB already has the name: the gazetteers add only names it lacks. */
  held(name: string): boolean {
    return this.names.has(normalizeKey(name));
  }

  /**
   * A one-word name must be more than four letters, as for GeoNames' smaller cities (بني، وان، سيتي:
   * short names are words, or words under a proclitic: فترات is not ف + Trat); no given name (سالم) and
   * no official's surname. A name of compass and common words only (الشمالية، جنوب غرب، المنطقة
   * الشرقية) describes a part of somewhere, not a place. A one-word name that is a common word stays:
   * the compiler marks it as needing a settlement word before it.
   */
  acceptable(name: string): boolean {
    const words = normalizeKey(name).split(" ");
    if (this.generic(words)) return false;
    if (words.length > 1) return true;
    const key = words[0] as string;
    return key.length > 4 && !this.given.has(key) && !this.officialShortForms.has(key);
  }

  private generic(words: readonly string[]): boolean {
    const bare = (w: string) => (w.startsWith("ال") ? w.slice(2) : w);
    const compass = (w: string) => this.compass.has(w) || this.compass.has(bare(w));
    return words.some(compass) && words.every((w) => compass(w) || this.common.has(w) || this.common.has(bare(w)));
  }

  /** [name without its division word, whole name] (محافظة الأنبار → الأنبار), or [name]. */
  withoutHead(name: string): [string, string?] {
    const [head, ...rest] = name.split(" ");
    return rest.length > 0 && this.heads.has(normalizeKey(head as string)) ? [rest.join(" "), name] : [name];
  }
}

/**
 * A gazetteer's name as running text writes it: without vowel marks, tatweel or direction marks, the
 * name before a comma (ميرلو، بوينس آيرس) or a bracket; Arabic letters only, at most four words.
 */
function clean(name: string): string | undefined {
  const bare = [...name]
    .filter((c) => !isIgnorable(c.charCodeAt(0)))
    .join("")
    .split(/[،,(]/)[0]!
    .replace(/ - /g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const key = normalizeKey(bare);
  return key && ARABIC_ONLY.test(key) && bare.split(" ").length <= MAX_WORDS ? bare : undefined;
}

interface Subdivision {
  /** ISO 3166-2 code (AE-DU), or GeoNames' admin code (AE.03). */
  readonly code: string;
  readonly country: string;
  readonly name: string;
}

function cldrSubdivisions(): Subdivision[] {
  const xml = readFileSync(join(GAZETTEERS, "cldr41-subdivisions-ar.xml"), "utf8");
  return [...xml.matchAll(/<subdivision type="([a-z]{2})([a-z0-9]+)"[^>]*>([^<]+)<\/subdivision>/g)].map(
    ([, cc, rest, name]) => ({
      code: `${cc!.toUpperCase()}-${rest!.toUpperCase()}`,
      country: cc!.toUpperCase(),
      name: name!,
    }),
  );
}

/** geonames-admin-ar.tsv's countries and first-level divisions, told apart by the shape of their ids. */
function geonamesAdmin() {
  const countries: { id: string; name: string }[] = [];
  const divisions: Subdivision[] = [];
  for (const line of readFileSync(join(GAZETTEERS, "geonames-admin-ar.tsv"), "utf8").split("\n")) {
    const [id = "", name = ""] = line.split("\t");
    if (/^[A-Z]{2}$/.test(id)) countries.push({ id, name });
    else if (/^[A-Z]{2}\./.test(id)) divisions.push({ code: `gn-${id}`, country: id.slice(0, 2), name });
  }
  return { countries, divisions };
}
