/** Which mark is under the pointer: the page has no element per mark, so the caret position decides. */

import type { Mark } from "./highlight.ts";

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === "function") {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === "function") {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

export function rectContains(rect: DOMRect, x: number, y: number, slack = 1): boolean {
  return x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack;
}

/** The rectangle of the mark's line under the point, if the point is really on the mark's text. */
export function rectAtPoint(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) if (rectContains(rect, x, y)) return rect;
  return null;
}

/** Marks are in document order, so a binary search over Range.comparePoint finds the one holding the caret. */
export function markAtPoint(marks: readonly Mark[], doc: Document, x: number, y: number): Mark | null {
  const caret = caretAt(doc as CaretDocument, x, y);
  if (!caret) return null;
  let low = 0;
  let high = marks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mark = marks[middle]!;
    let side: number;
    try {
      side = mark.range.comparePoint(caret.node, caret.offset);
    } catch {
      return null; // the caret is in another tree (a shadow root, a frame)
    }
    if (side < 0) high = middle - 1;
    else if (side > 0) low = middle + 1;
    else return rectAtPoint(mark.range, x, y) ? mark : null;
  }
  // The caret sits just before or after a mark's edge when the pointer is on its first or last letter.
  for (const index of [low - 1, low]) {
    const mark = marks[index];
    if (mark && rectAtPoint(mark.range, x, y)) return mark;
  }
  return null;
}
