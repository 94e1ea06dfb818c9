import { readFileSync } from "node:fs";
import { parseConll, type Span } from "../src/cli/conll.ts";
import { predictedSpans } from "../src/cli/eval-command.ts";
import { loadKb } from "../src/cli/load-kb.ts";
import { createTagger } from "../src/tagger/tagger.ts";
const { mentionFilter: _m, ...rules } = loadKb("dist/kb/kb.json");
const t = createTagger(rules);
const [cls, kind] = [process.argv[2] ?? "official", process.argv[3] ?? "FN"];
for (const doc of parseConll(readFileSync("../shared/corpora/newsfane-dev.conll", "utf8"))) {
  const words = doc.tokenStarts.map((s, i) => doc.text.slice(s, doc.tokenEnds[i]));
  const pred = predictedSpans(t, doc).filter((p) => p.cls === cls);
  const gold = doc.gold.filter((g) => g.cls === cls);
  const show = (s: Span) => `${words.slice(Math.max(0, s.first - 4), s.first).join(" ")} [${words.slice(s.first, s.last).join(" ")}] ${words.slice(s.last, s.last + 3).join(" ")}`;
  const A = kind === "FN" ? gold : pred, B = kind === "FN" ? pred : gold;
  for (const a of A) if (!B.some((b) => b.first < a.last && a.first < b.last)) console.log(show(a));
}
