/**
 * Is this page an Arabic news article? Four signals, as Readability and news readers use them: the
 * share of Arabic letters in the paragraphs, Readability's isProbablyReaderable, schema.org / Open Graph
 * article metadata, and the document's lang and dir.
 */

import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { arabicShare, countLetters } from "./arabic-share.ts";

export interface Detection {
  readonly article: boolean;
  /** Share of Arabic letters among the letters of the page's paragraphs, 0..1. */
  readonly arabicShare: number;
  readonly readerable: boolean;
  readonly articleMetadata: boolean;
  readonly arabicLanguage: boolean;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;
const PARAGRAPH_SAMPLE = 20000;

function jsonLdTypes(value: unknown, into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) jsonLdTypes(item, into);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const type = record["@type"];
    if (typeof type === "string") into.push(type);
    else if (Array.isArray(type)) into.push(...type.filter((t): t is string => typeof t === "string"));
    if (record["@graph"]) jsonLdTypes(record["@graph"], into);
  }
}

export function hasArticleMetadata(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute("content")?.trim().toLowerCase();
  if (ogType === "article") return true;
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      jsonLdTypes(JSON.parse(script.textContent ?? ""), types);
    } catch {
      // A site's broken JSON-LD is its own business; the other signals decide.
    }
  }
  if (types.some((t) => ARTICLE_TYPES.test(t))) return true;
  return doc.querySelector('[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"]') !== null;
}

function paragraphShare(doc: Document): number {
  const counts = { arabic: 0, other: 0 };
  let read = 0;
  for (const p of doc.querySelectorAll("p")) {
    const text = p.textContent ?? "";
    countLetters(text, counts);
    read += text.length;
    if (read > PARAGRAPH_SAMPLE) break;
  }
  if (read === 0) countLetters((doc.body?.textContent ?? "").slice(0, PARAGRAPH_SAMPLE), counts);
  return arabicShare(counts);
}

export function detectArticle(doc: Document): Detection {
  const share = paragraphShare(doc);
  const html = doc.documentElement;
  const arabicLanguage = html.lang.toLowerCase().startsWith("ar") || html.dir.toLowerCase() === "rtl";
  const articleMetadata = hasArticleMetadata(doc);
  const readerable = share >= 0.5 && isProbablyReaderable(doc, { minContentLength: 120, minScore: 20 });
  // Metadata alone does not make a page an article (home pages often say og:type=article);
  // readable paragraphs alone do (many sites have no metadata).
  const article = share >= 0.5 && (readerable || (articleMetadata && arabicLanguage && share >= 0.7));
  return { article, arabicShare: share, readerable, articleMetadata, arabicLanguage };
}
