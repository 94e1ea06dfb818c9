import { readFileSync } from "node:fs";
import { parseConll, type Span } from "../src/cli/conll.ts";
import { predictedSpans } from "../src/cli/eval-command.ts";
import { loadKb } from "../src/cli/load-kb.ts";
import { createTagger } from "../src/tagger/tagger.ts";
const { mentionFilter: _m, ...rules } = loadKb("dist/kb/kb.json");
const t = createTagger(rules);
const cls = process.argv[2] ?? "official";
for (const doc of parseConll(readFileSync("../shared/corpora/newsfane-dev.conll", "utf8"))) {
  const words = doc.tokenStarts.map((s, i) => doc.text.slice(s, doc.tokenEnds[i]));
  const pred = predictedSpans(t, doc).filter((p) => p.cls === cls);
  const show = (s: Span) => words.slice(s.first, s.last).join(" ");
  for (const g of doc.gold.filter((g) => g.cls === cls)) {
    const p = pred.find((p) => p.first < g.last && g.first < p.last && !(p.first === g.first && p.last === g.last));
    if (p && !pred.some((q) => q.first === g.first && q.last === g.last)) console.log(`gold [${show(g)}]  pred [${show(p)}]  ctx: ${words.slice(Math.max(0, g.first - 3), g.last + 2).join(" ")}`);
  }
}
