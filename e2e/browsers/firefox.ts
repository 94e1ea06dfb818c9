/**
 * Debian's Firefox ESR with the built extension, driven by puppeteer-core over WebDriver BiDi. The
 * extension's internal UUID is fixed by a preference, so its pages have a known moz-extension:// URL.
 */

import puppeteer, { type Browser } from "puppeteer-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const FIREFOX_BUILD = resolve("dist/firefox");
export const GECKO_ID = "marsad@marsad.example";
export const FIREFOX_UUID = "6d1c2a7e-8b0f-4c3e-9a51-4d2f0b7c9e11";

export interface FirefoxWithExtension {
  readonly browser: Browser;
  readonly extensionOrigin: string;
  /** Where this browser saves downloads, without asking. */
  readonly downloads: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Stop an idle background page after this long (Firefox's default: 30 seconds). */
  readonly backgroundIdleMs?: number;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const downloads = mkdtempSync(join(tmpdir(), "marsad-firefox-downloads-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages (the popup, the options) only with this.
    args: ["--remote-allow-system-access"],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      "intl.locale.requested": "en-US",
      // Keep Firefox off the network: no updates, telemetry, remote settings or captive-portal checks.
      "app.update.enabled": false,
      "network.captive-portal-service.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "extensions.getAddons.cache.enabled": false,
      // Downloads (the options page's exports) go to this browser's own folder without asking.
      "browser.download.folderList": 2,
      "browser.download.dir": downloads,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      ...(options.backgroundIdleMs === undefined
        ? {}
        : { "extensions.background.idle.timeout": options.backgroundIdleMs }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    downloads,
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
