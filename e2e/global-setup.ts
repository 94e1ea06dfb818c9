// The end-to-end tests load dist/chrome and dist/firefox; build them when missing (npm test always builds first).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export default function setup(): void {
  if (!existsSync("dist/chrome/manifest.json") || !existsSync("dist/firefox/manifest.json")) {
    execFileSync("npm", ["run", "build"], { stdio: "inherit" });
  }
}
