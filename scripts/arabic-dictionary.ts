/**
 * The word forms of Ayaspell, the Arabic Hunspell dictionary, as the @cspell/dict-ar package ships
 * them expanded (some hundred million forms with their affixes). Too many to hold, so callers ask
 * about the words they care about: `dictionaryHas(candidates)` streams the dictionary once and
 * returns the candidates (normalised as the tagger normalises) that it lists.
 * Ayaspell: © Taha Zerrouki, Mohamed Kebdani; the package is LGPL 3.0.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { importTrie, iteratorTrieWords } from "cspell-trie-lib";
import { normalizeKey } from "../src/tagger/normalize.ts";

const require = createRequire(import.meta.url);

export function dictionaryHas(candidates: ReadonlySet<string>): Set<string> {
  // The package exports only its cspell settings; the word list sits beside them.
  const path = join(dirname(require.resolve("@cspell/dict-ar")), "ar.trie.gz");
  const trie = importTrie(gunzipSync(readFileSync(path)).toString("utf8").split("\n"));
  const found = new Set<string>();
  for (const word of iteratorTrieWords(trie)) {
    // «~» marks the case- and accent-folded copies cspell adds; the forms as written are enough.
    if (word.startsWith("~")) continue;
    const key = normalizeKey(word);
    if (candidates.has(key)) found.add(key);
  }
  return found;
}
