/**
 * The Arab states' towns by their Arabic names: assets/kb/world-cities-ar.csv (Wikidata's Arabic labels
 * of about a hundred of each country's largest cities, 6,340 rows, compiled by Jamshaid Kamran,
 * github.com/jamsshhayd/world-cities-translations, CC BY 4.0). GeoNames' cities1000 gives Arabic names
 * to few towns below the largest (no قفصة، زوارة، غدامس); this list names them. Rules over the whole
 * list, never a name because a corpus sentence showed it: only the Arab states' rows (elsewhere an
 * Arabic label is a transliteration, as people's names are: سانتوس، هيوستن); a city the KB already
 * holds under any name keeps its entry; a one-word name must be no everyday word, given name or word
 * of an official's name. Measured in docs/accuracy.md (seventh session).
 */

import { PRIORITY, type SourceEntity } from "../src/kb/compile.ts";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { sameFirstSound } from "./first-sound.ts";

export const WORLD_CITIES_FILE = "assets/kb/world-cities-ar.csv";
const ARABIC_ONLY = /^[\u0621-\u063a\u0641-\u064a ]+$/;
/** Below GeoNames' cities (their names carry population), above the generated provinces. */
const WORLD_CITY_PRIORITY = PRIORITY.city - 0.25;

/** The list's English country names that CLDR writes otherwise. */
const COUNTRY_SPELLINGS: Record<string, string> = {
  "Antigua and Barbuda": "AG",
  "Bosnia and Herzevina": "BA",
  "Fiji Islands": "FJ",
  "Hong Kong S.A.R.": "HK",
  "Man (Isle of)": "IM",
  "Palestinian Territory Occupied": "PS",
  "Saint Lucia": "LC",
  "Saint Vincent and the Grenadines": "VC",
  "Sao Tome and Principe": "ST",
  "Trinidad and Tobago": "TT",
};

export interface WorldCitiesInput {
  /** English CLDR country names by code. */
  readonly countryNames: Record<string, string>;
  /** Arab League members: only their towns are taken. */
  readonly arab: ReadonlySet<string>;
  /** Every name of every place the KB has so far, normalised. */
  readonly held: ReadonlySet<string>;
  readonly givenNames: readonly string[];
  /** Every word of every official's name and aliases in the KB (سولانا، سلامة). */
  readonly personWords: readonly string[];
  /** The dictionary's everyday words (common-words.txt): البحر، المدينة. */
  readonly commonWords: readonly string[];
  /** Words a label may open with that are not the city's name (محافظة، مدينة): dropped. */
  readonly heads: readonly string[];
  /** Words that make a label something else (نادي، جامعة، نهر): the row is left out. */
  readonly notCityHeads: readonly string[];
}

/** The cities of `csv` (the file's text: a header, then one quoted row a city) the KB may take. */
export function worldCities(csv: string, input: WorldCitiesInput): SourceEntity[] {
  const codeOf = new Map(Object.entries(input.countryNames).map(([code, name]) => [name, code]));
  const given = new Set(input.givenNames.map(normalizeKey));
  const personLike = new Set([...given, ...input.personWords.map(normalizeKey)]);
  const common = new Set(input.commonWords.map(normalizeKey));
  const heads = new Set(input.heads.map(normalizeKey));
  const notCity = new Set(input.notCityHeads.map(normalizeKey));
  const taken = new Set(input.held);
  const out: SourceEntity[] = [];
  for (const line of csv.split("\n").slice(1)) {
    if (!line.trim()) continue;
    const row = /^"([^"]*)","([^"]*)","([^"]*)","([^"]*)",\d*/.exec(line);
    if (!row) throw new Error(`${WORLD_CITIES_FILE}: cannot read the row «${line}»`);
    const [, , countryEn, labelAr, latin] = row as unknown as string[];
    const country = COUNTRY_SPELLINGS[countryEn!] ?? codeOf.get(countryEn!);
    if (!country) throw new Error(`${WORLD_CITIES_FILE}: no country code for «${countryEn}»`);
    if (!input.arab.has(country)) continue;
    const name = cityName(labelAr!, { heads, notCity, common });
    // Some rows pair a city with another record's label (Aden's «فيروسات غدانية», Tyre's «إطار هواء»).
    if (!name || taken.has(name) || !sameFirstSound(name, latin!)) continue;
    // A one-word name must not be a word, a given name or a word of an official's name: towns named for
    // saints and families (ماريا، سانتوس، سلامة) are the people far more often, and short names are
    // words under a proclitic (كبيرا read as ك + بيرا). The largest cities came from GeoNames already.
    // The compiler also reads a final ه as ا (ماريه as ماريا): the test covers that spelling too.
    const spellings = [name, name.replace(/ه$/, "ا")];
    if (!name.includes(" ") && (name.length <= 4 || spellings.some((w) => common.has(w) || personLike.has(w))))
      continue;
    // علي صبيح: a name that opens with a given name reads as a person's.
    if (given.has(name.split(" ")[0]!)) continue;
    taken.add(name);
    out.push({
      entity: { id: `city:wc-${country}-${latin}`, type: "place", kind: "city", ar: name, latin: latin!, country },
      aliases: [],
      foreign: false,
      priority: WORLD_CITY_PRIORITY,
    });
  }
  return out;
}

/**
 * The city's name in a label: «X، Y» and «X (Y)» are glossed; «محافظة البيضاء» and «مدينة عيسى» open
 * with a head the press leaves out as often as not, and «الجزائر العاصمة» ends with a description;
 * «نادي…»، «المتحف…»، «نهر…» are a club, a museum or a river Wikidata's label took, and a label of
 * everyday words only (حقل زراعي، التجمع الوطني الديمقراطي) a thing or a body. Undefined when no name is left.
 */
function cityName(label: string, rules: LabelRules): string | undefined {
  const words = normalizeKey(label.split(/[،,(]/)[0]!).split(" ").filter(Boolean);
  if (words.length > 1 && rules.heads.has(words[0]!)) words.shift();
  if (words.length > 1 && words.at(-1) === CAPITAL) words.pop();
  if (words.length === 0 || words.length > 3 || rules.notCity.has(withoutArticle(words[0]!))) return undefined;
  if (words.length > 1 && words.every((w) => rules.common.has(w) || rules.common.has(withoutArticle(w))))
    return undefined;
  const name = words.join(" ");
  return ARABIC_ONLY.test(name) ? name : undefined;
}

interface LabelRules {
  readonly heads: ReadonlySet<string>;
  readonly notCity: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
}

const CAPITAL = normalizeKey("العاصمة");
const withoutArticle = (w: string) => (w.startsWith("ال") && w.length > 4 ? w.slice(2) : w);
