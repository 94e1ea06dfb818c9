/**
 * The first test every page gets, in the small script injected everywhere: could this page be Arabic?
 * It reads at most a few thousand characters, so other pages pay almost nothing.
 */

import { arabicShare, countLetters } from "./arabic-share.ts";

const SAMPLE_CHARACTERS = 6000;
const SKIPPED_PARENTS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);

export function mightBeArabic(doc: Document): boolean {
  if (doc.contentType !== "text/html" || !doc.body) return false;
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang.startsWith("ar")) return true;
  const counts = countLetters(doc.title);
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let read = 0;
  for (let node = walker.nextNode(); node && read < SAMPLE_CHARACTERS; node = walker.nextNode()) {
    if (SKIPPED_PARENTS.has(node.parentElement?.tagName ?? "")) continue;
    const text = (node as Text).data;
    countLetters(text.length > SAMPLE_CHARACTERS ? text.slice(0, SAMPLE_CHARACTERS) : text, counts);
    read += text.length;
  }
  return counts.arabic >= 40 && arabicShare(counts) >= 0.3;
}
