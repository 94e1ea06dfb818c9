/**
 * Paints marks with the CSS Custom Highlight API: ranges registered in CSS.highlights and styled by
 * ::highlight() rules from marks.css. Not one node is added to the page and its text is untouched.
 *
 * The browser re-validates every registered range whenever a highlight changes (about 8 µs a range in
 * Chromium's pre-paint), so a page with ten thousand marks would cost one 80 ms frame. Beyond
 * PAINT_ALL_UP_TO marks, only the marks within a screen and a half of the viewport are registered, and
 * that window follows scrolling.
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
const PAINT_ALL_UP_TO = 1500;
const WINDOW_SCREENS = 1.5;

export function highlightName(category: Category, colour: Colour): string {
  return `marsad-${category}-${colour}`;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

export class Painter {
  private names = new Set<string>();
  private marks: readonly Mark[] = [];
  private settings: Settings | null = null;
  private windowed = false;
  private painted: [number, number] = [0, 0];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces every mark of the page by these, a slice at a time. */
  async paint(marks: readonly Mark[], settings: Settings, slicer: Slicer): Promise<void> {
    if (!highlightsSupported()) return;
    this.marks = marks.filter((mark) => settings.categories[mark.category]);
    this.settings = settings;
    this.windowed = this.marks.length > PAINT_ALL_UP_TO;
    this.painted = [0, 0];
    if (this.windowed) this.register(this.visibleWindow());
    else await this.register([0, this.marks.length], slicer);
  }

  /** After a scroll or resize: on a very long page, paint the marks that came near the viewport. */
  viewportChanged(): void {
    if (!this.windowed) return;
    const [from, to] = this.visibleWindow();
    if (from !== this.painted[0] || to !== this.painted[1]) void this.register([from, to]);
  }

  private async register([from, to]: [number, number], slicer?: Slicer): Promise<void> {
    const fresh = new Map<string, Highlight>();
    for (let i = from; i < to; i++) {
      const mark = this.marks[i]!;
      const name = highlightName(mark.category, this.settings!.colours[mark.category]);
      let highlight = fresh.get(name);
      if (!highlight) fresh.set(name, (highlight = new Highlight()));
      highlight.add(mark.range);
      if (slicer?.due()) await slicer.pause();
    }
    this.clearMarks();
    for (const [name, highlight] of fresh) {
      CSS.highlights.set(name, highlight);
      this.names.add(name);
    }
    this.painted = [from, to];
  }

  /**
   * Marks are in reading order, which follows the page downwards: a binary search finds the first one
   * near the viewport, and the window runs on until the marks are well below it.
   */
  private visibleWindow(): [number, number] {
    const margin = innerHeight * WINDOW_SCREENS;
    let low = 0;
    let high = this.marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.marks[middle]!.range.getBoundingClientRect().bottom < -margin) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (
      end < this.marks.length &&
      end - low < PAINT_ALL_UP_TO &&
      this.marks[end]!.range.getBoundingClientRect().top <= innerHeight + margin
    ) {
      end++;
    }
    return [low, end];
  }

  /** Briefly paints one mark more strongly, to show where a jump landed. */
  flash(range: Range): void {
    if (!highlightsSupported()) return;
    clearTimeout(this.flashTimer);
    CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), FLASH_MS);
  }

  private clearMarks(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }

  clear(): void {
    if (!highlightsSupported()) return;
    this.clearMarks();
    this.marks = [];
    this.windowed = false;
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }
}
