/**
 * Reads the article's own text (headline, standfirst, body, captions) from its main block (main-block.ts)
 * and leaves out what is not the story, inside the block too (furniture.ts). The page is only read.
 */

import { arabicShare, countLetters } from "./arabic-share.ts";
import { isFurniture } from "./furniture.ts";
import { blockOf, findMainBlock, type MainBlock } from "./main-block.ts";
import type { Slicer } from "./slicer.ts";
import { TextMap, type TextSegment } from "./text-map.ts";

/** The headline, when the story's block does not hold it and it is Arabic. */
function headlineOutside(root: Element, headline: Element | null): Element | null {
  if (!headline || root.contains(headline)) return null;
  return arabicShare(countLetters(headline.textContent ?? "")) >= 0.5 ? headline : null;
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
  found: MainBlock | null = findMainBlock(doc),
): Promise<ArticleText> {
  const root = found?.root ?? doc.body;
  const headline = found?.headline ?? null;
  const keep = [headline, found?.body].filter((e): e is Element => !!e);
  const roots = [headlineOutside(root, headline), root].filter((r): r is Element => r !== null);
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
        if (node.nodeType === Node.TEXT_NODE || node.nodeName === "BR") return NodeFilter.FILTER_ACCEPT;
        return isOwnNode(node) || isFurniture(node as Element, keep)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP;
      },
    });
    let previousBlock: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (slicer.due()) await slicer.pause();
      if (node.nodeName === "BR") {
        // Lines of a <div> body end at their <br>: a name never runs from one line into the next.
        previousBlock = null;
        parts.push("\n");
        length += 1;
        continue;
      }
      const text = node as Text;
      const paragraph = blockOf(text, current);
      if (previousBlock && paragraph !== previousBlock) {
        parts.push("\n");
        length += 1;
      }
      previousBlock = paragraph;
      segments.push({ node: text, start: length, length: text.data.length });
      parts.push(text.data);
      length += text.data.length;
    }
  }
  return { map: new TextMap(parts.join(""), segments), roots };
}
