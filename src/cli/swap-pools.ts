/** The name and place lists the name swap draws from (paths relative to the project folder). */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CompiledKb } from "../kb/types.ts";
import { normalizeKey } from "../tagger/normalize.ts";
import type { NamePools, PlacePools } from "./name-swap.ts";

const NAMES_DIR = "assets/eval";
const GAZETTEERS_DIR = "assets/corpora/gazetteers";
/** Arabic letters and spaces only: no Latin glosses, brackets or dashes in a swapped-in name. */
const PLAIN_ARABIC = /^[\u0621-\u064a ]+$/;

function lines(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

export function loadNamePools(dir = NAMES_DIR): NamePools {
  const list = (file: string) => lines(join(dir, file));
  return {
    arabGiven: list("arab-given-names.txt"),
    arabFamily: list("arab-family-names.txt"),
    foreignGiven: list("foreign-given-names.txt"),
    foreignFamily: list("foreign-family-names.txt"),
  };
}

export function loadPlacePools(kb: CompiledKb, dir = GAZETTEERS_DIR): PlacePools {
  const kbNames = (kind: string) =>
    kb.entities.filter((e) => e.type === "place" && e.kind === kind && PLAIN_ARABIC.test(e.ar)).map((e) => e.ar);
  const cities = lines(join(dir, "geonames-admin-ar.tsv")).map((l) => l.split("\t")[1] ?? "");
  const subdivisions = readFileSync(join(dir, "cldr41-subdivisions-ar.xml"), "utf8");
  const provinces = [...subdivisions.matchAll(/<subdivision type="[^"]+"[^>]*>([^<]+)<\/subdivision>/g)].map((m) =>
    m[1]!.trim(),
  );
  const plain = (xs: string[]) => [...new Set(xs.filter((x) => PLAIN_ARABIC.test(x)))];
  // محافظة X، جزيرة X: the corpora annotate a division's or an island's name without its head, so the
  // gold span swapped in is the name alone (the head, where the text has one, stays outside it).
  const heads = new Set([...kb.wordLists.divisionHeads, ...kb.wordLists.headsOutside]);
  const headless = (xs: string[]) =>
    xs.map((x) => {
      const words = x.split(" ");
      // منطقة جزر البليار: a head may follow a head.
      while (words.length > 1 && heads.has(normalizeKey(words[0]!))) words.shift();
      return words.join(" ");
    });
  return {
    // Names of one or two words: «سان بيير وميكلون» reads like no country a news story names.
    countries: plain(kbNames("country")).filter((n) => n.split(" ").length <= 2),
    cities: plain(headless(cities)),
    provinces: plain(headless(provinces)),
    continents: plain(kbNames("continent")),
  };
}
