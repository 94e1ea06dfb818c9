/** Loads the compiled knowledge base from disk for the Node entry points. */

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledKb } from "../kb/types.ts";

/** dist/kb/kb.json, found from the bundled CLI (dist/cli) or from the sources (src/cli). */
export function kbPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "../kb/kb.json"), join(here, "../../dist/kb/kb.json")];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("The compiled knowledge base is missing: run `npm run build:kb` (npm install runs it).");
  return found;
}

export function loadKb(path = kbPath()): CompiledKb {
  return JSON.parse(readFileSync(path, "utf8")) as CompiledKb;
}
