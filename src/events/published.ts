/**
 * An article's publication date, from the clues a page gives, in order of trust: JSON-LD
 * `datePublished` of the article, then meta tags, then a date in the URL, then a dateline in the
 * article itself. The caller collects the clues (from a live DOM or from HTML source); a site
 * header's "today" is never one of them, because it is not part of the article.
 */

import { fullDateIn } from "./dates.ts";

export type PublishedBy = "json-ld" | "meta" | "url" | "dateline" | "none";

export interface Publication {
  readonly date: string | null;
  readonly by: PublishedBy;
}

export interface PublicationClues {
  /** The text of each `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
  /** [name or property or itemprop, content] of each meta tag. */
  readonly meta: readonly (readonly [string, string])[];
  readonly url: string;
  /** `datetime` attributes and short date-like texts from inside the article, first first. */
  readonly datelines: readonly string[];
}

/** Meta names that mean "first published", most specific first. Modified dates are not publication dates. */
const PUBLISHED_META = [
  "article:published_time",
  "datepublished",
  "og:published_time",
  "publish-date",
  "publish_date",
  "publishdate",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "date",
];

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

/** YYYY-MM-DD from an ISO timestamp as the site wrote it: the site's own calendar day, not UTC's. */
function isoDay(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return fullDateIn(value);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : null;
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/** datePublished of the first article-typed node, else of any node; @graph and nesting included. */
function fromJsonLd(scripts: readonly string[]): string | null {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as Record<string, unknown>;
    nodes.push(node);
    for (const child of Object.values(node)) visit(child, depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script), 0);
    } catch {
      // A site's broken JSON-LD is not our error; the other clues remain.
    }
  }
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)) && isoDay(n["datePublished"]));
  const any = article ?? nodes.find((n) => isoDay(n["datePublished"]));
  return any ? isoDay(any["datePublished"]) : null;
}

function fromMeta(meta: PublicationClues["meta"]): string | null {
  for (const wanted of PUBLISHED_META) {
    for (const [name, content] of meta) {
      if (name.toLowerCase() !== wanted) continue;
      const day = isoDay(content);
      if (day) return day;
    }
  }
  return null;
}

/** /2025/11/03/, /2025-11-03-, or 20251103 in the path; years outside 1990–2100 are ids, not dates. */
function fromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (!match) return null;
  return isoDay(`${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`);
}

export function publicationOf(clues: PublicationClues): Publication {
  const ordered: [PublishedBy, () => string | null][] = [
    ["json-ld", () => fromJsonLd(clues.jsonLd)],
    ["meta", () => fromMeta(clues.meta)],
    ["url", () => fromUrl(clues.url)],
    ["dateline", () => clues.datelines.map(isoDay).find((d) => d !== null) ?? null],
  ];
  for (const [by, find] of ordered) {
    const date = find();
    if (date) return { date, by };
  }
  return { date: null, by: "none" };
}
