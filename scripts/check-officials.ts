/**
 * Checks the officials lists (assets/kb/officials*.tsv) before they are compiled: six columns at
 * most, ids unique across files, roles as «title:CC:from-to» (CC a country code, or an organisation code such as UN, LAS, NATO), Arabic names in Arabic letters,
 * Wikidata ids as Q-numbers, and no person listed twice under two ids (same normalised Arabic name).
 * usage: node scripts/run-ts.mjs scripts/check-officials.ts   (exit code 1 on any error)
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeKey } from "../src/tagger/normalize.ts";
import { KB_DIR, officialFiles } from "./kb-sources.ts";

const ROLE = /^[\u0600-\u06ff ]+(:([A-Z]{2,4})?(:(\d{1,4})?(-(\d{1,4})?)?)?)?$/;
const ARABIC_NAME = /^\??[\u0621-\u064a '-]+$/;
const errors: string[] = [];
const warnings: string[] = [];
const ids = new Map<string, string>();
const names = new Map<string, string>();

for (const file of officialFiles()) {
  readFileSync(join(KB_DIR, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith("#")) return;
      const where = `${file}:${i + 1}`;
      const cells = line.split("\t");
      const [id = "", latin = "", ar = "", aliases = "", roles = "", qid = ""] = cells;
      if (cells.length > 6) errors.push(`${where}: ${cells.length} columns (at most 6)`);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) errors.push(`${where}: bad id «${id}»`);
      if (ids.has(id)) errors.push(`${where}: id ${id} already at ${ids.get(id)}`);
      ids.set(id, where);
      if (!latin.trim()) errors.push(`${where}: no Latin name`);
      if (!ARABIC_NAME.test(ar.trim())) errors.push(`${where}: Arabic name «${ar}» has other letters`);
      for (const alias of aliases.split("|").filter((a) => a.trim() && a.trim() !== "-")) {
        if (!ARABIC_NAME.test(alias.trim())) errors.push(`${where}: alias «${alias}» has other letters`);
      }
      for (const role of roles.split(";").filter((r) => r.trim())) {
        if (!ROLE.test(role.trim())) errors.push(`${where}: role «${role}» is not title:CC:from-to`);
      }
      if (qid.trim() && !/^Q\d+$/.test(qid.trim())) errors.push(`${where}: Wikidata id «${qid}»`);
      const key = normalizeKey(ar.replace(/^\?/, ""));
      if (names.has(key)) warnings.push(`${where}: «${ar}» also at ${names.get(key)} (same person twice?)`);
      names.set(key, where);
    });
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`error: ${e}`);
console.log(
  `${ids.size} officials in ${officialFiles().length} files: ${errors.length} errors, ${warnings.length} warnings`,
);
process.exitCode = errors.length ? 1 : 0;
