/** The seed articles of assets/seeds, read into the parts of a news page: headline, caption, body, tags. */

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Paths are from the project root, where npm runs every script. */
export const SEEDS_DIR = resolve("assets/seeds");

/** Publication dates of the seeds, from their manifest (null where the article gives none). */
const PUBLISHED = new Map(
  (
    JSON.parse(readFileSync(join(SEEDS_DIR, "manifest.json"), "utf8")) as {
      articles: { file: string; published: string | null }[];
    }
  ).articles.map((a) => [a.file, a.published]),
);

export interface Block {
  readonly kind: "p" | "h2";
  readonly text: string;
}

export interface SeedArticle {
  readonly slug: string;
  readonly file: string;
  readonly headline: string;
  readonly standfirst: string;
  readonly caption: string | null;
  readonly blocks: readonly Block[];
  readonly tags: readonly string[];
  readonly published: string | null;
  /** A line above the story that is not part of it, such as a page's "today" date. */
  readonly dateline: string | null;
}

const NOISE = /^(time reading icon|شارك القصة|اقرأ أيضا)/;
const CAPTION = /(via REUTERS|\(الصورة|- غيتي|- رويترز$)/;
const DATE_LINE = /^(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت) \d+ \S+ \/ \w+ \d{4}$/;

export function readSeed(file: string, index: number): SeedArticle {
  const lines = readFileSync(join(SEEDS_DIR, file), "utf8")
    .split("\n")
    .map((line) => line.replace(/^[\s•]+/, "").trim())
    .filter((line) => line.length > 0 && !NOISE.test(line));
  const seen = new Set<string>();
  const tags: string[] = [];
  let caption: string | null = null;
  let dateline: string | null = null;
  const rest: string[] = [];
  for (const line of lines) {
    if (DATE_LINE.test(line)) dateline ??= line;
    else if (line.startsWith("- ")) {
      if (!tags.includes(line.slice(2))) tags.push(line.slice(2));
    } else if (CAPTION.test(line)) caption ??= line;
    else if (!seen.has(line)) {
      seen.add(line);
      rest.push(line);
    }
  }
  const [headline = "", ...body] = rest;
  const blocks: Block[] = body.map((text) => ({
    kind: text.length < 70 && !/[.:،"]$/.test(text) ? "h2" : "p",
    text,
  }));
  const firstParagraph = blocks.findIndex((b) => b.kind === "p");
  const standfirst = firstParagraph >= 0 ? blocks.splice(firstParagraph, 1)[0]!.text : "";
  return {
    slug: `article-${index + 1}`,
    file,
    headline,
    standfirst,
    caption,
    blocks,
    tags,
    published: PUBLISHED.get(file) ?? null,
    dateline,
  };
}

export function seedArticles(): SeedArticle[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map(readSeed);
}
