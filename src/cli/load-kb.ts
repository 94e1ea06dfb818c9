/** Loads the knowledge base from disk for the Node entry points. */

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openPackedKb, type PackedKb } from "../kb/packed.ts";
import type { CompiledKb } from "../kb/types.ts";

/**
 * dist/kb/kb.bin (packed: what tagging loads) or dist/kb/kb.json (what the measuring tools edit), found
 * from the bundled CLI (dist/cli) or from the sources (src/cli).
 */
export function kbPath(file: "kb.bin" | "kb.json" = "kb.bin"): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, "../kb", file), join(here, "../../dist/kb", file)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error("The compiled knowledge base is missing: run `npm run build:kb` (npm install runs it).");
  return found;
}

export function loadPackedKb(path = kbPath("kb.bin")): PackedKb {
  return openPackedKb(readFileSync(path));
}

export function loadKb(path = kbPath("kb.json")): CompiledKb {
  return JSON.parse(readFileSync(path, "utf8")) as CompiledKb;
}
