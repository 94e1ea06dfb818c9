/**
 * `npm run bench`, first part: the built extension's sizes, read from dist/chrome after `npm run build`.
 * Each context counts its entry file and every file it loads before running, each gzipped on its own
 * (as the browser reads them, one by one). Fails when the page-side budgets are exceeded.
 */

import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const BUILD = "dist/chrome";
const KB = 1024;
const BUDGETS = { injected: 2 * KB, annotator: 30 * KB };

interface Manifest {
  background: { service_worker: string };
  content_scripts: { js: string[]; css?: string[] }[];
  action: { default_popup: string };
  options_ui: { page: string };
  web_accessible_resources: { resources: string[] }[];
}

const read = (file: string) => readFileSync(join(BUILD, file));
const manifest = JSON.parse(read("manifest.json").toString()) as Manifest;

/** What a built file makes the browser load next: static imports, crxjs's loader target, page assets. */
function loadedBy(file: string): string[] {
  const text = read(file).toString();
  const relative = (path: string) => normalize(join(dirname(file), path));
  if (file.endsWith(".html")) {
    return [...text.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!);
  }
  return [
    ...[...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]*from\s*)?["'](\.[^"']+)["']/g)].map((m) =>
      relative(m[1]!),
    ),
    // crxjs's content-script loader is a classic script that import()s the real module by its URL.
    ...[...text.matchAll(/getURL\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
  ];
}

/** The file and everything it loads, transitively, leaving out what is already loaded. */
function closure(entries: string[], loaded = new Set<string>()): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    found.push(file);
    loadedBy(file).forEach(visit);
  };
  entries.forEach(visit);
  return found;
}

function sizes(files: string[]): { raw: number; gzipped: number } {
  return files.reduce(
    (sum, file) => {
      const content = read(file);
      return { raw: sum.raw + content.length, gzipped: sum.gzipped + gzipSync(content, { level: 9 }).length };
    },
    { raw: 0, gzipped: 0 },
  );
}

const bytes = (n: number) => `${n.toLocaleString("en")} B`;
let overBudget = false;
function report(what: string, files: string[], budget?: number): void {
  const { raw, gzipped } = sizes(files);
  const verdict =
    budget === undefined ? "" : gzipped <= budget ? ` (budget ${bytes(budget)})` : ` OVER BUDGET ${bytes(budget)}`;
  if (budget !== undefined && gzipped > budget) overBudget = true;
  console.log(`${what}: ${bytes(raw)}, ${bytes(gzipped)} gzipped in ${files.length} file(s)${verdict}`);
}

const contentScripts = manifest.content_scripts.flatMap((script) => script.js);
const injected = closure(contentScripts);
const annotatorEntry = manifest.web_accessible_resources
  .flatMap((war) => war.resources)
  .find((file) => /\/annotator[^/]*\.js$/.test(file));
if (!annotatorEntry) throw new Error(`no annotator chunk among the web-accessible resources of ${BUILD}`);

console.log(`Bundle sizes (${BUILD}):`);
report("Script injected into every page (loader, before the Arabic check)", injected, BUDGETS.injected);
report(
  "Stylesheet injected into every page (marks.css)",
  manifest.content_scripts.flatMap((s) => s.css ?? []),
);
report(
  "Annotator, on Arabic pages only (beyond the loader)",
  closure([annotatorEntry], new Set(injected)),
  BUDGETS.annotator,
);
report("Background", closure([manifest.background.service_worker]));
report("Popup", closure([manifest.action.default_popup]));
report("Options page", closure([manifest.options_ui.page]));
if (overBudget) process.exitCode = 1;
