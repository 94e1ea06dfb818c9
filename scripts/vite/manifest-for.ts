/**
 * The manifest crxjs builds from: manifest.json at the root (source paths, Chrome's background form) with
 * the package's version, turned into each browser's form. crxjs swaps in the built file names.
 */

import { readFileSync } from "node:fs";
import type { ManifestV3Export } from "@crxjs/vite-plugin";

export type Browser = "chrome" | "firefox";

type Manifest = Record<string, unknown> & { background: { service_worker: string } };

export function manifestFor(browser: Browser): ManifestV3Export {
  const source = JSON.parse(readFileSync("manifest.json", "utf8")) as Manifest;
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  const manifest: Record<string, unknown> = { ...source, version };
  if (browser === "chrome") {
    // Chrome warns about keys it does not know.
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    manifest.background = { scripts: [source.background.service_worker] };
  }
  return manifest as unknown as ManifestV3Export;
}
