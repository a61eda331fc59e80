/**
 * Place mentions that no drawn finding covers. A finding's underline already marks its text, and
 * every highlight range is painted again whenever the page changes: on a directory with a
 * Taiwanese city under China in every other row, one range per finding instead of two halves what
 * the browser paints. Both lists are in page order (the live scan keeps them so).
 */
import type { Bounds } from '../dom/text-index';

interface Drawn {
  range: Range;
  /** the range's points when it was made (see Located): compared without a DOM call when they share a node */
  at?: Bounds;
}

/**
 * Where `a`'s point (its start or end) is against `b`'s: negative before, 0 at, positive after.
 * Points in one text node compare by offset; others as the browser orders them.
 */
function compare(a: Drawn, aEdge: 'start' | 'end', b: Drawn, bEdge: 'start' | 'end', RangeCtor: typeof Range): number {
  const aNode = a.at && (aEdge === 'start' ? a.at.startNode : a.at.endNode);
  const bNode = b.at && (bEdge === 'start' ? b.at.startNode : b.at.endNode);
  if (aNode && aNode === bNode) {
    return (aEdge === 'start' ? a.at!.startOffset : a.at!.endOffset) - (bEdge === 'start' ? b.at!.startOffset : b.at!.endOffset);
  }
  // compareBoundaryPoints(how, other) compares this range's point named second in `how` with the other's named first.
  const how =
    aEdge === 'start'
      ? bEdge === 'start' ? RangeCtor.START_TO_START : RangeCtor.END_TO_START
      : bEdge === 'end' ? RangeCtor.END_TO_END : RangeCtor.START_TO_END;
  return a.range.compareBoundaryPoints(how, b.range);
}

export function uncovered<T extends Drawn>(items: readonly T[], covers: readonly Drawn[], RangeCtor: typeof Range = Range): T[] {
  if (covers.length === 0) return [...items];
  const out: T[] = [];
  let j = 0;
  for (const item of items) {
    try {
      // Findings that end before this mention starts are behind us for good.
      while (j < covers.length && compare(item, 'start', covers[j]!, 'end', RangeCtor) >= 0) j++;
      const cover = covers[j];
      const inside = cover !== undefined && compare(cover, 'start', item, 'start', RangeCtor) <= 0 && compare(cover, 'end', item, 'end', RangeCtor) >= 0;
      if (!inside) out.push(item);
    } catch {
      // A range the page moved out of the document (compared across roots): draw it, decide nothing.
      out.push(item);
    }
  }
  return out;
}
