/** The `marsad` command line. */

import { createTagger } from "../tagger/tagger.ts";
import { evalCommand } from "./eval-command.ts";
import { EVENTS_CORPUS, EVENTS_GOLD, SHAPING_FOLDS, evalEventsCommand } from "./eval-events-command.ts";
import { checkPublished, eventsCommand } from "./events-command.ts";
import { PROBES_FILE, probesCommand } from "./probes-command.ts";
import { ingestCommand } from "./ingest-command.ts";
import { InputError, readTextFile } from "./input.ts";
import { loadKb, loadPackedKb } from "./load-kb.ts";
import { kbSources } from "../../scripts/kb-sources.ts";
import { type Output, tagJsonl, tagReadable } from "./tag-command.ts";

const USAGE = `usage:
  marsad tag FILE              the text with its officials and places marked, then a table
  marsad tag --jsonl [FILE]    JSON lines {"id","text"} in (stdin when no FILE), {"id","mentions"} out
  marsad events FILE [--published YYYY-MM-DD] [--jsonl]
                               meetings, visits, calls and agreements in an article, as event records
  marsad ingest DIR --out EVENTS.jsonl [--published YYYY-MM-DD]
                               events of every .txt, .html and .conll article in DIR, merged, as JSON lines
                               the extension imports (--published: the date of text files without one)
  marsad eval CORPUS.conll [--swap] [--ablation]
                               precision, recall and F1 per class, scored as the corpus README says, and
                               recall on gold mentions the KB knows and does not know;
                               --swap: also on the corpus with every official's name invented and every
                               place swapped for another of its kind (names from assets/eval/);
                               --ablation: also in 5 folds, each tagged with a KB recompiled without the
                               officials and places its gold mentions name (run from the project folder)
  marsad eval-probes [FILE] [--errors]
                               the probe sentences (default assets/corpora/probe-sentences.json): sentences
                               right, true/false positives and misses per class; --errors lists the wrong ones
  marsad eval-events [CORPUS.conll] [GOLD.json] [--swap] [--errors [--folds 1,2,3]]
                               the event extractor against hand-written event gold (default
                               assets/corpora/newsfane-dev.conll and newsfane-dev-events.json), scored as
                               EVENTS-README.md says: core and required recall, precision, per kind, in
                               5 folds by document, and on the shaping folds 1-3 and held-out folds 4-5;
                               --swap: also with the officials renamed in the corpus and the gold;
                               --errors lists the missed events and the wrong records of the shaping
                               folds (--folds: of the folds given instead)
  marsad help                  this text`;

export function main(argv: readonly string[], io: Output): number {
  const [command, ...rest] = argv;
  const valueOf = (flag: string) => (rest.includes(flag) ? (rest[rest.indexOf(flag) + 1] ?? "") : undefined);
  const published = valueOf("--published");
  const out = valueOf("--out");
  const folds = valueOf("--folds");
  const values = new Set(["--published", "--out", "--folds"].map((f) => rest.indexOf(f) + 1).filter((i) => i > 0));
  const flags = new Set(rest.filter((a) => a.startsWith("--")));
  const files = rest.filter((a, i) => !a.startsWith("--") && !values.has(i));
  try {
    switch (command) {
      case "tag": {
        const tagger = createTagger(loadPackedKb());
        if (flags.has("--jsonl")) {
          const bad = tagJsonl(tagger, readTextFile(files[0] ?? "-"), io);
          if (bad) io.err(`${bad} line(s) skipped`);
          return bad ? 1 : 0;
        }
        if (!files[0]) return usageError(io, "tag needs a FILE (or --jsonl to read JSON lines from stdin)");
        tagReadable(tagger, files[0], io);
        return 0;
      }
      case "events": {
        if (!files[0]) return usageError(io, "events needs a FILE (- for stdin)");
        const kb = loadPackedKb();
        eventsCommand(createTagger(kb), kb, files[0], checkPublished(published), flags.has("--jsonl"), io);
        return 0;
      }
      case "ingest": {
        if (!files[0]) return usageError(io, "ingest needs a folder of articles");
        if (!out) return usageError(io, "ingest needs --out FILE for the events");
        const kb = loadPackedKb();
        return ingestCommand(createTagger(kb), kb, files[0], out, checkPublished(published), io);
      }
      case "eval": {
        if (!files[0]) return usageError(io, "eval needs a CoNLL file");
        evalCommand(loadKb(), files[0], io, {
          swap: flags.has("--swap"),
          ...(flags.has("--ablation") ? { ablationSources: kbSources } : {}),
        });
        return 0;
      }
      case "eval-probes": {
        probesCommand(createTagger(loadPackedKb()), files[0] ?? PROBES_FILE, flags.has("--errors"), io);
        return 0;
      }
      case "eval-events": {
        const kb = loadKb();
        evalEventsCommand(
          kb,
          files[0] ?? EVENTS_CORPUS,
          files[1] ?? EVENTS_GOLD,
          {
            errorFolds: flags.has("--errors") ? (folds ? foldList(folds) : SHAPING_FOLDS) : null,
            swap: flags.has("--swap"),
          },
          io,
        );
        return 0;
      }
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
      default:
        return usageError(io, `unknown command ${JSON.stringify(command)}`);
    }
  } catch (e) {
    if (e instanceof InputError || (e instanceof Error && /^line \d+:/.test(e.message))) {
      io.err(`marsad: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

/** «1,2,3» as fold numbers 1 to 5. */
function foldList(value: string): number[] {
  const folds = value.split(",").map(Number);
  if (!folds.every((f) => Number.isInteger(f) && f >= 1 && f <= 5))
    throw new InputError(`--folds takes fold numbers 1 to 5 separated by commas, got ${JSON.stringify(value)}`);
  return folds;
}

function usageError(io: Output, message: string): number {
  io.err(`marsad: ${message}\n${USAGE}`);
  return 2;
}
