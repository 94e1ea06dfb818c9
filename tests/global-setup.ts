// The tagger tests load the compiled knowledge base; build it when it is missing.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export default function setup(): void {
  if (!existsSync("dist/kb/kb.json")) execFileSync("npm", ["run", "build:kb"], { stdio: "inherit" });
}
