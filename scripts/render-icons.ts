/** Renders assets/icons/icon.svg to the PNG sizes the manifest names, with the system Chromium. Run by hand. */

import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const svg = readFileSync("assets/icons/icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.screenshot({ path: `assets/icons/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
