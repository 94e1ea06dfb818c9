/**
 * `npm start`: serves the demo news site (the seed articles as news pages) on 127.0.0.1 and opens
 * Chromium with the freshly built extension on one of them, and on two pages of untidy real-world markup
 * (e2e/site/real-world). Without a display it runs headless, saves screenshots of the marked pages, and
 * keeps the site up for any browser to visit.
 */

import { existsSync, mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { CHROMIUM_PATH, launchChromium } from "../e2e/browsers/chromium.ts";
import { DEMO_PAGES } from "../e2e/site/real-world/index.ts";
import { startNewsSite } from "../e2e/site/server.ts";

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium is not at ${CHROMIUM_PATH}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const PORT = Number(process.env.PORT ?? 8787);
const site = await startNewsSite(PORT).catch(() => startNewsSite(0));
const demo = `${site.origin}/article-2.html`;
console.log(`Demo news site: ${site.origin}/ (articles /article-1.html … /article-5.html)`);
console.log(`Untidy markup, as real sites write it: ${DEMO_PAGES.map((d) => `${site.origin}${d.path}`).join(" and ")}`);

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const chromium = await launchChromium({ headless, viewport: headless ? { width: 1100, height: 900 } : null });
const { context } = chromium;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demo);
// The untidy pages in tabs of their own, behind the demo article.
const untidy = [];
for (const { path } of DEMO_PAGES) {
  const tab = await context.newPage();
  await tab.goto(`${site.origin}${path}`);
  untidy.push(tab);
}
await page.bringToFront();
console.log(
  `Chromium is open on ${demo} (and the two untidy pages in other tabs) with Marsad loaded from dist/chrome.`,
);

/** Without a display: waits for the marks, saves a screenshot and says what was marked. */
async function report(tab: Page, name: string): Promise<void> {
  await tab.waitForFunction(() => [...CSS.highlights.keys()].some((key) => key.startsWith("marsad-")), null, {
    timeout: 15000,
  });
  const shot = `e2e-artifacts/${name}.png`;
  await tab.screenshot({ path: shot });
  const marks = await tab.evaluate(() =>
    [...CSS.highlights].flatMap(([key, h]) => (key.startsWith("marsad-") ? [...h].map((r) => r.toString()) : [])),
  );
  console.log(`${tab.url()}: ${marks.length} marks painted; screenshot in ${shot}.`);
  console.log(`  Marked: ${[...new Set(marks)].slice(0, 12).join("، ")} …`);
}

if (headless) {
  mkdirSync("e2e-artifacts", { recursive: true });
  console.log("No display here, so Chromium runs headless.");
  await report(page, "demo");
  for (const [i, tab] of untidy.entries()) await report(tab, `demo-untidy-${i + 1}`);
}
console.log("Press Ctrl+C to stop.");
const stop = async () => {
  await chromium.close().catch(() => undefined);
  await site.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
context.on("close", () => void stop());
