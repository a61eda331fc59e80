/**
 * The blocks of a subtree that hold given offsets of its text as the browser gives it
 * (`textContent`: every text node in document order, nothing between them), found by going down
 * from the root with each child's text length, not by walking every text node. A scan then walks
 * only the blocks where a phrase may be, and reads them as the whole walk would (text-index.ts).
 */
import { blockOf } from './text-index';

type Hit = (text: Node, offset: number, start: TextStart) => void;

/**
 * Goes down to the text nodes holding starts[lo..hi) (offsets from `base`, where the node's text
 * starts; `length` its text's length), calling `hit` for each, in order. Children are read up to
 * the one holding the last start, each child's length by its `textContent` (one string each),
 * except the last child holding text, whose length is what is left: the way down through a page's
 * large containers (the body, a table, its body) reads only their small siblings.
 */
function descend(node: Node, base: number, length: number, starts: readonly TextStart[], lo: number, hi: number, hit: Hit): void {
  let from = base;
  let at = lo;
  // Each child's type is read once: every read of a node goes through the isolated world.
  let child: ChildNode | null = node.firstChild;
  let type = child ? child.nodeType : 0;
  while (child && at < hi) {
    const next: ChildNode | null = child.nextSibling;
    const nextType = next ? next.nodeType : 0;
    // Text and CDATA hold text; an element holds its descendants'; comments and the rest none.
    if (type === 1 || type === 3 || type === 4) {
      const size =
        type !== 1 ? (child as CharacterData).length : lastWithText(next, nextType) ? base + length - from : (child.textContent ?? '').length;
      const end = from + size;
      let upTo = at;
      while (upTo < hi && starts[upTo]!.offset < end) upTo++;
      if (upTo > at) {
        if (type === 1) descend(child, from, size, starts, at, upTo, hit);
        else if (type === 3) for (let i = at; i < upTo; i++) hit(child, starts[i]!.offset - from, starts[i]!);
      }
      at = upTo;
      from = end;
    }
    child = next;
    type = nextType;
  }
}

/** No node from `next` on (the siblings after a child) holds text: comments and the like hold none. */
function lastWithText(next: Node | null, nextType: number): boolean {
  // Most often the next sibling is an element (a table's next row): its type, read already, tells.
  if (!next) return true;
  if (nextType === 1 || nextType === 4) return false;
  for (let n: Node | null = next; n; n = n.nextSibling) {
    const type = n === next ? nextType : n.nodeType;
    if (type === 1 || type === 4 || (type === 3 && (n as Text).length > 0)) return false;
  }
  return true;
}

export interface TextStart {
  /** an offset in the root's `textContent` */
  offset: number;
  /** counts only where a text node starts (a phrase glued to a word can only begin a word there) */
  atNodeStart: boolean;
}

/**
 * The outermost blocks (nearest ancestors that are not inline, as the text index groups text)
 * holding the given starts of `rootText` (the root's `textContent`), in document order. `starts`
 * must be in increasing order.
 */
export function blocksHolding(root: Node, rootText: string, starts: readonly TextStart[]): Node[] {
  const out: Node[] = [];
  let lastText: Node | null = null;
  descend(root, 0, rootText.length, starts, 0, starts.length, (text, offset, start) => {
    if ((start.atNodeStart && offset > 0) || text === lastText) return;
    lastText = text;
    const parent = text.parentNode!;
    const block = blockOf(parent, parent.nodeName, root);
    const last = out[out.length - 1];
    if (last === block) return;
    if (last) {
      // One question of the DOM, not two: inside the last block, holding it, or after it.
      const where = last.compareDocumentPosition(block);
      if (where & 16 /* CONTAINED_BY */) return;
      // A block holding blocks found before it (its own text comes after theirs) replaces them.
      if (where & 8 /* CONTAINS */) while (out.length > 0 && block.contains(out[out.length - 1]!)) out.pop();
    }
    out.push(block);
  });
  return out;
}
