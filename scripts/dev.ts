/**
 * `npm run dev`: the development loop for both browsers at once.
 * - Chromium: Vite's dev server with crxjs, which writes a dev build to dist/chrome whose code comes from
 *   the server: extension pages and content scripts hot-reload, the background reloads the extension.
 * - Firefox: `vite build --watch --mode firefox` rebuilds dist/firefox on every change, and `web-ext run`
 *   (when there is a display, or MOZ_HEADLESS is set) opens Firefox with it and reloads it after each build.
 * Ctrl+C stops everything. CONTRIBUTING.md says how to load the builds by hand.
 */

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const FIREFOX_MANIFEST = "dist/firefox/manifest.json";
const VITE = "node_modules/vite/bin/vite.js";
const WEB_EXT = "node_modules/web-ext/bin/web-ext.js";
const children: ChildProcess[] = [];
let stopping = false;

/** Runs a package's command line in Node directly, so that a signal reaches it (npx would not pass it on). */
function run(bin: string, args: string[]): void {
  const child = spawn(process.execPath, [bin, ...args], { stdio: "inherit" });
  child.on("exit", (code) => {
    if (code && !stopping) console.error(`${bin} ${args.join(" ")} exited with ${code}`);
  });
  children.push(child);
}

/** Resolves once the Firefox watch build has written its first manifest. */
function firstFirefoxBuild(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => existsSync(FIREFOX_MANIFEST) && (clearInterval(timer), resolve());
    const timer = setInterval(check, 500);
    check();
  });
}

run(VITE, ["--mode", "chrome"]);
run(VITE, ["build", "--watch", "--mode", "firefox"]);

const canShowFirefox = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.env.MOZ_HEADLESS);
if (canShowFirefox && existsSync(FIREFOX_PATH)) {
  await firstFirefoxBuild();
  // The manifest is the last file a build writes: reload the add-on once per build, not per file.
  run(WEB_EXT, ["run", "--source-dir", "dist/firefox", "--firefox", FIREFOX_PATH, "--watch-file", FIREFOX_MANIFEST]);
} else {
  console.log(
    `No display (or no Firefox at ${FIREFOX_PATH}): dist/firefox is rebuilt on every change; load it by hand.`,
  );
}

// web-ext closes its Firefox on SIGINT (not on SIGTERM); wait for every child before leaving.
const stop = async () => {
  stopping = true;
  const exits = children
    .filter((child) => child.exitCode === null)
    .map((child) => new Promise((resolve) => child.once("exit", resolve)));
  for (const child of children) child.kill("SIGINT");
  await Promise.all(exits);
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
