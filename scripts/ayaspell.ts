/**
 * The ordinary words of Arabic, from Ayaspell, the Arabic Hunspell dictionary (Debian package
 * hunspell-ar; GPL 2 / LGPL 2.1 / MPL 1.1). Its stems are expanded by the suffix rules of its affix
 * file (inflections and attached pronouns; the proclitics و ب ل ال are left to the tagger's own
 * readings) and normalised as the tagger normalises. Its blocks of proper names (continents,
 * countries, capitals, people) are left out: those are exactly what the tagger must not call ordinary.
 */

import { existsSync, readFileSync } from "node:fs";
import { normalizeKey } from "../src/tagger/normalize.ts";

export const AYASPELL_DIR = "/usr/share/hunspell";
/** The noun file's sections of proper names, by their header lines, up to the next section. */
const PROPER_NAME_SECTIONS = ["#القارات", "#البلدان", "#العواصم", "##اسماء،أشخاص##"];
/** Suffix rules apply to a stem, and once more to what they make (inflection, then a pronoun). */
const SUFFIX_DEPTH = 2;

interface SuffixRule {
  readonly strip: string;
  readonly add: string;
  readonly next: readonly string[];
  readonly condition: RegExp;
}

export function ayaspellWords(dir = AYASPELL_DIR): Set<string> {
  const dicPath = `${dir}/ar.dic`;
  if (!existsSync(dicPath)) throw new Error(`${dicPath} is missing: apt-get install hunspell-ar`);
  const { flagSets, suffixes } = parseAffixes(readFileSync(`${dir}/ar.aff`, "utf8"));
  const flagsOf = (field: string | undefined) =>
    !field ? [] : /^\d+$/.test(field) ? (flagSets[Number(field)] ?? []) : pairs(field);

  const out = new Set<string>();
  const expand = (word: string, flags: readonly string[], depth: number) => {
    const key = normalizeKey(word);
    if (/^[\u0621-\u064a]{2,}$/.test(key)) out.add(key);
    if (depth === SUFFIX_DEPTH) return;
    for (const flag of flags) {
      for (const r of suffixes.get(flag) ?? []) {
        if (!word.endsWith(r.strip) || !r.condition.test(word)) continue;
        expand(word.slice(0, word.length - r.strip.length) + r.add, r.next, depth + 1);
      }
    }
  };
  let properNames = false;
  for (const line of readFileSync(dicPath, "utf8").split("\n")) {
    const entry = line.split("\t")[0]!.trim();
    if (entry.startsWith("#") || entry.endsWith(".dic")) {
      properNames = PROPER_NAME_SECTIONS.includes(entry);
      continue;
    }
    if (properNames || !entry || entry.startsWith(":") || /^\d+$/.test(entry)) continue;
    const [stem, flags] = entry.split("/");
    expand(stem!, flagsOf(flags), 0);
  }
  return out;
}

/** Two-letter flags (FLAG long), flag sets by number (AF), and the suffix rules (SFX). */
function parseAffixes(aff: string) {
  const flagSets: string[][] = [[]];
  const suffixes = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f[0] === "AF" && f[1] && !/^\d+$/.test(f[1])) flagSets.push(pairs(f[1]));
    if (f[0] !== "SFX" || f.length < 5) continue;
    const [add = "", next] = f[3]!.split("/");
    const rule: SuffixRule = {
      strip: f[2] === "0" ? "" : f[2]!,
      add: add === "0" ? "" : add,
      next: !next ? [] : /^\d+$/.test(next) ? (flagSets[Number(next)] ?? []) : pairs(next),
      condition: new RegExp(`${f[4] === "." ? "" : f[4]}$`),
    };
    suffixes.set(f[1]!, [...(suffixes.get(f[1]!) ?? []), rule]);
  }
  return { flagSets, suffixes };
}

function pairs(flags: string): string[] {
  return flags.match(/../g) ?? [];
}
