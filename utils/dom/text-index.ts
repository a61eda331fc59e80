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

/** Elements whose own text is never the page's prose; their text nodes are their direct children. */
const DIRECT_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TITLE']);
/**
 * Subtrees left out whole: hidden, editable, embedded or drawn. Options of a select are read:
 * their text is on the page even when the list is closed (each option is its own block).
 */
const NESTED_SKIP = 'template, svg, canvas, iframe, object, input, [hidden], [contenteditable]:not([contenteditable="false"])';
/**
 * The same, found by name through the browser's tag lists and one small attribute query: a query
 * of the whole list checks every element against each of its eight selectors, a tag list only
 * compares names.
 */
const NESTED_SKIP_TAGS = ['template', 'svg', 'canvas', 'iframe', 'object', 'input'];
const NESTED_SKIP_ATTRIBUTES = '[hidden], [contenteditable]:not([contenteditable="false"])';
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR',
]);
/** A Latin letter or digit at the end / start of two texts: "<span>Taichung</span><span>China</span>" reads as two words. */
const WORD_END = /[\p{Script=Latin}\p{N}]$/u;
const WORD_START = /^[\p{Script=Latin}\p{N}]/u;

export interface IndexOptions {
  /** a CSS selector of elements to leave out with their subtree (fast: found once, jumped over) */
  skipSelector?: string;
  /** elements to leave out with their subtree, by identity, such as the extension's own UI (fast) */
  skipElements?: readonly Element[];
  /** elements to leave out with their subtree, tested on each text node's ancestors (slow; prefer skipSelector) */
  skip?: (el: Element) => boolean;
}

/**
 * The nearest ancestor that is not inline: two text nodes under the same one belong to one block.
 * Starts from the text's parent, whose name the caller has read already (each DOM read costs).
 */
export function blockOf(parent: Node, parentName: string, root: Node): Node {
  if (parent === root || !INLINE.has(parentName)) return parent;
  let el = parent.parentNode;
  while (el && el !== root && el.nodeType === 1 && INLINE.has((el as Element).nodeName)) el = el.parentNode;
  return el ?? root;
}

function underSkipped(node: Node, root: Node, skip: (el: Element) => boolean): boolean {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) if (el.nodeType === 1 && skip(el as Element)) return true;
  return false;
}

/** The subtrees to leave out, outermost only, in document order; only those holding any node. */
function skippedRoots(root: Node, extraSelector: string | undefined, extra: readonly Element[]): Element[] {
  if (!('querySelectorAll' in root)) return [];
  const scope = root as ParentNode & Partial<Pick<Element, 'getElementsByTagName'>>;
  const sources: Element[][] = [];
  const withText = (list: Iterable<Element>) => {
    const kept: Element[] = [];
    for (const el of list) if (el.firstChild) kept.push(el);
    if (kept.length > 0) sources.push(kept);
  };
  const extraPart = extraSelector ? `, ${extraSelector}` : '';
  // A fragment has no tag lists: one query of the whole list there.
  if (typeof scope.getElementsByTagName !== 'function') withText(scope.querySelectorAll(NESTED_SKIP + extraPart));
  else {
    for (const tag of NESTED_SKIP_TAGS) withText(scope.getElementsByTagName(tag));
    withText(scope.querySelectorAll(NESTED_SKIP_ATTRIBUTES + extraPart));
  }
  withText(extra.filter((el) => root !== el && root.contains(el)));
  const found = sources.flat();
  // Document order, when more than one list found any (each list is in document order).
  if (sources.length > 1) found.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 0x4 ? -1 : 1));
  const out: Element[] = [];
  for (const el of found) {
    const last = out[out.length - 1];
    if (last && last.contains(el)) continue;
    out.push(el);
  }
  return out;
}

/**
 * The first text node in each left-out subtree, with its subtree: the walk meets that node first,
 * so telling it is one identity test per node (not a document-position query on each).
 */
function entryPoints(doc: Document, skipped: readonly Element[]): { first: Node; root: Element }[] {
  const out: { first: Node; root: Element }[] = [];
  for (const root of skipped) {
    const first = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */).nextNode();
    if (first) out.push({ first, root });
  }
  return out;
}

/** The last node of `el`'s subtree in document order: the walker goes on after it. */
function lastDescendant(el: Node): Node {
  let n = el;
  while (n.lastChild) n = n.lastChild;
  return n;
}

export function buildTextIndex(root: Node | readonly Node[], opts: IndexOptions = {}): TextIndex {
  return textIndexChunks(root, opts, Infinity).next().value ?? { text: '', nodes: [], starts: [] };
}

/** The index being built, carried from one root to the next. */
interface Pending {
  parts: string[];
  nodes: Text[];
  starts: number[];
  length: number;
  lastBlock: Node | null;
  lastParent: Node | null;
  lastWasBr: boolean;
  lastData: string;
}

const emptyPending = (): Pending => ({ parts: [], nodes: [], starts: [], length: 0, lastBlock: null, lastParent: null, lastWasBr: false, lastData: '' });
const take = (p: Pending): TextIndex => ({ text: p.parts.join(''), nodes: p.nodes, starts: p.starts });

/**
 * The same index in pieces of about `maxNodes` text nodes, cut only where a block ends: no phrase
 * spans two pieces, so scanning them one by one finds what one scan of the whole would. Lets a
 * huge page be read across several short tasks. The walk is the browser's own (text nodes only,
 * no filter called back per node); left-out subtrees are found once by selector and jumped over.
 * Several roots (disjoint, in document order, each a block: see text-units.ts) read as one text,
 * a block apart, as the whole page would read with only their text in it.
 */
export function* textIndexChunks(root: Node | readonly Node[], opts: IndexOptions = {}, maxNodes = 4000): Generator<TextIndex, void, void> {
  const pending = emptyPending();
  const one = 'nodeType' in root;
  // Blocks (several roots) are small: one query tells most of them have nothing to leave out.
  for (const r of one ? [root as Node] : (root as readonly Node[])) yield* walkRoot(r, opts, maxNodes, pending, !one);
  yield take(pending);
}

function* walkRoot(root: Node, opts: IndexOptions, maxNodes: number, p: Pending, probe: boolean): Generator<TextIndex, void, void> {
  const doc = root.ownerDocument ?? (root as Document);
  const skip = opts.skip;
  const rootEl = root.nodeType === 1 ? (root as Element) : null;
  // The root itself inside a left-out subtree (a rescan of one block): nothing to read.
  const selector = opts.skipSelector ? `${NESTED_SKIP}, ${opts.skipSelector}` : NESTED_SKIP;
  const extra = opts.skipElements ?? [];
  const inExtra = (el: Element) => extra.some((e) => e === el || e.contains(el));
  if (rootEl && (rootEl.closest(selector) || inExtra(rootEl) || (skip && (skip(rootEl) || underSkipped(rootEl, doc, skip))))) return;
  // A block that holds one text node and nothing else (a table cell): no walk.
  const only = probe ? rootEl?.firstChild : null;
  if (only && only === rootEl!.lastChild && only.nodeType === 3) {
    const piece = addText(p, only as Text, root, skip, false, maxNodes);
    if (piece) yield piece;
    return;
  }
  // A block with nothing to leave out and no line break (most blocks): one query tells. Over a
  // whole page that query checks every element against every selector (the tag lists are faster).
  const plain = probe && rootEl !== null && rootEl.querySelector(`br, ${selector}`) === null && !extra.some((e) => rootEl.contains(e));
  const skipped = plain ? [] : entryPoints(doc, skippedRoots(root, opts.skipSelector, extra));
  // Line breaks split blocks; a page without any spares two DOM reads per text node.
  const hasBr = !plain && ('querySelector' in root ? (root as ParentNode).querySelector('br') !== null : true);
  let nextSkipped = 0;
  let nextEntry = skipped[0]?.first ?? null;
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The first text of a left-out subtree: jump over the subtree.
    if (node === nextEntry) {
      walker.currentNode = lastDescendant(skipped[nextSkipped]!.root);
      nextEntry = skipped[++nextSkipped]?.first ?? null;
      continue;
    }
    const piece = addText(p, node as Text, root, skip, hasBr, maxNodes);
    if (piece) yield piece;
  }
}

/**
 * One text node into the index being built, a block apart from the text before it where a reader
 * sees two; the piece built so far when it is full and had to be cut before this node.
 */
function addText(p: Pending, text: Text, root: Node, skip: IndexOptions['skip'], hasBr: boolean, maxNodes: number): TextIndex | null {
  const data = text.data;
  if (data.length === 0) return null;
  const parent = text.parentNode!;
  let block: Node;
  if (parent === p.lastParent) block = p.lastBlock!;
  else {
    const parentName = parent.nodeName;
    if (DIRECT_SKIP.has(parentName)) return null;
    if (skip && underSkipped(text, root, skip)) return null;
    block = blockOf(parent, parentName, root);
  }
  const brBefore = hasBr && text.previousSibling?.nodeName === 'BR';
  // Two elements side by side with no space between (a flex row of spans): a reader sees two items.
  const glued = block === p.lastBlock && p.nodes.length > 0 && parent !== p.lastParent && WORD_START.test(data) && WORD_END.test(p.lastData);
  let piece: TextIndex | null = null;
  if (p.nodes.length > 0 && (block !== p.lastBlock || brBefore || p.lastWasBr || glued)) {
    if (p.nodes.length >= maxNodes) {
      piece = take(p);
      p.parts = [];
      p.nodes = [];
      p.starts = [];
      p.length = 0;
    } else {
      p.parts.push(BLOCK_SEPARATOR);
      p.length += 1;
    }
  }
  p.lastBlock = block;
  p.lastParent = parent;
  p.lastWasBr = hasBr && text.nextSibling?.nodeName === 'BR';
  p.lastData = data;
  p.nodes.push(text);
  p.starts.push(p.length);
  p.parts.push(data);
  p.length += data.length;
  return piece;
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

/** A range's boundary points as plain values (a StaticRange's fields), read with no call into the DOM. */
export interface Bounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Where the text [start, end) of the index lies in the DOM, as the index read it; null outside it. */
export function boundsFromOffsets(index: TextIndex, start: number, end: number): Bounds | null {
  if (index.nodes.length === 0 || start < 0 || end < start || end > index.text.length) return null;
  const a = nodeAt(index, start);
  // The end is exclusive: find the node holding its last character.
  const b = nodeAt(index, Math.max(start, end - 1));
  if (a < 0 || b < 0) return null;
  const startNode = index.nodes[a]!;
  const endNode = index.nodes[b]!;
  const startOffset = start - index.starts[a]!;
  const endOffset = end - index.starts[b]!;
  // A node the page has shortened since it was read: no such point.
  if (startOffset > startNode.length || endOffset > endNode.length) return null;
  return { startNode, startOffset, endNode, endOffset };
}

export function rangeOf(bounds: Bounds, doc: Document = document): Range {
  const range = doc.createRange();
  range.setStart(bounds.startNode, bounds.startOffset);
  range.setEnd(bounds.endNode, bounds.endOffset);
  return range;
}

export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document = document): Range | null {
  const bounds = boundsFromOffsets(index, start, end);
  return bounds && rangeOf(bounds, doc);
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
