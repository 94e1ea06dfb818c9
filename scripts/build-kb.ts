/**
 * Builds dist/kb/kb.json from the knowledge base's sources (scripts/kb-sources.ts) and the
 * learned filter's weights, its packed form dist/kb/kb.bin (src/kb/packed.ts: what the extension and
 * the CLI load), and src/events/words.generated.ts from the event word lists.
 * usage: node scripts/run-ts.mjs scripts/build-kb.ts [OUT.json]
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { compileKb } from "../src/kb/compile.ts";
import { packKb } from "../src/kb/packed.ts";
import type { MentionFilterWeights } from "../src/tagger/mention-filter.ts";
import { writeEventWords } from "./event-words.ts";
import { KB_DIR, kbSources } from "./kb-sources.ts";

const OUT = process.argv[2] ?? "dist/kb/kb.json";
const compiled = compileKb(kbSources());
const { collisions } = compiled;
// The learned filter is trained on the rules' own output (scripts/train-mention-filter.ts); without it the rules decide alone.
const filterFile = join(KB_DIR, "mention-filter.json");
const kb = existsSync(filterFile)
  ? { ...compiled.kb, mentionFilter: pick(JSON.parse(readFileSync(filterFile, "utf8")) as MentionFilterWeights) }
  : compiled.kb;
const json = JSON.stringify(kb);
const packed = packKb(kb);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, json);
writeFileSync(OUT.replace(/\.json$/, ".bin"), packed);
writeFileSync(
  OUT.replace(/\.json$/, ".collisions.txt"),
  collisions.map((c) => `${c.alias}\t${c.kept}\t${c.dropped.join(",")}`).join("\n"),
);
writeEventWords();
function pick({ weights, threshold }: MentionFilterWeights): MentionFilterWeights {
  return { weights, threshold };
}

const count = (pred: (e: (typeof kb.entities)[number]) => boolean) => kb.entities.filter(pred).length;
console.log(
  `kb: ${count((e) => e.type === "official")} officials, ${count((e) => e.kind === "country")} countries, ` +
    `${count((e) => e.kind === "city")} cities, ${count((e) => e.type === "place" && e.kind !== "city" && e.kind !== "country")} other places, ` +
    `${count((e) => e.type === "organization")} organisations; ${kb.aliases.length} aliases; ` +
    `packed ${(packed.length / 1024).toFixed(0)} KiB, ${(gzipSync(packed).length / 1024).toFixed(0)} KiB gzipped; ` +
    `${collisions.length} collisions resolved by priority → ${OUT}, ${OUT.replace(/\.json$/, ".bin")}`,
);
