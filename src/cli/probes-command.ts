/**
 * `marsad eval-probes [FILE]`: the probe sentences of assets/corpora/PROBES-README.md. A sentence is
 * right when the officials and places marked are exactly the expected surfaces, repeats counted.
 */

import type { Tagger } from "../tagger/tagger.ts";
import { readTextFile } from "./input.ts";
import type { Output } from "./tag-command.ts";

export const PROBES_FILE = "assets/corpora/probe-sentences.json";

export interface Probe {
  readonly text: string;
  readonly officials: readonly string[];
  readonly places: readonly string[];
  readonly tests?: string;
}

type ProbeClass = "officials" | "places";
const PROBE_CLASSES: readonly ProbeClass[] = ["officials", "places"];

export interface ProbeTally {
  tp: number;
  fp: number;
  fn: number;
}

export interface ProbeResult {
  readonly right: number;
  readonly total: number;
  readonly tally: Record<ProbeClass, ProbeTally>;
  readonly wrong: readonly { probe: Probe; got: Record<ProbeClass, string[]> }[];
}

/** How many surfaces two lists share, each surface counted as often as it is in both. */
function shared(expected: readonly string[], got: readonly string[]): number {
  const left = new Map<string, number>();
  for (const s of expected) left.set(s, (left.get(s) ?? 0) + 1);
  let n = 0;
  for (const s of got) {
    const k = left.get(s) ?? 0;
    if (k === 0) continue;
    left.set(s, k - 1);
    n++;
  }
  return n;
}

export function scoreProbes(tagger: Tagger, probes: readonly Probe[]): ProbeResult {
  const tally = { officials: { tp: 0, fp: 0, fn: 0 }, places: { tp: 0, fp: 0, fn: 0 } };
  const wrong: { probe: Probe; got: Record<ProbeClass, string[]> }[] = [];
  for (const probe of probes) {
    const mentions = tagger.tag(probe.text);
    const got = {
      officials: mentions.filter((m) => m.type === "official").map((m) => m.text),
      places: mentions.filter((m) => m.type === "place").map((m) => m.text),
    };
    let right = true;
    for (const cls of PROBE_CLASSES) {
      const tp = shared(probe[cls], got[cls]);
      tally[cls].tp += tp;
      tally[cls].fp += got[cls].length - tp;
      tally[cls].fn += probe[cls].length - tp;
      if (tp !== probe[cls].length || tp !== got[cls].length) right = false;
    }
    if (!right) wrong.push({ probe, got });
  }
  return { right: probes.length - wrong.length, total: probes.length, tally, wrong };
}

export function readProbes(path = PROBES_FILE): Probe[] {
  return JSON.parse(readTextFile(path)) as Probe[];
}

const pct = (x: number) => (100 * x).toFixed(1);

export function probeSummary(result: ProbeResult): string[] {
  const lines = [`${result.right}/${result.total} sentences right`];
  for (const cls of PROBE_CLASSES) {
    const { tp, fp, fn } = result.tally[cls];
    lines.push(
      `${cls.padEnd(9)} tp ${tp} fp ${fp} fn ${fn}  precision ${pct(tp / (tp + fp || 1))} recall ${pct(tp / (tp + fn || 1))}`,
    );
  }
  return lines;
}

export function probesCommand(tagger: Tagger, path: string, showErrors: boolean, io: Output): void {
  const result = scoreProbes(tagger, readProbes(path));
  for (const line of probeSummary(result)) io.out(line);
  if (!showErrors) return;
  const list = (xs: readonly string[]) => (xs.length ? xs.map((x) => `«${x}»`).join(" ") : "—");
  for (const { probe, got } of result.wrong) {
    io.out(`\n${probe.text}${probe.tests ? `\n  (${probe.tests})` : ""}`);
    for (const cls of PROBE_CLASSES)
      if (list(probe[cls]) !== list(got[cls])) io.out(`  ${cls}: expected ${list(probe[cls])}, got ${list(got[cls])}`);
  }
}
