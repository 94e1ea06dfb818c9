/**
 * An article from saved HTML, without a DOM: its text (the <article> element when there is one, else
 * the body, without scripts, menus, asides, forms and footers), its headline, its canonical address,
 * and the clues to its publication date. Good enough for bulk ingest; the extension reads the live DOM.
 */

import type { Source } from "../events/extract.ts";
import { publicationOf, type PublicationClues } from "../events/published.ts";

export interface HtmlArticle {
  readonly text: string;
  readonly title: string;
  readonly canonical: string | null;
  readonly clues: Omit<PublicationClues, "url">;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    found.set(m[1]!.toLowerCase(), decodeEntities(m[3] ?? m[4] ?? m[5] ?? ""));
  }
  return found;
}

/** Elements whose content is never the story. */
const DROPPED =
  /<(script|style|noscript|template|nav|aside|footer|form|button|select|textarea|svg)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_END = /<\/(p|div|h[1-6]|li|blockquote|figcaption|section|article|header|tr|dd|dt)\s*>|<br\s*\/?>/gi;

function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(DROPPED, " ")
      // A site header without a headline is a banner (logo, menu, today's date): drop it.
      .replace(/<header\b[\s\S]*?<\/header\s*>/gi, (header) => (/<h1\b/i.test(header) ? header : " "))
      .replace(BLOCK_END, "\n")
      .replace(/<[^>]*>/g, ""),
  )
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

export function readHtmlArticle(html: string): HtmlArticle {
  const jsonLd = [...html.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi)].map(
    (m) => m[1]!,
  );
  const meta: [string, string][] = [];
  let canonical: string | null = null;
  for (const [tag] of html.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (tag.toLowerCase().startsWith("<link")) {
      if (attrs.get("rel")?.toLowerCase() === "canonical") canonical = attrs.get("href") ?? null;
      continue;
    }
    const name = attrs.get("name") ?? attrs.get("property") ?? attrs.get("itemprop");
    const content = attrs.get("content");
    if (name && content !== undefined) {
      meta.push([name, content]);
      if (name === "og:url" && !canonical) canonical = content;
    }
  }
  const article = /<article\b[\s\S]*<\/article\s*>/i.exec(html)?.[0];
  const body = article ?? /<body\b[\s\S]*<\/body\s*>/i.exec(html)?.[0] ?? html;
  const datelines = [...body.matchAll(/<time\b[^>]*>([\s\S]*?)<\/time\s*>/gi)].map(
    (m) => attributes(m[0]).get("datetime") ?? textOf(m[1]!),
  );
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(body)?.[1];
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  return {
    text: textOf(body),
    title: textOf(heading ?? titleTag ?? ""),
    canonical: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
    clues: { jsonLd, meta, datelines },
  };
}

/**
 * A saved page as an event source: its canonical address (else the file's), headline, site, and its
 * own publication date, or `fallback` when the page gives none.
 */
export function htmlSource(html: string, fileUrl: string, fallback: string | null): { text: string; source: Source } {
  const article = readHtmlArticle(html);
  const url = article.canonical ?? fileUrl;
  const published = publicationOf({ ...article.clues, url }).date ?? fallback;
  const title = article.title || decodeURIComponent(fileUrl.split("/").pop() ?? "");
  const site = article.canonical ? new URL(article.canonical).hostname : "";
  return { text: article.text, source: { url, title, site, published } };
}
