/** The last step of `npm run build`: zips dist/chrome and dist/firefox, as the stores take them. */

import { zipSync } from "fflate";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const browser of ["chrome", "firefox"]) {
  const directory = join("dist", browser);
  const entries: Record<string, Uint8Array> = {};
  for (const path of filesUnder(directory)) entries[relative(directory, path)] = readFileSync(path);
  writeFileSync(join("dist", `marsad-${browser}.zip`), zipSync(entries, { level: 9 }));
}
console.log("Built dist/chrome and dist/firefox (and their zips).");
