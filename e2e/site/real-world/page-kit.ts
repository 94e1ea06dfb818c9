/**
 * What every real-world fixture page is: the markup of one structure news sites use (written here, not
 * copied), and what Marsad must and must not mark on it. Names are ones the knowledge base knows, so that
 * a wrong mark or a missing one is the page reading's fault, not the tagger's.
 */

import { escapeHtml } from "../news-pages.ts";

export type Expectation = "article" | "not-article" | "other-language" | "not-arabic";

export interface RealWorldPage {
  /** Served at /real-world/<slug>.html. */
  readonly slug: string;
  /** The structure the page reproduces, in a line. */
  readonly structure: string;
  readonly html: string;
  /** What Marsad decides: an Arabic article, an Arabic page that is no article, another language. */
  readonly expect: Expectation;
  /** The page's language when Marsad leaves it for being another language (BCP 47). */
  readonly language?: string;
  /** Every distinct mark the page must show, as "official:text" or "place:text"; nothing else may be marked. */
  readonly marked: readonly string[];
  /** Names on the page that must stay unmarked: related links, promos, other stories, other languages. */
  readonly notMarked: readonly string[];
  /** What a reader does before the marks are read: scroll to the end, or wait for a body that comes late. */
  readonly action?: { readonly kind: "scroll-to-end" | "wait"; readonly until: string };
}

export const e = escapeHtml;

interface DocumentOptions {
  readonly title: string;
  readonly body: string;
  readonly lang?: string;
  readonly dir?: string;
  readonly head?: string;
  /** Extra attributes of <html>, such as AMP's ⚡. */
  readonly htmlAttributes?: string;
}

export function htmlDocument({
  title,
  body,
  lang = "ar",
  dir = "rtl",
  head = "",
  htmlAttributes = "",
}: DocumentOptions): string {
  const langAttribute = lang ? ` lang="${lang}"` : "";
  return `<!doctype html>
<html${htmlAttributes}${langAttribute} dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<link rel="stylesheet" href="/site.css">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Open Graph and JSON-LD as news sites put them in <head>. */
export function articleMetadata(headline: string, type = "NewsArticle"): string {
  const jsonLd = JSON.stringify({ "@context": "https://schema.org", "@type": type, headline }).replace(/</g, "\\u003c");
  return `<meta property="og:type" content="article">
<meta property="og:title" content="${e(headline)}">
<script type="application/ld+json">${jsonLd}</script>`;
}

export const paragraphs = (texts: readonly string[], attributes = "") =>
  texts.map((text) => `<p${attributes}>${e(text)}</p>`).join("\n");

/** A list of links to other stories, as the blocks beside and inside articles hold them. */
export const storyLinks = (headlines: readonly string[], attributes = "") =>
  `<ul${attributes}>${headlines.map((h, i) => `<li><a href="/story/${i + 1}">${e(h)}</a></li>`).join("")}</ul>`;

/** A site header with a menu, as most pages have. */
export const siteMenu = (items: readonly string[]) =>
  `<header class="site-header"><a class="logo" href="/">${e(items[0] ?? "")}</a><nav><ul>${items
    .slice(1)
    .map((item) => `<li><a href="/">${e(item)}</a></li>`)
    .join("")}</ul></nav></header>`;
