#!/usr/bin/env node
// The `marsad` command: runs the bundle that `npm install` (prepare) builds.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundle = join(dirname(fileURLToPath(import.meta.url)), "../dist/cli/marsad.mjs");
if (!existsSync(bundle)) {
  console.error("marsad: not built yet; run `npm install` (or `npm run build:cli`) in the project folder");
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
