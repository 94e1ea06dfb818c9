/**
 * The publication clues of a live page: JSON-LD, meta tags, the URL, and dates inside the article
 * (its <time> elements and short date lines). The site header's "today" is outside the article and
 * never read, so it cannot pass for the publication date.
 */

import { publicationOf, type Publication } from "../events/published.ts";

const DATE_WORDS = /(^|[-_\s])(date|time|published|publish|dateline|byline|timestamp|meta)([-_\s]|$)/i;
/** A date line is short; a paragraph that happens to hold a date is the story, not its dateline. */
const MAX_DATELINE = 80;
/** The first few are enough: publicationOf takes the first that holds a date. */
const MAX_DATELINES = 20;

function datelinesIn(containers: readonly Element[]): string[] {
  const lines: string[] = [];
  for (const container of containers) {
    for (const element of container.querySelectorAll("time, [itemprop='datePublished'], [class], [id]")) {
      const attribute = element.getAttribute("datetime") ?? element.getAttribute("content");
      if (attribute && (element.tagName === "TIME" || element.getAttribute("itemprop") === "datePublished")) {
        lines.push(attribute);
        continue;
      }
      const names = `${element.id} ${typeof element.className === "string" ? element.className : ""}`;
      if (element.tagName !== "TIME" && !DATE_WORDS.test(names)) continue;
      // Only named date elements are read: the text of every wrapper on a long page would cost a lot.
      const text = (element.textContent ?? "").trim();
      if (text && text.length <= MAX_DATELINE) lines.push(text);
      if (lines.length >= MAX_DATELINES) return lines;
    }
  }
  return lines;
}

export function publicationOfPage(doc: Document, articleRoots: readonly Element[]): Publication {
  const containers = [...new Set(articleRoots.map((root) => root.closest("article") ?? root))];
  const meta: [string, string][] = [];
  for (const tag of doc.querySelectorAll("meta[content]")) {
    const name = tag.getAttribute("name") ?? tag.getAttribute("property") ?? tag.getAttribute("itemprop");
    if (name) meta.push([name, tag.getAttribute("content")!]);
  }
  return publicationOf({
    jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""),
    meta,
    url: doc.location?.href ?? "",
    datelines: datelinesIn(containers),
  });
}
