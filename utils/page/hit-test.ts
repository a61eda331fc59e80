import type { Located, Span } from './live-scan';

export type NodeIndex<T extends Span> = Map<Node, Located<T>[]>;

/** Items by the text nodes their ranges start and end in (added into `index`), so a pointer lookup is O(1). */
export function indexByNode<T extends Span>(items: readonly Located<T>[], index: NodeIndex<T> = new Map()): NodeIndex<T> {
  const add = (node: Node, item: Located<T>) => {
    const list = index.get(node);
    if (list) list.push(item);
    else index.set(node, [item]);
  };
  for (const item of items) {
    const start = item.at?.startNode ?? item.range.startContainer;
    const end = item.at?.endNode ?? item.range.endContainer;
    add(start, item);
    if (end !== start) add(end, item);
  }
  return index;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const SLACK = 2;

function underPointer(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/**
 * The item under the pointer. The caret lands on the nearest text even beside it, so the
 * range's own boxes decide.
 */
export function itemAtPoint<T extends Span>(index: NodeIndex<T>, x: number, y: number, doc: Document = document): Located<T> | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const candidates = index.get(caret.node);
  if (!candidates) return null;
  for (const item of candidates) {
    try {
      if (item.range.isPointInRange(caret.node, caret.offset) && underPointer(item.range, x, y)) return item;
    } catch {
      // the node moved to another document: not ours to show
    }
  }
  return null;
}
