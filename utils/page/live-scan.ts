/**
 * Keeps a page's scan results current: one full scan, then only the blocks that changed,
 * batched into idle time so the page's own work comes first.
 */
import type { Bounds } from '../dom/text-index';

declare const __TCL_WARM_SCAN__: boolean | undefined;

export interface Span {
  start: number;
  end: number;
  quote: string;
}

/** A scan result tied to the live DOM: Ranges follow the page's edits, offsets do not. */
export interface Located<T extends Span> {
  item: T;
  range: Range;
  /**
   * The range's boundary points when the scan made it: the lens indexes and compares thousands of
   * results by them without a read through the isolated world each. A result is rescanned when
   * its block changes, so they hold as long as the result is kept.
   */
  at?: Bounds;
}

export interface ScanResult<P extends Span, F extends Span> {
  places: Located<P>[];
  findings: Located<F>[];
}

export type ScanRoot<P extends Span, F extends Span> = (root: Node) => ScanResult<P, F>;

export interface LiveScanOptions<P extends Span, F extends Span> {
  root: HTMLElement;
  scan: ScanRoot<P, F>;
  /** the full scan, in slices that yield to the page; defaults to `scan` in one go */
  scanAll?: (root: Node) => Promise<ScanResult<P, F>>;
  /** The extension's own nodes: their mutations are not the page's. */
  isOwnNode: (node: Node) => boolean;
  /**
   * After every scan, with all results. `added`: what a rescan found, when that is the only change
   * (every earlier result kept as it was: content was added, nothing edited or removed); the
   * listener may draw just those.
   */
  onChange: (result: ScanResult<P, F>, added?: ScanResult<P, F>) => void;
  win?: Window;
  /** The most blocks rescanned in one batch; past it, one full rescan is cheaper and bounded. */
  maxBlocksPerBatch?: number;
}

export interface LiveScan<P extends Span, F extends Span> {
  current(): ScanResult<P, F>;
  rescanAll(): void;
  stop(): void;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** The smallest block around a change: phrases never cross blocks, so rescanning it is enough. */
export function enclosingBlock(node: Node, root: Element): Element {
  let el: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && el !== root && !BLOCKS.has(el.tagName)) el = el.parentElement;
  return el && root.contains(el) ? el : root;
}

function isStale(located: Located<Span>): boolean {
  const { range, item } = located;
  return range.collapsed || !range.startContainer.isConnected || range.toString() !== item.quote;
}

const byPosition = (a: Located<Span>, b: Located<Span>) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

function inOrder(list: readonly Located<Span>[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/** The first index of `list` (in page order) whose result starts after `item`. */
function insertionPoint(list: readonly Located<Span>[], item: Located<Span>): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPosition(list[mid]!, item) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Results in page order. Each rescanned block's results go in where the block is, found by
 * bisection: a block holds no kept result (those inside a rescanned block are dropped first), so
 * its results all fall between the same two kept ones, at the end for infinite scroll. Sorted
 * whole only if that does not hold.
 */
function merge<T extends Span>(kept: Located<T>[], parts: Located<T>[][]): Located<T>[] {
  let list = kept;
  for (const part of parts) {
    if (part.length === 0) continue;
    // One block's results come in page order most often: one look at each pair tells.
    if (!inOrder(part)) part.sort(byPosition);
    const at = insertionPoint(list, part[0]!);
    const next = list[at];
    if (next && byPosition(part[part.length - 1]!, next) > 0) return kept.concat(...parts).sort(byPosition);
    if (at < list.length) list = list.slice(0, at).concat(part, list.slice(at));
    else {
      // At the end (infinite scroll): the kept list is copied once, then added to.
      if (list === kept) list = kept.slice();
      for (const item of part) list.push(item);
    }
  }
  return list;
}

export function startLiveScan<P extends Span, F extends Span>(opts: LiveScanOptions<P, F>): LiveScan<P, F> {
  const win = opts.win ?? window;
  const maxBlocks = opts.maxBlocksPerBatch ?? 500;
  let result: ScanResult<P, F> = { places: [], findings: [] };
  const dirty = new Set<Element>();
  let sawRemovalOrEdit = false;
  let scheduled: number | null = null;
  let addedBlocks = new WeakSet<Element>();

  // User Timing marks are visible to the page's performance timeline: the benchmark reads them.
  const timed = (name: string, work: () => void) => {
    const start = performance.now();
    work();
    performance.measure(name, { start, end: performance.now() });
  };

  let fullRunning = false;
  let stopped = false;
  const full = () => {
    if (stopped) return;
    // A full scan reads every block: none is new to the rescans after it.
    addedBlocks = new WeakSet();
    if (!opts.scanAll) {
      timed('tcl-scan', () => {
        result = opts.scan(opts.root);
        opts.onChange(result);
      });
      return;
    }
    // Changes while the sliced scan runs wait for it: their blocks are rescanned after.
    fullRunning = true;
    const start = performance.now();
    // A diagnostic build only (wxt.config.ts TCL_WARM_SCAN): the scan measured again, its code and the page's nodes warm.
    const warm = typeof __TCL_WARM_SCAN__ !== 'undefined' && __TCL_WARM_SCAN__;
    void (warm ? opts.scanAll(opts.root).then(() => (performance.clearMeasures(), opts.scanAll!(opts.root))) : opts.scanAll(opts.root)).then(
      (scanned) => {
        fullRunning = false;
        // Stopped while the slices ran (the page removed the panel): draw nothing more.
        if (stopped) return;
        result = scanned;
        // Blocks added while the slices ran may be in the results already: rescanned as changed.
        addedBlocks = new WeakSet();
        timed('tcl-render', () => opts.onChange(result));
        performance.measure('tcl-scan', { start, end: performance.now() });
        fullRunning = false;
        if (dirty.size > 0 || sawRemovalOrEdit) schedule();
      },
      () => {
        fullRunning = false;
      },
    );
  };

  const flush = () => {
    scheduled = null;
    if (fullRunning || stopped) return;
    if (!opts.root.isConnected) return;
    const blocks = [...dirty].filter((b) => b.isConnected);
    dirty.clear();
    const edits = sawRemovalOrEdit;
    sawRemovalOrEdit = false;
    if (blocks.length === 0 && !edits) return;
    if (blocks.includes(opts.root) || blocks.length > maxBlocks) return full();
    timed('tcl-rescan', () => rescan(outerBlocks(blocks), edits));
  };

  const outerBlocks = (blocks: Element[]) =>
    // Outermost blocks only: an inner one is covered by its ancestor's rescan. In page order (the
    // order of the changes may be any): what a rescan adds is then in page order too.
    blocks
      .filter((b) => !blocks.some((other) => other !== b && other.contains(b)))
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

  const rescan = (outer: Element[], edits: boolean) => {
    // Blocks added since the last scan hold no old results: only changed blocks need filtering.
    const changed = outer.filter((b) => !addedBlocks.has(b));
    addedBlocks = new WeakSet();
    const inside = (l: Located<Span>) => changed.some((b) => b.contains(l.range.startContainer));
    const keep = <T extends Span>(list: Located<T>[]) =>
      changed.length === 0 && !edits ? list : list.filter((l) => !inside(l) && !(edits && isStale(l)));
    const places = keep(result.places);
    const findings = keep(result.findings);
    const fresh = outer.map((block) => opts.scan(block));
    result = { places: merge(places, fresh.map((part) => part.places)), findings: merge(findings, fresh.map((part) => part.findings)) };
    // Nothing kept was dropped: the listener may draw the new results alone.
    if (changed.length === 0 && !edits) opts.onChange(result, { places: fresh.flatMap((p) => p.places), findings: fresh.flatMap((p) => p.findings) });
    else opts.onChange(result);
  };

  const schedule = () => {
    if (scheduled !== null) return;
    const idle = (win as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
    scheduled = idle ? idle.call(win, flush, { timeout: 500 }) : win.setTimeout(flush, 50);
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    for (const record of records) {
      if (opts.isOwnNode(record.target)) continue;
      if (record.type === 'characterData') {
        sawRemovalOrEdit = true;
        dirty.add(enclosingBlock(record.target, opts.root));
        continue;
      }
      const added = [...record.addedNodes].filter((n) => !opts.isOwnNode(n));
      if (record.removedNodes.length > 0) sawRemovalOrEdit = true;
      if (added.length === 0 && record.removedNodes.length === 0) continue;
      // Added text may complete a phrase with its neighbours, so the whole enclosing block is rescanned.
      for (const node of added) {
        if (node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName)) {
          dirty.add(node as Element);
          addedBlocks.add(node as Element);
        } else dirty.add(enclosingBlock(record.target, opts.root));
      }
      if (added.length === 0) dirty.add(enclosingBlock(record.target, opts.root));
    }
    if (dirty.size > 0 || sawRemovalOrEdit) schedule();
  });

  observer.observe(opts.root, { childList: true, subtree: true, characterData: true });
  full();

  return {
    current: () => result,
    rescanAll: full,
    stop() {
      stopped = true;
      observer.disconnect();
      if (scheduled !== null) {
        const cancelIdle = (win as Window & { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback;
        if (cancelIdle) cancelIdle.call(win, scheduled);
        win.clearTimeout(scheduled);
      }
    },
  };
}
