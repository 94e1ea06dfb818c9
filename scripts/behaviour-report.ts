/**
 * Prints every behavioural suite's pass rate (tests/behaviour/) and its first failing examples,
 * without asserting: the test (tests/behaviour/behaviour.test.ts) guards the thresholds.
 * usage: npm run behaviour [-- --all] [-- --write-thresholds]
 * --all: every failure, not the first few; --write-thresholds: record today's rates (whole percent,
 * rounded down) in tests/behaviour/thresholds.json, after a change that raised them.
 */

import { writeFileSync } from "node:fs";
import { loadKb } from "../src/cli/load-kb.ts";
import { createTagger } from "../src/tagger/tagger.ts";
import { passRate, passRateTable, percentFloor, runSuites } from "../tests/behaviour/suites.ts";

const SHOWN = process.argv.includes("--all") ? Infinity : 3;
const results = runSuites(createTagger(loadKb("dist/kb/kb.json")));
console.log(passRateTable(results));
for (const r of results.filter((x) => x.failures.length)) {
  console.log(`\n${r.name}: ${(100 * passRate(r)).toFixed(0)}%, ${r.failures.length} failing`);
  for (const f of r.failures.slice(0, SHOWN))
    console.log(`  ${f.text}\n    expected ${f.expected}\n    got      ${f.got}`);
}
if (process.argv.includes("--write-thresholds")) {
  const thresholds = Object.fromEntries(results.map((r) => [r.name, percentFloor(r)]));
  writeFileSync("tests/behaviour/thresholds.json", `${JSON.stringify(thresholds, null, 2)}\n`);
  console.log("\nthresholds → tests/behaviour/thresholds.json");
}
