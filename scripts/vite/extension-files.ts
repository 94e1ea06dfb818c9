/**
 * The files the extension ships that no script imports: the knowledge base the background fetches, the
 * marks stylesheet (generated from the palette), locales, icons and the licences. Emitted at build start,
 * so crxjs finds the ones the manifest names already in the bundle instead of looking for them on disk.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Plugin } from "vite";
import { marksCss } from "../../src/shared/palette.ts";

/** Directories copied whole, by where they go in the extension. */
const DIRECTORIES = { _locales: "assets/_locales", icons: "assets/icons" };

/** Single files, by where they go in the extension. */
const FILES = {
  "kb.json": "dist/kb/kb.json",
  // The knowledge base carries CC BY-SA and CC BY data: its attribution ships with it.
  "NOTICE.txt": "assets/NOTICE.txt",
  "LICENSE-NEWSFANE.txt": "assets/kb/LICENSE-NEWSFANE.txt",
};

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function extensionFiles(): Plugin {
  return {
    name: "marsad:extension-files",
    buildStart() {
      const emit = (fileName: string, source: string | Uint8Array) =>
        this.emitFile({ type: "asset", fileName, source });
      for (const [target, directory] of Object.entries(DIRECTORIES)) {
        for (const path of filesUnder(directory)) {
          if (!path.endsWith(".svg")) emit(join(target, relative(directory, path)), readFileSync(path));
        }
      }
      for (const [target, path] of Object.entries(FILES)) emit(target, readFileSync(path));
      emit("marks.css", marksCss());
    },
  };
}
