/**
 * W3C TextPositionSelector offsets (https://www.w3.org/TR/annotation-model/#text-position-selector):
 * positions in the root's text content, i.e. in `root.textContent`, every Text node in document
 * order. They do not depend on how the extension indexes the page (block separators, skipped
 * elements), so another W3C client reads them the same, and they stay right if the index changes.
 * The root is the page's body.
 */
import type { TextPositionSelector } from '../db/types';

/** The text-content offset of a DOM boundary point inside `root`. */
export function contentOffset(root: Node, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  // A range's string is the data of the Text nodes it holds: exactly the text content before the point.
  return before.toString().length;
}

export function positionOf(root: Node, range: Range): TextPositionSelector | null {
  const start = contentOffset(root, range.startContainer, range.startOffset);
  const end = contentOffset(root, range.endContainer, range.endOffset);
  return start === null || end === null || end < start ? null : { type: 'TextPositionSelector', start, end };
}

/** Every Text node of the root with its text-content offset, for mapping positions back to the DOM. */
export interface ContentIndex {
  nodes: Text[];
  starts: number[];
  length: number;
}

export function contentIndex(root: Node): ContentIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(length);
    length += (n as Text).data.length;
  }
  return { nodes, starts, length };
}

/** The node holding text-content offset `offset` (its last node when `atEnd` and the offset is a node's end). */
function locate(index: ContentIndex, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = index.starts[mid]!;
    if (s < offset || (!atEnd && s === offset)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const node = index.nodes[found]!;
  const within = offset - index.starts[found]!;
  return within <= node.data.length ? { node, offset: within } : null;
}

/** The DOM range at a W3C position, or null when the page's text content is shorter. */
export function rangeAtPosition(index: ContentIndex, position: TextPositionSelector, doc: Document): Range | null {
  const { start, end } = position;
  if (start < 0 || end <= start || end > index.length) return null;
  const a = locate(index, start, false);
  const b = locate(index, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
