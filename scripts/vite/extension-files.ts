/**
 * The files the extension ships that no script imports: the knowledge base the background fetches, the
 * marks stylesheet (generated from the palette), locales, icons and the licences. They are laid out in a
 * staging folder used as Vite's public directory, the one place both `vite build` and crxjs's dev server
 * copy from (crxjs's dev file writer runs only its own plugins, so emitting them from a plugin would not do).
 */

import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { marksCss } from "../../src/shared/palette.ts";

/** Where each file or folder goes in the extension, and where it comes from. */
const COPIED = {
  _locales: "assets/_locales",
  icons: "assets/icons",
  "kb.bin": "dist/kb/kb.bin",
  // The knowledge base carries CC BY-SA and CC BY data: its attribution ships with it.
  "NOTICE.txt": "assets/NOTICE.txt",
  "LICENSE-NEWSFANE.txt": "assets/kb/LICENSE-NEWSFANE.txt",
};

/** One staging folder per browser, so that the Chromium dev server and the Firefox watch can run at once. */
export function extensionFiles(browser: string): Plugin {
  const stage = join("node_modules/.cache/marsad-extension-files", browser);
  return {
    name: "marsad:extension-files",
    config(_config, { command }) {
      rmSync(stage, { recursive: true, force: true });
      mkdirSync(stage, { recursive: true });
      for (const [target, source] of Object.entries(COPIED)) {
        cpSync(source, join(stage, target), { recursive: true, filter: (path) => !path.endsWith(".svg") });
      }
      writeFileSync(join(stage, "marks.css"), marksCss());
      // crxjs's dev server imports the manifest's content CSS for HMR, which Vite refuses from a public
      // folder unless it is an asset. The browser still injects marks.css itself, from the manifest.
      return { publicDir: stage, assetsInclude: command === "serve" ? ["**/marks.css"] : [] };
    },
  };
}
