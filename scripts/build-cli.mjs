// Bundles the Node entry points into dist/cli/ so that `npx marsad` needs no TypeScript at run time.
import { build } from "esbuild";

await build({
  entryPoints: { marsad: "src/cli/entry.ts", bench: "scripts/bench.ts" },
  outdir: "dist/cli",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
