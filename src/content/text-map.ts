/**
 * The article's text as one string, and the way back from string offsets to DOM ranges. A mention may
 * cross element boundaries (<b>لي</b> تشيانج): its range then starts in one text node and ends in another.
 */

export interface TextSegment {
  readonly node: Text;
  /** Offset of the node's first character in the joined text. */
  readonly start: number;
  /** The node's length when it was read: a node that changed since is not trusted. */
  readonly length: number;
}

export class TextMap {
  constructor(
    readonly text: string,
    readonly segments: readonly TextSegment[],
  ) {}

  /** Same text from the same, unchanged nodes: marks made from the other map are still right. */
  sameAs(other: TextMap): boolean {
    if (other.text !== this.text || other.segments.length !== this.segments.length) return false;
    return this.segments.every((segment, i) => segment.node === other.segments[i]!.node && TextMap.usable(segment));
  }

  /** The segment holding offset, or the next one when offset falls in a separator between blocks. */
  private segmentAt(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = this.segments.length;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = this.segments[middle]!;
      if (segment.start + segment.length <= offset) low = middle + 1;
      else {
        found = middle;
        high = middle - 1;
      }
    }
    return found;
  }

  private static usable(segment: TextSegment): boolean {
    return segment.node.isConnected && segment.node.data.length === segment.length;
  }

  /** A live Range for [start, end), or null when the page changed under those nodes since they were read. */
  toRange(start: number, end: number): Range | null {
    if (end <= start) return null;
    const first = this.segments[this.segmentAt(start)];
    const last = this.segments[this.segmentAt(end - 1)];
    if (!first || !last || !TextMap.usable(first) || !TextMap.usable(last)) return null;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, Math.max(0, start - first.start));
    range.setEnd(last.node, Math.min(last.length, end - last.start));
    return range.collapsed ? null : range;
  }
}
