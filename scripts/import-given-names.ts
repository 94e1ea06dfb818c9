/**
 * Writes assets/kb/given-names-arabic.txt: the Arabic given names of the arabic-name-to-en package
 * (© HamdonGunner, ISC licence), a list of about 2,400 names compiled for transliteration, with no
 * knowledge of any corpus here. Its entries in ال are family names and are left out.
 *
 * usage: node scripts/run-ts.mjs scripts/import-given-names.ts
 */

import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
// The package exports a function; its table of names sits in cases/ beside its entry point.
const table = require(join(dirname(require.resolve("arabic-name-to-en")), "cases/fullnamedb.js")) as Record<
  string,
  string
>;
const names = Object.keys(table)
  .filter((name) => /^[\u0621-\u064a]{2,}$/.test(name) && !name.startsWith("ال"))
  .sort();
const header = [
  "# Arabic given names, from the arabic-name-to-en package (© HamdonGunner, ISC licence), written by",
  "# scripts/import-given-names.ts. A given name that is also a word (أمل، سلام، كريم) still starts a name.",
];
writeFileSync("assets/kb/given-names-arabic.txt", `${[...header, ...names].join("\n")}\n`);
console.log(`${names.length} given names`);
