/**
 * The manifest crxjs builds from: manifest.json at the root (source paths, Chrome's background form) with
 * the package's version, turned into each browser's form. crxjs swaps in the built file names.
 */

import { readFileSync } from "node:fs";
import type { ManifestV3Export } from "@crxjs/vite-plugin";
import type { ConfigEnv } from "vite";

export type Browser = "chrome" | "firefox";

/** Where `npm run dev` serves the extension's code from; crxjs writes this port into the dev build. */
export const DEV_SERVER_PORT = 5173;

type Manifest = Record<string, unknown> & {
  background: { service_worker: string };
  content_security_policy: { extension_pages: string };
};

export function manifestFor(browser: Browser): ManifestV3Export {
  const forCommand = ({ command }: ConfigEnv) => {
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
    if (command === "serve") {
      // In the dev build the extension's pages and worker fetch their modules from the dev server.
      const devServer = `http://localhost:${DEV_SERVER_PORT} ws://localhost:${DEV_SERVER_PORT}`;
      manifest.content_security_policy = {
        extension_pages: source.content_security_policy.extension_pages.replace(
          "connect-src 'self'",
          `connect-src 'self' ${devServer}`,
        ),
      };
    }
    return manifest;
  };
  // Read as JSON, so typed loosely; crxjs checks the paths it names.
  return forCommand as unknown as ManifestV3Export;
}
