import { loadPackedKb } from "../src/cli/load-kb.ts";
import { createTagger } from "../src/tagger/tagger.ts";
import { runSuites } from "../tests/behaviour/suites.ts";
const res = runSuites(createTagger(loadPackedKb("dist/kb/kb.bin")));
for (const s of res) console.log(s.name, s.passed + "/" + s.total);
for (const s of res) if (s.failures.length) for (const f of s.failures) console.log("FAIL", s.name, "|", f.text, "|", f.got);
