/**
 * Finds the article's own text (headline, standfirst, body, captions) and leaves out what is not the
 * article: menus, tickers, related links, comments, forms, code and anything editable.
 */

import { arabicShare, countLetters } from "./arabic-share.ts";
import type { Slicer } from "./slicer.ts";
import { TextMap, type TextSegment } from "./text-map.ts";

const SKIPPED_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON", "CODE", "PRE",
  "KBD", "SAMP", "VAR", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO", "NAV", "ASIDE", "FOOTER",
  "FORM", "DIALOG", "MENU", "MARQUEE",
]); // prettier-ignore

const SKIPPED_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "search", "form", "marquee", "menu", "menubar", "dialog"]); // prettier-ignore

/** Class or id words that name page furniture rather than the story. */
const FURNITURE =
  /(^|[-_\s])(nav|navbar|menu|ticker|breaking|marquee|related|recommended|comments?|share|sharing|social|breadcrumbs?|newsletter|subscribe|advert|ads?|promo|sidebar|footer|tags|most-read|popular|trending|read-more|more-news)([-_\s]|$)/i;

const BLOCK_TAGS = new Set([
  "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DD", "DT", "FIGURE", "FIGCAPTION",
  "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "MAIN", "TABLE", "TR", "TD", "TH", "CAPTION", "BR", "HR", "ADDRESS",
  "DETAILS", "SUMMARY",
]); // prettier-ignore

function isFurniture(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  const role = element.getAttribute("role");
  if (role && SKIPPED_ROLES.has(role)) return true;
  const names = `${element.id} ${typeof element.className === "string" ? element.className : ""}`;
  if (names.trim() && FURNITURE.test(names)) return true;
  // A site header is furniture; an article's own header (with its headline) is not.
  if (element.tagName === "HEADER" && !element.querySelector("h1, h2")) return true;
  return isLinkList(element);
}

/** Lists whose text is mostly links: related stories, tag clouds, menus without a nav element. */
function isLinkList(element: Element): boolean {
  if (element.tagName !== "UL" && element.tagName !== "OL") return false;
  const total = (element.textContent ?? "").trim().length;
  if (total === 0) return false;
  let linked = 0;
  for (const link of element.querySelectorAll("a")) linked += (link.textContent ?? "").trim().length;
  return linked / total >= 0.5;
}

/** Enough letters to tell the story's container from the rest; counting on would only cost time on huge pages. */
const ENOUGH_LETTERS = 30000;

function arabicLetters(element: Element): number {
  let letters = 0;
  for (const p of element.querySelectorAll("p")) {
    if (!p.closest("nav, aside, footer, form")) letters += countLetters(p.textContent ?? "").arabic;
    if (letters > ENOUGH_LETTERS) break;
  }
  return letters;
}

/** The smallest article-like container holding nearly all of the page's Arabic paragraph text. */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body;
  const candidates = [...doc.querySelectorAll('article, main, [role="main"], [itemprop~="articleBody"]')].filter(
    (element) => !(element.matches('[itemprop~="articleBody"]') && element.closest("article")),
  );
  const scored = candidates.map((element) => ({ element, score: arabicLetters(element) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best > 0) {
    const enough = scored.filter((s) => s.score >= best * 0.85);
    enough.sort((a, b) => (a.element.contains(b.element) ? 1 : b.element.contains(a.element) ? -1 : 0));
    return enough[0]!.element;
  }
  // No semantic container: the parent holding the most paragraph text.
  const byParent = new Map<Element, number>();
  for (const p of doc.querySelectorAll("p")) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + countLetters(p.textContent ?? "").arabic);
  }
  let root: Element = body;
  let most = 0;
  for (const [parent, letters] of byParent) {
    if (letters > most) [root, most] = [parent, letters];
  }
  return root;
}

/** The headline, when the article container does not hold it. */
function headlineOutside(doc: Document, root: Element): Element | null {
  const h1 = doc.querySelector("h1");
  if (!h1 || root.contains(h1) || h1.closest("nav, aside, footer, form")) return null;
  return arabicShare(countLetters(h1.textContent ?? "")) >= 0.5 ? h1 : null;
}

function blockOf(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && !BLOCK_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element ?? root;
}

export interface ArticleText {
  readonly map: TextMap;
  /** The elements read, in document order: the article container, and the headline when it is outside. */
  readonly roots: readonly Element[];
}

/** Reads the article's text nodes, a slice at a time, into one string with a line break between blocks. */
export async function extractArticle(
  doc: Document,
  slicer: Slicer,
  isOwnNode: (node: Node) => boolean,
): Promise<ArticleText> {
  const root = findArticleRoot(doc);
  const roots = [headlineOutside(doc, root), root].filter((r): r is Element => r !== null);
  roots.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  for (const current of roots) {
    if (length > 0) {
      parts.push("\n\n");
      length += 2;
    }
    const walker = doc.createTreeWalker(current, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
        return isOwnNode(node) || isFurniture(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
    let previousBlock: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (slicer.due()) await slicer.pause();
      const text = node as Text;
      const block = blockOf(text, current);
      if (previousBlock && block !== previousBlock) {
        parts.push("\n");
        length += 1;
      }
      previousBlock = block;
      segments.push({ node: text, start: length, length: text.data.length });
      parts.push(text.data);
      length += text.data.length;
    }
  }
  return { map: new TextMap(parts.join(""), segments), roots };
}
