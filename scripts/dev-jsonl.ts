/**
 * Writes a CoNLL corpus as the documents the scorer builds (src/cli/conll.ts: tokens joined by one
 * space, sentences by "\n", 15 sentences a document), one {"id","text"} JSON line each, so that the
 * tagger's output on them can be compared before and after a change:
 *   node scripts/run-ts.mjs scripts/dev-jsonl.ts assets/corpora/newsfane-dev.conll | node bin/marsad.mjs tag --jsonl
 */

import { readFileSync } from "node:fs";
import { parseConll } from "../src/cli/conll.ts";

const path = process.argv[2];
if (!path) {
  console.error("usage: node scripts/run-ts.mjs scripts/dev-jsonl.ts CORPUS.conll");
  process.exit(2);
}
const lines = parseConll(readFileSync(path, "utf8")).map((doc, index) => JSON.stringify({ id: index, text: doc.text }));
process.stdout.write(lines.join("\n") + "\n");
