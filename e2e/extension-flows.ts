/** Steps the end-to-end tests share: waiting for the marks to settle, opening the popup for a page. */

import { afterAll, beforeAll, expect } from "vitest";
import {
  launch,
  POPUP_PAGE,
  sleep,
  waitFor,
  type BrowserName,
  type BrowserOptions,
  type BrowserUnderTest,
  type TestPage,
} from "./harness.ts";
import type { PageSummary } from "../src/shared/messages.ts";
import { readMarks, type PaintedMark } from "./page-probes.ts";
import { startNewsSite, type NewsSite } from "./site/server.ts";

export function painted(marks: readonly PaintedMark[]): string[] {
  return marks.map((m) => `${m.highlight.split("-")[1]}:${m.text}`).sort();
}

export async function marksOf(page: TestPage, atLeast = 1): Promise<PaintedMark[]> {
  return waitFor(async () => {
    const marks = await page.evaluate(readMarks);
    return marks.length >= atLeast ? marks : null;
  }, "marks on the page");
}

/** Waits until the marks have not changed for a second (longer than the page-change debounce). */
export async function settledMarks(page: TestPage): Promise<PaintedMark[]> {
  let previous = "";
  let stableReads = 0;
  for (let i = 0; i < 60; i++) {
    const marks = await page.evaluate(readMarks);
    const key = painted(marks).join("|");
    stableReads = marks.length > 0 && key === previous ? stableReads + 1 : 0;
    if (stableReads >= 4) return marks;
    previous = key;
    await sleep(250);
  }
  throw new Error("marks never settled");
}

/**
 * Opens the popup in a tab, pointed at the page's tab. Without the "tabs" permission the extension cannot
 * read tab URLs, so the page's tab is the one whose annotator answers (each test has one page open).
 */
/** The text at `selector` once the page has switched to right to left (its Arabic interface). */
export function rtlText(page: TestPage, selector: string, what: string): Promise<string> {
  return waitFor(
    () =>
      page.evaluate(
        (sel) => (document.documentElement.dir === "rtl" ? document.querySelector(sel)?.textContent : null),
        selector,
      ),
    what,
  );
}

export async function openPopupFor(browser: BrowserUnderTest, page: TestPage): Promise<TestPage> {
  await page.bringToFront();
  const probe = await browser.extensionPage(POPUP_PAGE);
  const tabId = await probe.evaluate(async () => {
    interface Tabs {
      getCurrent(): Promise<{ id?: number } | undefined>;
      query(filter: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, message: object): Promise<unknown>;
    }
    const scope = globalThis as unknown as { browser?: { tabs: Tabs }; chrome: { tabs: Tabs } };
    const api = scope.browser ?? scope.chrome;
    const self = await api.tabs.getCurrent();
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined || tab.id === self?.id) continue;
      const answer = await api.tabs.sendMessage(tab.id, { type: "summary" }).catch(() => null);
      if (answer) return tab.id;
    }
    return null;
  });
  expect(tabId).not.toBeNull();
  await probe.close();
  return browser.extensionPage(`${POPUP_PAGE}?tab=${tabId}`);
}

/**
 * The summary the page's annotator answers, asked from a popup opened by openPopupFor (its ?tab=ID);
 * null until the annotator answers.
 */
export async function summaryFromPopup(popup: TestPage): Promise<PageSummary | null> {
  return popup.evaluate(async () => {
    const tab = Number(new URLSearchParams(location.search).get("tab"));
    type Tabs = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    const api = scope.browser ?? scope.chrome;
    return ((await api.tabs.sendMessage(tab, { type: "summary" }).catch(() => null)) as PageSummary | null) ?? null;
  });
}

/** A news site on 127.0.0.1 and a browser with the extension, for one describe block: started before, closed after. */
export function newsSiteAndBrowser(
  name: BrowserName,
  options: BrowserOptions = {},
): { readonly site: NewsSite; readonly browser: BrowserUnderTest } {
  const bed = {} as { site: NewsSite; browser: BrowserUnderTest };
  beforeAll(async () => {
    bed.site = await startNewsSite();
    bed.browser = await launch(name, options);
  }, 60000);
  afterAll(async () => {
    await bed.browser?.close();
    await bed.site?.close();
  });
  return bed;
}
