/**
 * Finds the article's main text block by its structure, as reader modes do: every block's own text
 * (a <p>, a <div> of <br>-separated lines, a caption) scores for its parent in full and for the two
 * ancestors above in part; link text does not score and weighs a container down. The best container,
 * widened while its ancestors add only a little text (headline, standfirst, captions), is the story.
 * The headline is the element the page's metadata names (og:title, JSON-LD), or its first <h1>; when it
 * sits in an <article> that holds text of its own, the best container is taken there (a feed that
 * appends the next story, perhaps a longer one).
 */

import { isNamedFurniture } from "./furniture.ts";

export const BLOCK_TAGS = new Set([
  "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DD", "DT", "FIGURE", "FIGCAPTION",
  "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "MAIN", "TABLE", "TR", "TD", "TH", "CAPTION", "BR", "HR", "ADDRESS",
  "DETAILS", "SUMMARY",
]); // prettier-ignore

/** A block's own text below this many characters is a label, not text. */
const MIN_BLOCK_TEXT = 25;
/** A heading link of this many words reads as a headline of another story. */
const STORY_LINK_WORDS = 3;
/** Text after such a link, before the next one, that makes it a teaser (a headline and its summary). */
const TEASER_TEXT = 40;
/** Text enough to tell the story's block from the rest; reading on would only cost time on huge pages. */
const ENOUGH_TEXT = 30000;
/** Widening stops when an ancestor adds more text than this (plus a quarter of what the block holds). */
const WIDEN_SLACK = 400;

export interface MainBlock {
  /** The element holding the story's text. */
  readonly root: Element;
  /** The container of the story's paragraphs, inside root (the best-scored one). */
  readonly body: Element;
  readonly headline: Element | null;
  /** Characters of text outside links in the root's text blocks. */
  readonly textLength: number;
  /** Characters of link text there. */
  readonly linkLength: number;
  /** Links in the root that read like headlines of other stories, followed by a summary of it. */
  readonly teasers: number;
  /** Characters of those summaries. */
  readonly teaserText: number;
  /** Blocks in the root with text of their own. */
  readonly textBlocks: number;
}

/** The nearest block-level element holding a node (the node's paragraph, or the container of its <br> lines). */
export function blockOf(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && !BLOCK_TAGS.has(element.tagName.toUpperCase())) element = element.parentElement;
  return element ?? root;
}

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

function metadataHeadlines(doc: Document): string[] {
  const found: string[] = [];
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
    const content = doc.querySelector(selector)?.getAttribute("content");
    if (content) found.push(content);
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"headline"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(script.textContent ?? "");
    if (match) found.push(match[1]!.replace(/\\(.)/g, "$1"));
  }
  if (doc.title) found.push(doc.title);
  return found.map(squeeze).filter((text) => text.length >= 10);
}

function inFurniture(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isNamedFurniture(e)) return true;
  return false;
}

/** The story's headline: the element whose text the metadata gives as headline, else the first <h1>. */
export function findHeadline(doc: Document): Element | null {
  const wanted = metadataHeadlines(doc);
  const candidates = doc.querySelectorAll(
    'h1, [itemprop~="headline"], [class*="title" i], [class*="headline" i], h2, b, strong',
  );
  let checked = 0;
  for (const candidate of candidates) {
    if (++checked > 300) break;
    const text = squeeze(candidate.textContent ?? "");
    if (text.length < 10 || !wanted.some((w) => w.includes(text) && text.length * 2 >= w.length)) continue;
    if (inFurniture(candidate)) continue;
    // The innermost element with that text: the <span>, not the <div> around it.
    let inner = candidate;
    for (let child = inner.firstElementChild; child; child = inner.firstElementChild) {
      if (inner.childElementCount !== 1 || squeeze(child.textContent ?? "") !== text) break;
      inner = child;
    }
    return inner;
  }
  return [...doc.querySelectorAll("h1")].find((h1) => !inFurniture(h1)) ?? null;
}

interface Tally {
  text: number;
  links: number;
}

const HEADINGS = "h2, h3, h4, h5, h6";

/** A link in a heading (or around one) of a few words: how pages list other stories. */
function isHeadlineLink(link: Element): boolean {
  if (!link.closest(HEADINGS) && !link.querySelector(HEADINGS)) return false;
  return squeeze(link.textContent ?? "").split(" ").length >= STORY_LINK_WORDS;
}

/** A link that reads like another story's headline, and the text after it up to the next such link. */
interface StoryLink {
  readonly link: Element;
  textAfter: number;
}

/** Own text of every block under scope (furniture by name left out), and the story links in order. */
function tallyBlocks(doc: Document, scope: Element): { blocks: Map<Element, Tally>; storyLinks: StoryLink[] } {
  const blocks = new Map<Element, Tally>();
  const storyLinks: StoryLink[] = [];
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isNamedFurniture(element)) return NodeFilter.FILTER_REJECT;
      if (element.tagName === "A" && isHeadlineLink(element)) storyLinks.push({ link: element, textAfter: 0 });
      return NodeFilter.FILTER_SKIP;
    },
  });
  let read = 0;
  for (let node = walker.nextNode(); node && read < ENOUGH_TEXT; node = walker.nextNode()) {
    const { data } = node as Text;
    if (!/\S/.test(data)) continue;
    const length = data.length;
    read += length;
    const block = blockOf(node, scope);
    let tally = blocks.get(block);
    if (!tally) blocks.set(block, (tally = { text: 0, links: 0 }));
    if (node.parentElement?.closest("a")) tally.links += length;
    else {
      tally.text += length;
      const last = storyLinks[storyLinks.length - 1];
      if (last) last.textAfter += length;
    }
  }
  return { blocks, storyLinks };
}

/** Scores of containers: their blocks' own text, in full for a parent and in part for the two above. */
function scoreContainers(blocks: Map<Element, Tally>, scope: Element) {
  const score = new Map<Element, number>();
  const held = new Map<Element, Tally>();
  for (const [block, tally] of blocks) {
    let level = 0;
    for (let e: Element | null = block; e; e = e === scope ? null : e.parentElement) {
      const total = held.get(e) ?? { text: 0, links: 0 };
      total.text += tally.text;
      total.links += tally.links;
      held.set(e, total);
      if (tally.text >= MIN_BLOCK_TEXT && level >= 1 && level <= 3)
        score.set(e, (score.get(e) ?? 0) + tally.text / level);
      level++;
    }
  }
  const weighed = new Map<Element, number>();
  for (const [element, raw] of score) {
    const { text, links } = held.get(element)!;
    weighed.set(element, raw * (1 - links / (text + links)));
  }
  return { weighed, held };
}

function best(weighed: Map<Element, number>, within: Element | null): [Element | null, number] {
  let top: Element | null = null;
  let most = 0;
  for (const [element, value] of weighed) {
    if (value > most && (!within || within.contains(element))) [top, most] = [element, value];
  }
  return [top, most];
}

/** Blocks of text in an element, headings aside. */
function paragraphsIn(blocks: Map<Element, Tally>, element: Element): number {
  let count = 0;
  for (const [block, tally] of blocks) {
    if (tally.text >= MIN_BLOCK_TEXT && !/^H[1-6]$/.test(block.tagName) && element.contains(block)) count++;
  }
  return count;
}

/** A summary is this long at most: text after a headline link beyond it is not the link's summary. */
const SUMMARY_TEXT = 300;

export function findMainBlock(doc: Document): MainBlock | null {
  const scope = doc.body;
  if (!scope) return null;
  const headline = findHeadline(doc);
  const { blocks, storyLinks } = tallyBlocks(doc, scope);
  const { weighed, held } = scoreContainers(blocks, scope);
  const [first, most] = best(weighed, null);
  let top = first;
  // The headline's own <article> keeps the story when it holds paragraphs of its own: in a feed, the
  // next story may be longer. An <article> around the header alone (headline, standfirst) does not.
  const article = headline?.closest("article") ?? null;
  if (top && article && !article.contains(top) && paragraphsIn(blocks, article) >= 2) {
    const [inside, value] = best(weighed, article);
    if (inside && value >= 0.2 * most) top = inside;
  }
  if (!top) return null;
  let root = top;
  while (root !== scope && root.parentElement && !(headline && root.contains(headline))) {
    const parent = root.parentElement;
    const added = held.get(parent)!.text - held.get(root)!.text;
    if (added > WIDEN_SLACK + held.get(root)!.text / 4) break;
    root = parent;
  }
  const { text, links } = held.get(root)!;
  let textBlocks = 0;
  for (const [block, tally] of blocks) if (tally.text >= MIN_BLOCK_TEXT && root.contains(block)) textBlocks++;
  const teasers = storyLinks.filter((s) => s.textAfter >= TEASER_TEXT && root.contains(s.link));
  return {
    root,
    body: top,
    headline,
    textLength: text,
    linkLength: links,
    teasers: teasers.length,
    teaserText: teasers.reduce((sum, s) => sum + Math.min(s.textAfter, SUMMARY_TEXT), 0),
    textBlocks,
  };
}
