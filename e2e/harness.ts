/**
 * One face over Playwright (Chromium) and Puppeteer (Firefox), so every end-to-end test runs the same
 * way in both browsers against the built extension.
 */

import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Page as PlaywrightPage } from "playwright-core";
import type { ElementHandle, Page as PuppeteerPage } from "puppeteer-core";
import { launchChromium, stopServiceWorker } from "./browsers/chromium.ts";
import { launchFirefox } from "./browsers/firefox.ts";

export const ARTIFACTS = "e2e-artifacts";
/** The extension's pages, where the Vite build puts them (their paths in the sources). */
export const POPUP_PAGE = "src/popup/index.html";
export const OPTIONS_PAGE = "src/options/index.html";
export type BrowserName = "chromium" | "firefox";

export interface TestPage {
  goto(url: string): Promise<void>;
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs in the page before its own scripts, on every navigation. */
  beforeScripts(source: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Key names as in Playwright: "Alt+Shift+Period", "Escape". */
  press(keys: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Chooses a file in the file input the selector finds, as a reader would in the file picker. */
  uploadFile(selector: string, path: string): Promise<void>;
  /** The viewport, or only the element the selector finds. */
  screenshot(name: string, selector?: string): Promise<string>;
  bringToFront(): Promise<void>;
  /** Clicks what starts a download and returns the saved file's text. */
  download(selector: string): Promise<string>;
  /** Every URL this page requested. */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  /** An extension page (POPUP_PAGE, OPTIONS_PAGE) opened in a tab. */
  extensionPage(path: string): Promise<TestPage>;
  /**
   * Stops the extension's background as the browser does when it idles: Chromium's service worker
   * through the DevTools protocol; Firefox's event page by waiting out its idle timeout (launch with
   * `backgroundIdleMs`).
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

function screenshotPath(browser: BrowserName, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${browser}-${name}.png`);
}

function wrapPlaywright(page: PlaywrightPage): TestPage {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return {
    requests,
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    beforeScripts: async (source) => void (await page.addInitScript(source)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (keys) => page.keyboard.press(keys),
    click: (selector) => page.click(selector),
    uploadFile: (selector, path) => page.setInputFiles(selector, path),
    download: async (selector) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
      return readFileSync(await download.path(), "utf8");
    },
    screenshot: async (name, selector) => {
      const path = screenshotPath("chromium", name);
      await (selector ? page.locator(selector).screenshot({ path }) : page.screenshot({ path }));
      return path;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PuppeteerPage, downloads: string): TestPage {
  const requests: string[] = [];
  page.on("request", (request) => void requests.push(request.url()));
  return {
    requests,
    goto: async (url) => void (await page.goto(url, { waitUntil: "load" })),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    beforeScripts: async (source) => void (await page.evaluateOnNewDocument(source)),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: async (keys) => {
      const parts = keys.split("+") as Parameters<PuppeteerPage["keyboard"]["down"]>[0][];
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    click: (selector) => page.click(selector),
    download: async (selector) => {
      const before = new Set(readdirSync(downloads));
      await page.click(selector);
      // Firefox may write under a temporary name and rename the finished file into place: wait until
      // one new file has kept its name and its size between two looks, and read it if it is still there.
      let seen = "";
      return waitFor(async () => {
        const file = readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith(".part"));
        if (!file) return null;
        try {
          const key = `${file}:${statSync(join(downloads, file)).size}`;
          if (key !== seen) {
            seen = key;
            await sleep(150);
            return null;
          }
          return readFileSync(join(downloads, file), "utf8");
        } catch {
          return null; // renamed between the listing and the read
        }
      }, "the downloaded file");
    },
    uploadFile: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector} on the page`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    screenshot: async (name, selector) => {
      const path = screenshotPath("firefox", name) as `${string}.png`;
      const element = selector ? await page.$(selector) : null;
      await (element ? element.screenshot({ path }) : page.screenshot({ path }));
      return path;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export interface BrowserOptions {
  /** Firefox: stop an idle background after this long instead of 30 seconds. */
  readonly backgroundIdleMs?: number;
}

export async function launch(name: BrowserName, options: BrowserOptions = {}): Promise<BrowserUnderTest> {
  if (name === "chromium") {
    const chromium = await launchChromium();
    return {
      name,
      newPage: async () => wrapPlaywright(await chromium.context.newPage()),
      extensionPage: async (path) => {
        const page = wrapPlaywright(await chromium.context.newPage());
        await page.goto(`chrome-extension://${chromium.extensionId}/${path}`);
        return page;
      },
      stopBackground: () => stopServiceWorker(chromium),
      close: () => chromium.close(),
    };
  }
  const idleMs = options.backgroundIdleMs;
  const firefox = await launchFirefox(idleMs === undefined ? {} : { backgroundIdleMs: idleMs });
  return {
    name,
    newPage: async () => wrapPuppeteer(await firefox.browser.newPage(), firefox.downloads),
    extensionPage: async (path) => {
      // The extension page loads in another process and Puppeteer loses sight of that navigation
      // (goto never resolves), but evaluate reaches the new document: wait for it there instead.
      const raw = await firefox.browser.newPage();
      const url = `${firefox.extensionOrigin}/${path}`;
      raw.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitFor(
        () =>
          raw
            .evaluate((expected) => document.readyState === "complete" && location.href === expected, url)
            .catch(() => false),
        `the extension page ${path}`,
      );
      return wrapPuppeteer(raw, firefox.downloads);
    },
    stopBackground: async () => {
      if (idleMs === undefined) throw new Error("launch Firefox with backgroundIdleMs to stop its background");
      await sleep(idleMs + 2000);
    },
    close: () => firefox.close(),
  };
}

/** Polls fn in Node until it returns a truthy value; fails with the last value seen. */
export async function waitFor<T>(
  fn: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | null | undefined | false;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
