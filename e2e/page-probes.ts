/** Functions evaluated inside test pages: they read back what Marsad painted, without touching it. */

export interface PaintedMark {
  readonly highlight: string;
  readonly text: string;
  /** Whether the mark lies inside the page's <article>. */
  readonly inArticle: boolean;
  readonly rect: { x: number; y: number; width: number; height: number } | null;
}

/** Every range in CSS.highlights whose name starts with marsad-. */
export function readMarks(): PaintedMark[] {
  const marks: PaintedMark[] = [];
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith("marsad-") || name === "marsad-focus") continue;
    for (const range of highlight) {
      const container = range.commonAncestorContainer;
      const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
      const rect = range.getClientRects()[0];
      marks.push({
        highlight: name,
        text: range.toString(),
        inArticle: !!element?.closest("article"),
        rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      });
    }
  }
  return marks;
}

export function focusHighlightText(): string | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const focus = registry.get("marsad-focus");
  return focus ? [...focus].map((r) => r.toString()).join(" ") : null;
}

export interface CardReading {
  readonly text: string;
  readonly rect: { x: number; y: number; width: number; height: number };
  readonly dir: string;
}

export function readCard(): CardReading | null {
  const host = document.querySelector("marsad-card");
  const card = host?.shadowRoot?.querySelector(".card");
  if (!card) return null;
  const rect = card.getBoundingClientRect();
  return {
    text: card.textContent ?? "",
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    dir: card.getAttribute("dir") ?? "",
  };
}

/** Scrolls the mark with this text into view and returns its centre, for the pointer. */
export function pointAtMark(text: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith("marsad-")) continue;
    for (const range of highlight) {
      if (range.toString() !== text) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "instant" });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
  }
  return null;
}

/** Recorded by a script that runs before the page's own, at DOMContentLoaded: the page as the site made it. */
export const SNAPSHOT_SCRIPT = `document.addEventListener("DOMContentLoaded", () => {
  window.__marsadTestSnapshot = { html: document.body.outerHTML, text: document.body.textContent };
});`;

export function domSnapshotNow(): {
  before: { html: string; text: string } | undefined;
  html: string;
  text: string;
  rootChildren: string[];
  textarea: string | null;
} {
  const win = window as unknown as { __marsadTestSnapshot?: { html: string; text: string } };
  return {
    before: win.__marsadTestSnapshot,
    html: document.body.outerHTML,
    text: document.body.textContent ?? "",
    rootChildren: [...document.documentElement.children].map((c) => c.tagName),
    textarea: (document.querySelector("textarea") as HTMLTextAreaElement | null)?.value ?? null,
  };
}
