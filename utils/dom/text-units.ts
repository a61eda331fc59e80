/**
 * The blocks of a subtree that hold given offsets of its text as the browser gives it
 * (`textContent`: every text node in document order, nothing between them), found by going down
 * from the root with each child's text length, not by walking every text node. A scan then walks
 * only the blocks where a phrase may be, and reads them as the whole walk would (text-index.ts).
 */
import { blockOf } from './text-index';

type Hit = (text: Node, offset: number, start: TextStart) => void;

/** What the way down carries: the starts, where each is found, and one Range for measuring spans. */
interface Way {
  starts: readonly TextStart[];
  hit: Hit;
  range: () => Range;
}

/** From this many element children on, a node's children are found by measuring spans of them (see descendWide). */
const WIDE = 48;

/**
 * Goes down to the text nodes holding starts[lo..hi) (offsets from `base`, where the node's text
 * starts; `length` its text's length), calling `hit` for each, in order.
 */
function descend(node: Node, base: number, length: number, lo: number, hi: number, way: Way): void {
  if (node.nodeType === 1 && (node as Element).childElementCount >= WIDE) descendWide(node as Element, base, length, lo, hi, way);
  else descendSpan(node.firstChild, null, base, base + length, lo, hi, way);
}

/**
 * The children from `first` up to `stop` (not included), whose text is [from, end): each child's
 * length by its `textContent` (one string each), except the last child holding text, whose length
 * is what is left: the way down through a page's large containers reads only their small siblings.
 * Returns the index of the first start after the span.
 */
function descendSpan(first: ChildNode | null, stop: ChildNode | null, from: number, end: number, lo: number, hi: number, way: Way): number {
  const { starts, hit } = way;
  let at = lo;
  // Each child's type is read once: every read of a node goes through the isolated world.
  let child = first;
  let type = child ? child.nodeType : 0;
  while (child && child !== stop && at < hi) {
    const next: ChildNode | null = child.nextSibling;
    const nextType = next ? next.nodeType : 0;
    // Text and CDATA hold text; an element holds its descendants'; comments and the rest none.
    if (type === 1 || type === 3 || type === 4) {
      const size = type !== 1 ? (child as CharacterData).length : lastWithText(next, nextType, stop) ? end - from : (child.textContent ?? '').length;
      const childEnd = from + size;
      let upTo = at;
      while (upTo < hi && starts[upTo]!.offset < childEnd) upTo++;
      if (upTo > at) {
        if (type === 1) descend(child, from, size, at, upTo, way);
        else if (type === 3) for (let i = at; i < upTo; i++) hit(child, starts[i]!.offset - from, starts[i]!);
      }
      at = upTo;
      from = childEnd;
    }
    child = next;
    type = nextType;
  }
  return at;
}

/**
 * A node with many element children (a directory's table body): instead of reading every child up
 * to the last start, the text from one child's start to another's is measured with a Range (one
 * native call, no child read through the isolated world). The child holding each start is guessed
 * from the children's mean length, the guess bracketed by steps that double, then halved down to
 * one child: a few short measures a start, on rows that are alike. Only the children holding a
 * start are read. Text between the elements is in the measured spans.
 */
function descendWide(node: Element, base: number, length: number, lo: number, hi: number, way: Way): void {
  const kids = node.children;
  const n = kids.length;
  const range = way.range();
  /** Where kids[to] starts, measured from kids[from]'s start (-1: the node's), known to be at fromOffset. */
  const offsetOf = (from: number, fromOffset: number, to: number) => {
    range.setStart(from < 0 ? node : kids[from]!, 0);
    range.setEnd(kids[to]!, 0);
    return fromOffset + range.toString().length;
  };
  const mean = Math.max(1, length / n);
  // Known: kids[known] starts at knownOffset (-1: the node's own start, at base).
  let known = -1;
  let knownOffset = base;
  let at = lo;
  // Past the last child (a start at or after the node's end, which holds none): done.
  while (at < hi && known < n) {
    const target = way.starts[at]!.offset;
    // The start is in [leftOffset, rightOffset): from kids[left]'s start to kids[right]'s (n: the node's end).
    let left = known;
    let leftOffset = knownOffset;
    let right = n;
    let rightOffset = base + length;
    // Each measure from the nearest point known before it: short spans.
    const measure = (i: number) => {
      const offset = offsetOf(left, leftOffset, i);
      if (offset <= target) {
        left = i;
        leftOffset = offset;
      } else {
        right = i;
        rightOffset = offset;
      }
      return offset <= target;
    };
    if (right - left > 1) {
      const guess = Math.min(right - 1, left + Math.max(1, Math.round((target - leftOffset) / mean)));
      if (measure(guess)) for (let step = 1; right - left > 1 && measure(Math.min(right - 1, left + step)); step *= 2);
      else for (let step = 1; right - left > 1 && !measure(Math.max(left + 1, right - step)); step *= 2);
      while (right - left > 1) measure((left + right) >> 1);
    }
    at = descendSpan(left < 0 ? node.firstChild : kids[left]!, right < n ? kids[right]! : null, leftOffset, rightOffset, at, hi, way);
    known = right;
    knownOffset = rightOffset;
  }
}

/** No node from `next` on (the siblings after a child, up to `stop`) holds text: comments and the like hold none. */
function lastWithText(next: Node | null, nextType: number, stop: Node | null): boolean {
  // Most often the next sibling is an element (a table's next row): its type, read already, tells.
  if (!next || next === stop) return true;
  if (nextType === 1 || nextType === 4) return false;
  for (let n: Node | null = next; n && n !== stop; n = n.nextSibling) {
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
  let range: Range | null = null;
  const doc = root.ownerDocument ?? (root as Document);
  const hit: Hit = (text, offset, start) => {
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
  };
  descend(root, 0, rootText.length, 0, starts.length, { starts, hit, range: () => (range ??= doc.createRange()) });
  return out;
}
