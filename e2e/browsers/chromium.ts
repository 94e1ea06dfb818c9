/** Debian's Chromium with the built extension, driven by playwright-core (no downloaded browser). */

import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROME_BUILD = resolve("dist/chrome");

export interface ChromiumWithExtension {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

/** Flags that keep Chromium off the network on this closed machine, plus the extension. */
export function chromiumArgs(extensionPath: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    "--disable-features=DisableLoadExtensionCommandLineSwitch",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
  ];
}

export interface LaunchOptions {
  readonly headless?: boolean;
  readonly locale?: string;
  /** null: the window's own size (a headed demo). */
  readonly viewport?: { width: number; height: number } | null;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), "marsad-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: chromiumArgs(CHROME_BUILD),
    locale: options.locale ?? "en-US",
    viewport: options.viewport === undefined ? { width: 1100, height: 800 } : options.viewport,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Stops the extension's service worker as Chrome does when it idles; resolves once it has stopped. */
export async function stopServiceWorker({ context }: ChromiumWithExtension): Promise<void> {
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  // Playwright keeps a stopped worker listed, so the DevTools protocol's own reports tell when it stopped.
  const status = new Map<string, string>();
  devtools.on("ServiceWorker.workerVersionUpdated", ({ versions }) => {
    for (const v of versions) status.set(v.versionId, v.runningStatus);
  });
  await devtools.send("ServiceWorker.enable");
  await devtools.send("ServiceWorker.stopAllWorkers");
  for (let i = 0; i < 100 && [...status.values()].some((s) => s !== "stopped"); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if ([...status.values()].some((s) => s !== "stopped")) throw new Error("the service worker did not stop");
  await devtools.detach();
  await page.close();
}
