/**
 * The ordinary words of Arabic, from Ayaspell, the Arabic Hunspell dictionary (Debian package
 * hunspell-ar; GPL 2 / LGPL 2.1 / MPL 1.1): its words as listed, normalised as the tagger
 * normalises. The forms its affix rules would make are left out: they include accidents that are
 * famous names (شارون «they point», سولانا «our Sol»). So are its blocks of proper names (continents,
 * countries, capitals, people): those are exactly what the tagger must not call ordinary.
 */

import { existsSync, readFileSync } from "node:fs";
import { normalizeKey } from "../src/tagger/normalize.ts";

export const AYASPELL_DIR = "/usr/share/hunspell";
/** The noun file's sections of proper names, by their header lines, up to the next section. */
const PROPER_NAME_SECTIONS = ["#القارات", "#البلدان", "#العواصم", "##اسماء،أشخاص##"];

export function ayaspellWords(dir = AYASPELL_DIR): Set<string> {
  const dicPath = `${dir}/ar.dic`;
  if (!existsSync(dicPath)) throw new Error(`${dicPath} is missing: apt-get install hunspell-ar`);
  const out = new Set<string>();
  let properNames = false;
  for (const line of readFileSync(dicPath, "utf8").split("\n")) {
    const entry = line.split("\t")[0]!.trim();
    if (entry.startsWith("#") || entry.endsWith(".dic")) {
      properNames = PROPER_NAME_SECTIONS.includes(entry);
      continue;
    }
    if (properNames || !entry || entry.startsWith(":") || /^\d+$/.test(entry)) continue;
    const key = normalizeKey(entry.split("/")[0]!);
    if (/^[\u0621-\u064a]{2,}$/.test(key)) out.add(key);
  }
  return out;
}
