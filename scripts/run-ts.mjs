// Runs a TypeScript script with Node 20: bundles it with esbuild, then imports it.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS…]");
  process.exit(2);
}
// Inside the project, so that the bundle resolves packages from node_modules.
mkdirSync("node_modules/.cache", { recursive: true });
const dir = mkdtempSync(resolve("node_modules/.cache/marsad-run-"));
const outfile = join(dir, "script.mjs");
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile,
  packages: "external",
  logLevel: "error",
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
