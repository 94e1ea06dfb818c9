/**
 * Paints marks with the CSS Custom Highlight API: ranges registered in CSS.highlights and styled by
 * ::highlight() rules from marks.css. Not one node is added to the page and its text is untouched.
 */

import type { Category, Colour, Settings } from "../shared/settings.ts";
import type { Slicer } from "./slicer.ts";

export interface Mark {
  readonly range: Range;
  readonly category: Category;
  readonly entity: string;
  /** Index of the mention on the page, in reading order. */
  readonly index: number;
}

export const FOCUS_HIGHLIGHT = "marsad-focus";
const FLASH_MS = 1600;

export function highlightName(category: Category, colour: Colour): string {
  return `marsad-${category}-${colour}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export class Painter {
  private names = new Set<string>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces every mark of the page by these, a slice at a time. */
  async paint(marks: readonly Mark[], settings: Settings, slicer: Slicer): Promise<void> {
    if (!highlightsSupported()) return;
    const fresh = new Map<string, Range[]>();
    for (const mark of marks) {
      if (!settings.categories[mark.category]) continue;
      const name = highlightName(mark.category, settings.colours[mark.category]);
      let ranges = fresh.get(name);
      if (!ranges) fresh.set(name, (ranges = []));
      ranges.push(mark.range);
    }
    this.clear();
    for (const [name, ranges] of fresh) {
      const highlight = new Highlight();
      CSS.highlights.set(name, highlight);
      this.names.add(name);
      for (const range of ranges) {
        highlight.add(range);
        if (slicer.due()) await slicer.pause();
      }
    }
  }

  /** Briefly paints one mark more strongly, to show where a jump landed. */
  flash(range: Range): void {
    if (!highlightsSupported()) return;
    clearTimeout(this.flashTimer);
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), FLASH_MS);
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }
}
