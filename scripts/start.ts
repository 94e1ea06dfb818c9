/**
 * `npm start`: serves the demo news site (the seed articles as news pages) on 127.0.0.1 and opens
 * Chromium with the freshly built extension on one of them. Without a display it runs headless,
 * saves a screenshot of the marked article, and keeps the site up for any browser to visit.
 */

import { existsSync, mkdirSync } from "node:fs";
import { CHROMIUM_PATH, launchChromium } from "../e2e/browsers/chromium.ts";
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

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const chromium = await launchChromium({ headless, viewport: headless ? { width: 1100, height: 900 } : null });
const { context } = chromium;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demo);
console.log(`Chromium is open on ${demo} with Marsad loaded from dist/chrome.`);

if (headless) {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith("marsad-")), null, {
    timeout: 15000,
  });
  mkdirSync("e2e-artifacts", { recursive: true });
  const shot = "e2e-artifacts/demo.png";
  await page.screenshot({ path: shot });
  const marks = await page.evaluate(() =>
    [...CSS.highlights].flatMap(([name, h]) => (name.startsWith("marsad-") ? [...h].map((r) => r.toString()) : [])),
  );
  console.log(`No display here, so Chromium runs headless: ${marks.length} marks painted; screenshot in ${shot}.`);
  console.log(`Marked: ${[...new Set(marks)].slice(0, 12).join("، ")} …`);
}
console.log("Press Ctrl+C to stop.");
const stop = async () => {
  await chromium.close().catch(() => undefined);
  await site.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
context.on("close", () => void stop());
