/**
 * The page's visible text as one string, built in one TreeWalker pass. Text in different blocks is
 * joined by a separator so no phrase matches across a cell, item or paragraph boundary; offsets
 * map back to DOM ranges by binary search over the nodes' start offsets.
 */
import { BLOCK_SEPARATOR } from '../text/fold';

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text */
  starts: number[];
}

/** Options of a select are read: their text is on the page even when the list is closed (each option is its own block). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
/** A Latin letter or digit at the end / start of two texts: "<span>Taichung</span><span>China</span>" reads as two words. */
const WORD_END = /[\p{Script=Latin}\p{N}]$/u;
const WORD_START = /^[\p{Script=Latin}\p{N}]/u;
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR',
]);

export interface IndexOptions {
  /** elements to leave out with their subtree, such as the extension's own UI */
  skip?: (el: Element) => boolean;
}

/** The nearest ancestor that is not inline: two text nodes under the same one belong to one block. */
function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root && el.nodeType === 1 && INLINE.has((el as Element).tagName)) el = el.parentNode;
  return el ?? root;
}

export function buildTextIndex(root: Node, opts: IndexOptions = {}): TextIndex {
  return textIndexChunks(root, opts, Infinity).next().value ?? { text: '', nodes: [], starts: [] };
}

/**
 * The same index in pieces of about `maxNodes` text nodes, cut only where a block ends: no phrase
 * spans two pieces, so scanning them one by one finds what one scan of the whole would. Lets a
 * huge page be read across several short tasks.
 */
export function* textIndexChunks(root: Node, opts: IndexOptions = {}, maxNodes = 4000): Generator<TextIndex, void, void> {
  const doc = root.ownerDocument ?? (root as Document);
  const skip = opts.skip;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = node as Element;
      if (SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || (el as HTMLElement).isContentEditable) return 2; // FILTER_REJECT
      if (skip?.(el)) return 2;
      return 3; // FILTER_SKIP: look inside
    },
  });
  let parts: string[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let lastWasBr = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const block = blockOf(text, root);
    const brBefore = text.previousSibling?.nodeName === 'BR';
    // Two elements side by side with no space between (a flex row of spans): a reader sees two items.
    const glued =
      block === lastBlock && nodes.length > 0 && text.parentNode !== nodes[nodes.length - 1]!.parentNode &&
      WORD_START.test(data) && WORD_END.test(nodes[nodes.length - 1]!.data);
    if (nodes.length > 0 && (block !== lastBlock || brBefore || lastWasBr || glued)) {
      if (nodes.length >= maxNodes) {
        yield { text: parts.join(''), nodes, starts };
        parts = [];
        nodes = [];
        starts = [];
        length = 0;
      } else {
        parts.push(BLOCK_SEPARATOR);
        length += 1;
      }
    }
    lastBlock = block;
    lastWasBr = text.nextSibling?.nodeName === 'BR';
    nodes.push(text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  yield { text: parts.join(''), nodes, starts };
}

export function textIndexFromString(text: string): TextIndex {
  return { text, nodes: [], starts: [] };
}

/** The node containing offset (a start boundary), by binary search; -1 before the first node. */
function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document = document): Range | null {
  if (index.nodes.length === 0 || start < 0 || end < start || end > index.text.length) return null;
  const a = nodeAt(index, start);
  // The end is exclusive: find the node holding its last character.
  const b = nodeAt(index, Math.max(start, end - 1));
  if (a < 0 || b < 0) return null;
  const startNode = index.nodes[a]!;
  const endNode = index.nodes[b]!;
  const startOffset = start - index.starts[a]!;
  const endOffset = end - index.starts[b]!;
  if (startOffset > startNode.length || endOffset > endNode.length) return null;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The text node holding the character at `offset`, or null. */
export function nodeAtOffset(index: TextIndex, offset: number): Text | null {
  const i = nodeAt(index, offset);
  return i < 0 ? null : index.nodes[i]!;
}

/**
 * The text offset of a DOM boundary point, also when the point is between elements (a
 * triple-click selection): the start of the first indexed text node at or after it.
 */
export function textOffsetAt(index: TextIndex, node: Node, offset: number, doc: Document = document): number | null {
  if (node.nodeType === 3) {
    const i = index.nodes.indexOf(node as Text);
    if (i >= 0) return index.starts[i]! + offset;
  }
  const point = doc.createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = index.nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // -1: the node is before the point
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) lo = mid + 1;
    else {
      found = mid;
      hi = mid - 1;
    }
  }
  if (found < 0) return index.text.length;
  return index.starts[found]!;
}
