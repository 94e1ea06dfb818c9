/**
 * `npm run build`: the extension for both browsers from one source. esbuild bundles each context;
 * manifest.json at the root is the Chrome form, and the Firefox form is derived from it (background
 * scripts instead of a service worker; gecko settings kept). Each build is also zipped.
 */

import { build } from "esbuild";
import { zipSync } from "fflate";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { marksCss } from "../src/shared/palette.ts";

type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

const ROOT = process.cwd();
const STAGE = join(ROOT, "dist/extension-bundle");

/** The HTML shell of the popup and the options page; Preact fills #app and sets lang and dir. */
function extensionPage(script: string, bodyClass: string): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Marsad</title><link rel="stylesheet" href="ui.css"></head>
<body class="${bodyClass}"><div id="app"></div><script src="${script}.js"></script></body>
</html>
`;
}

async function bundle(): Promise<void> {
  rmSync(STAGE, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify: true,
    target: ["chrome120", "firefox140"],
    jsx: "automatic" as const,
    jsxImportSource: "preact",
    legalComments: "none" as const,
    logLevel: "warning" as const,
  };
  // Classic scripts: the loader and the background; an ES module for the annotator, which is import()ed.
  await build({
    ...common,
    entryPoints: {
      loader: "src/content/loader.ts",
      background: "src/background/main.ts",
      popup: "src/popup/main.tsx",
      options: "src/options/main.tsx",
    },
    outdir: STAGE,
    format: "iife",
  });
  await build({ ...common, entryPoints: { annotator: "src/content/annotator.ts" }, outdir: STAGE, format: "esm" });
  writeFileSync(join(STAGE, "popup.html"), extensionPage("popup", "popup"));
  writeFileSync(join(STAGE, "options.html"), extensionPage("options", "options-page"));
  cpSync("src/shared/ui.css", join(STAGE, "ui.css"));
  writeFileSync(join(STAGE, "marks.css"), marksCss());
  cpSync("assets/_locales", join(STAGE, "_locales"), { recursive: true });
  cpSync("assets/icons", join(STAGE, "icons"), { recursive: true });
  cpSync("dist/kb/kb.json", join(STAGE, "kb.json"));
  // The knowledge base carries CC BY-SA and CC BY data: its attribution ships with it.
  cpSync("assets/NOTICE.txt", join(STAGE, "NOTICE.txt"));
  cpSync("assets/kb/LICENSE-NEWSFANE.txt", join(STAGE, "LICENSE-NEWSFANE.txt"));
}

function manifestFor(browser: "chrome" | "firefox"): Manifest {
  const source = JSON.parse(readFileSync("manifest.json", "utf8")) as Manifest;
  const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
  const manifest: Manifest = { ...source, version };
  if (browser === "chrome") {
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: [String(source.background.service_worker)] };
  }
  return manifest;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zip(directory: string, out: string): void {
  const entries: Record<string, Uint8Array> = {};
  for (const path of filesUnder(directory)) entries[relative(directory, path)] = readFileSync(path);
  writeFileSync(out, zipSync(entries, { level: 9 }));
}

await bundle();
for (const browser of ["chrome", "firefox"] as const) {
  const out = join(ROOT, "dist", browser);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(STAGE, out, { recursive: true });
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifestFor(browser), null, 2) + "\n");
  zip(out, join(ROOT, "dist", `marsad-${browser}.zip`));
}
rmSync(STAGE, { recursive: true, force: true });
console.log("Built dist/chrome and dist/firefox (and their zips).");
