import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKb, loadPackedKb } from "../src/cli/load-kb.ts";
import type { PackedKb } from "../src/kb/packed.ts";
import type { CompiledKb } from "../src/kb/types.ts";
import type { EntityType } from "../src/kb/types.ts";
import { createTagger, type Tagger } from "../src/tagger/tagger.ts";

let kb: CompiledKb | undefined;
let tagger: Tagger | undefined;

/** The compiled KB (built by the global setup) and one tagger over it, shared by the tests. */
export function compiledKb(): CompiledKb {
  kb ??= loadKb("dist/kb/kb.json");
  return kb;
}

let packed: PackedKb | undefined;

/** The packed KB as the extension and the CLI load it (dist/kb/kb.bin). */
export function packedKb(): PackedKb {
  packed ??= loadPackedKb("dist/kb/kb.bin");
  return packed;
}

export function sharedTagger(): Tagger {
  tagger ??= createTagger(packedKb());
  return tagger;
}

let rulesTagger: Tagger | undefined;

/** The rules alone, without the learned filter: for tests of one rule, which the filter might mask. */
export function rulesOnlyTagger(): Tagger {
  const { mentionFilter: _, ...rules } = compiledKb();
  rulesTagger ??= createTagger(rules);
  return rulesTagger;
}

export const SEEDS_DIR = "assets/seeds";

export function seed(prefix: string): string {
  const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, file), "utf8");
}

/** Each seed's publication date by its three-digit prefix, from assets/seeds/manifest.json. */
export function seedPublicationDates(): Record<string, string | null> {
  const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, "manifest.json"), "utf8")) as {
    articles: { file: string; published: string | null }[];
  };
  return Object.fromEntries(manifest.articles.map((a) => [a.file.slice(0, 3), a.published]));
}

/** The officials and places a tagger marks in `text`, each as «type:text:entity». */
export function marks(text: string, tagger: Tagger = sharedTagger()): string[] {
  return tagger
    .tag(text)
    .filter((m) => m.type === "official" || m.type === "place")
    .map((m) => `${m.type}:${m.text}:${m.entity}`);
}

let guessingTagger: Tagger | undefined;

/** The rules with a judge that keeps every candidate: shows the guesses offered only when a learned filter is there. */
export function everyGuessTagger(): Tagger {
  const { mentionFilter: _, ...rules } = compiledKb();
  guessingTagger ??= createTagger(rules, () => true);
  return guessingTagger;
}

/** What the rules alone mark of one type: each mention's text, and with `field` that field too («text:field»). */
export function byRules(text: string, type: EntityType, field?: "evidence" | "entity"): string[] {
  return rulesOnlyTagger()
    .tag(text)
    .filter((m) => m.type === type)
    .map((m) => (field ? `${m.text}:${m[field]}` : m.text));
}

/** `marks` of the officials alone («official:text:entity»). */
export function officialMarks(text: string): string[] {
  return marks(text).filter((m) => m.startsWith("official"));
}
