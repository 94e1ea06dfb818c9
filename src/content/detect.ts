/**
 * Is this page an Arabic news article? First the language of its Arabic-script text (language.ts), then
 * the signals Readability and news readers use: the share of Arabic letters in the paragraphs,
 * Readability's isProbablyReaderable, schema.org / Open Graph article metadata, the document's lang and
 * dir, and the main text block (main-block.ts): enough text of its own, and not a list of headlines.
 */

import isProbablyReaderable from "@mozilla/readability/Readability-readerable.js";
import { arabicShare, countLetters } from "./arabic-share.ts";
import { pageLanguage, type ScriptLanguage } from "./language.ts";
import { findMainBlock, type MainBlock } from "./main-block.ts";

export interface Detection {
  readonly article: boolean;
  /** The language of the page's Arabic-script text; only "ar" pages are read. */
  readonly language: ScriptLanguage;
  /** The story's text block, found on Arabic pages only. */
  readonly block: MainBlock | null;
  /** An Arabic page whose main block has too little text of its own yet (an app shell, a late body). */
  readonly waitingForText: boolean;
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
  // A video page's short text is its story too.
  if (ogType === "article" || ogType?.startsWith("video.")) return true;
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

/** Story text a page needs before it counts as an article (a video page's short text has more). */
const MIN_STORY_TEXT = 200;
/** Story text that makes a page an article by itself, where Readability's check sees no paragraphs (<td>, <font>). */
const ARTICLE_TEXT = 400;

/**
 * Home pages, section fronts and search results: the main block is other stories' headline links, each
 * with its summary, and the summaries make half its text blocks and half its text. An article's "read
 * also" lines, or a few teasers after a short story, do not.
 */
function isListOfStories(block: MainBlock): boolean {
  return block.teasers >= 3 && block.teasers * 2 >= block.textBlocks && block.teaserText * 2 >= block.textLength;
}

export function detectArticle(doc: Document): Detection {
  const { language } = pageLanguage(doc);
  const share = paragraphShare(doc);
  const html = doc.documentElement;
  const arabicLanguage = html.lang.toLowerCase().startsWith("ar") || html.dir.toLowerCase() === "rtl";
  const articleMetadata = hasArticleMetadata(doc);
  const arabic = language === "ar" && share >= 0.5;
  const readerable = arabic && isProbablyReaderable(doc, { minContentLength: 120, minScore: 20 });
  const block = arabic ? findMainBlock(doc) : null;
  const storyText = block !== null && block.textLength >= MIN_STORY_TEXT;
  // Metadata alone does not make a page an article (home pages often say og:type=article);
  // readable paragraphs alone do (many sites have no metadata), and so does a main block of story text.
  const article =
    arabic &&
    storyText &&
    !isListOfStories(block) &&
    (readerable || block.textLength >= ARTICLE_TEXT || (articleMetadata && arabicLanguage && share >= 0.7));
  const waitingForText = language === "ar" && !storyText;
  return { article, language, block, waitingForText, arabicShare: share, readerable, articleMetadata, arabicLanguage };
}
