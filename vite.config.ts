import { crx } from "@crxjs/vite-plugin";
import { defineConfig } from "vitest/config";
import { extensionFiles } from "./scripts/vite/extension-files.ts";
import { DEV_SERVER_PORT, manifestFor, type Browser } from "./scripts/vite/manifest-for.ts";

// `vite build --mode chrome|firefox` builds the extension into dist/<browser> with @crxjs/vite-plugin
// from the root manifest.json; `vite --mode chrome` is the dev server (see CONTRIBUTING.md). Vitest runs
// the unit and end-to-end projects from the same file, without the extension plugins.
export default defineConfig(({ mode }) => {
  const browser: Browser = mode === "firefox" ? "firefox" : "chrome";
  return {
    plugins: process.env.VITEST ? [] : [extensionFiles(browser), crx({ manifest: manifestFor(browser), browser })],
    server: {
      port: DEV_SERVER_PORT,
      strictPort: true,
      hmr: { port: DEV_SERVER_PORT },
      // The Firefox watch build writes dist/firefox meanwhile; that is no reason to reload Chromium's pages.
      watch: { ignored: ["**/dist/**", "**/e2e-artifacts/**"] },
    },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: ["chrome120", "firefox140"],
      // Extension pages read their chunks from the extension itself: no preload links or polyfill needed.
      modulePreload: false,
    },
    test: {
      projects: [
        {
          test: {
            name: "unit",
            include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
            globalSetup: ["tests/global-setup.ts"],
            environmentOptions: {
              happyDOM: { settings: { disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } },
            },
          },
        },
        {
          test: {
            name: "e2e",
            include: ["e2e/**/*.e2e.ts"],
            globalSetup: ["e2e/global-setup.ts"],
            testTimeout: 60000,
            hookTimeout: 90000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
