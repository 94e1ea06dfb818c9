// The tests load the compiled knowledge base (and the event words build:kb writes beside it) and run the
// bundled CLI; build them when missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export default function setup(): void {
  if (!existsSync("dist/kb/kb.bin") || !existsSync("src/events/words.generated.ts"))
    execFileSync("npm", ["run", "build:kb"], { stdio: "inherit" });
  if (!existsSync("dist/cli/marsad.mjs")) execFileSync("npm", ["run", "build:cli"], { stdio: "inherit" });
}
