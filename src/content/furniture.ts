/**
 * What on a news page is not the story, inside or outside the article's container: menus, tickers,
 * share bars, bylines, ads, promos, related stories, "read also" lines, tag chips, comment forms and
 * policies, code and anything editable. Tag, role and the names a site gives its blocks come first;
 * where those names are generated (css-1x2y3z), the block's own text tells: mostly links, or a short
 * block opening with the words sites put on such blocks.
 */

const SKIPPED_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON", "CODE", "PRE",
  "KBD", "SAMP", "VAR", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO", "NAV", "ASIDE", "FOOTER",
  "FORM", "DIALOG", "MENU", "MARQUEE", "AMP-AD", "AMP-EMBED", "AMP-STICKY-AD", "AMP-SOCIAL-SHARE", "AMP-SIDEBAR",
  "AMP-LIST", "AMP-NEXT-PAGE", "AMP-IFRAME", "AMP-ANALYTICS",
]); // prettier-ignore

const SKIPPED_ROLES = new Set(["navigation", "complementary", "banner", "contentinfo", "search", "form", "marquee", "menu", "menubar", "dialog"]); // prettier-ignore

/** Words in a block's class, id or test/component name that name page furniture rather than the story. */
const FURNITURE =
  /(^|[-_\s])(nav|navbar|menu|ticker|breaking|marquee|related|recommended|recommendations|suggested|comments?|share|sharing|social|breadcrumbs?|newsletter|subscribe|advert|advertisement|ads?|ad-slot|promo|podcast-promo|sidebar|footer|tags|keywords|most-read|popular|trending|read-more|read-also|more-news|more-stories|byline|author|policy|outbrain|taboola|playlist|twitter-tweet|instagram-media)([-_\s]|$)/i;

/** How sites open the blocks that are not the story: "read also", "advertisement", "by", "related news". */
const FURNITURE_OPENERS =
  /^\s*(اقرأ أيض|إقرأ أيض|اقرأ المزيد|طالع أيض|شاهد أيض|للمزيد|المزيد من|إعلان\s*([:|-]|$)|بقلم|شارك (هذا|المقال|الخبر|القصة)|تابعونا|تابعنا|سياسة التعليقات|قواعد التعليق|ذات صلة|أخبار ذات صلة|مواضيع ذات صلة|قصص مقترحة|قصص ذات صلة|الأكثر قراءة|read (also|more)|advertisement|related|by\s)/i;

const SHORT_BLOCK = 300;
/** A teaser card: another story's headline as a link (to another page) in a heading, and a summary. */
const TEASER_CARD = 400;
const HEADLINE_LINK = ["h2", "h3", "h4", "h5"]
  .flatMap((h) => [`${h} a[href]:not([href^="#"])`, `a[href]:not([href^="#"]) ${h}`])
  .join(", ");
const TEXT_BLOCKS = new Set(["P", "DIV", "SECTION", "ARTICLE", "LI", "UL", "OL", "H2", "H3", "H4", "H5", "H6", "TABLE", "TD", "DL", "SPAN"]); // prettier-ignore
const CARD_TAGS = new Set(["DIV", "LI", "SECTION", "ARTICLE"]);
const HEADINGS = new Set(["H2", "H3", "H4", "H5", "H6"]);

const NAMING_ATTRIBUTES = ["data-testid", "data-component", "data-e2e", "data-type", "aria-label", "aria-labelledby"];

/** The names a site gives an element, camelCase split ("relatedNews" reads as "related-News"). */
function namesOf(element: Element): string {
  const attributes = NAMING_ATTRIBUTES.map((name) => element.getAttribute(name) ?? "").join(" ");
  const names = `${element.id} ${typeof element.className === "string" ? element.className : ""} ${attributes}`;
  return names.replace(/([a-z])([A-Z])/g, "$1-$2");
}

/** Furniture by what the site says the element is: its tag, role, state and names. Cheap: no text is read. */
export function isNamedFurniture(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  // The editing host is enough: its subtree is left out with it (isContentEditable would compute style).
  const editable = element.getAttribute("contenteditable");
  if (editable !== null && editable !== "false") return true;
  const role = element.getAttribute("role");
  if (role && SKIPPED_ROLES.has(role)) return true;
  const names = namesOf(element);
  if (names.trim() && FURNITURE.test(names)) return true;
  // A site header is furniture; an article's own header (with its headline) is not.
  return element.tagName === "HEADER" && !element.querySelector("h1, h2");
}

/** Text of its own that no list of links has: a paragraph's worth. */
const OWN_TEXT = 200;

/** Mostly link text, and not a paragraph's worth besides (a short story above a long related list is kept). */
function isLinkDense(element: Element): boolean {
  const links = element.getElementsByTagName("a");
  if (links.length === 0) return false;
  const total = (element.textContent ?? "").replace(/\s+/g, "").length;
  let linked = 0;
  for (const link of links) linked += (link.textContent ?? "").replace(/\s+/g, "").length;
  return total > 0 && linked / total >= 0.5 && total - linked < OWN_TEXT;
}

/**
 * Furniture by its text: a block that is mostly links (related stories, tag chips, lists of headlines),
 * a teaser card (another story's headline link in a heading, and its summary), a short block opening
 * like a "read also" line, an ad label, a byline or a comment policy, or a section titled like
 * "related stories". `keep` are the headline and the container of the story's paragraphs: never
 * furniture, nor their ancestors, whatever else they hold.
 */
export function isTextFurniture(element: Element, keep: readonly Element[]): boolean {
  if (!TEXT_BLOCKS.has(element.tagName.toUpperCase())) return false;
  if (keep.some((kept) => element.contains(kept))) return false;
  if (isLinkDense(element)) return true;
  const first = element.firstElementChild;
  if (first && HEADINGS.has(first.tagName) && FURNITURE_OPENERS.test(first.textContent ?? "")) return true;
  if (element.tagName === "SPAN") return false;
  const text = element.textContent ?? "";
  if (text.length < TEASER_CARD && CARD_TAGS.has(element.tagName) && element.querySelector(HEADLINE_LINK)) return true;
  return text.length < SHORT_BLOCK && FURNITURE_OPENERS.test(text);
}

export function isFurniture(element: Element, keep: readonly Element[]): boolean {
  return isNamedFurniture(element) || isTextFurniture(element, keep);
}
