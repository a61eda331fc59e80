import { boundsFromOffsets, buildTextIndex, rangeOf, textIndexChunks, type IndexOptions, type TextIndex } from '../dom/text-index';
import { phraseStarts, scanText, type ScanOptions } from '../naming/engine';
import { blocksHolding, type TextStart } from '../dom/text-units';
import { pageContext } from '../naming/records';
import { selectLabelOf } from '../dom/form-control';
import type { Located, ScanResult, Span } from './live-scan';
import type { FindingItem, PlaceItem } from './lens-controller';

/** Ranges for a scan's items, made in the same task the index was read in (the DOM is as it was read). */
function locate<T extends Span>(index: TextIndex, items: readonly T[], doc: Document): Located<T>[] {
  const located: Located<T>[] = [];
  for (const item of items) {
    const at = boundsFromOffsets(index, item.start, item.end);
    if (!at) continue;
    const range = rangeOf(at, doc);
    // Never show a highlight whose text is not the match's: a range across nodes also holds what
    // lies between them (a left-out script or hidden element). Within one node it is the match
    // (the node was read in this task, so its text is the index's).
    if (at.startNode === at.endNode || range.toString() === item.quote) located.push({ item, range, at });
  }
  return located;
}

/** Where a scan's time goes, summed over its pieces (the benchmark reads them as User Timing measures). */
interface Stages {
  collect: number;
  match: number;
  locate: number;
}

function scanIndex(index: TextIndex, doc: Document, options: ScanOptions, stages?: Stages): ScanResult<PlaceItem, FindingItem> {
  const t0 = performance.now();
  const { places, findings } = scanText(index, { ...options, pageContext: options.pageContext ?? pageContext(doc) });
  const t1 = performance.now();
  const located = locate(index, findings, doc);
  // A finding in a form's list: say which list, since no highlight can be drawn inside it.
  for (const { item, range } of located) {
    const control = selectLabelOf(range.startContainer);
    if (control !== null) (item as FindingItem).control = control;
  }
  const result = { places: locate(index, places, doc), findings: located };
  if (stages) {
    stages.match += t1 - t0;
    stages.locate += performance.now() - t1;
  }
  return result;
}

/**
 * The extension's own elements: by identity, as a list read at each scan (fast: jumped over), or a
 * predicate tested on every text node's ancestors (slow).
 */
export type OwnElements = { elements: () => readonly (Element | null)[] } | ((el: Element) => boolean);
const indexOptions = (own: OwnElements): IndexOptions =>
  typeof own === 'function' ? { skip: own } : { skipElements: own.elements().filter((e): e is Element => e !== null) };

/**
 * The blocks of the subtree worth walking: one native read of its text and one pass of the
 * phrases over it, then only the blocks where one may start (see phraseStarts and text-units.ts).
 * A page without a Taiwanese place costs that read; a directory with a few, the read and their rows.
 */
function blocksToWalk(root: Node, options: ScanOptions): Node[] {
  const top = root.nodeType === 9 ? (root as Document).documentElement : root;
  if (!top) return [];
  const text = top.textContent ?? '';
  const { sure, glued } = phraseStarts(text, options);
  if (sure.length === 0) return [];
  if (top.nodeType === 3) return [top];
  const starts: TextStart[] = sure.map((offset) => ({ offset, atNodeStart: false }));
  for (const offset of glued) starts.push({ offset, atNodeStart: true });
  if (glued.length > 0) starts.sort((a, b) => a.offset - b.offset);
  return blocksHolding(top, text, starts);
}

const nothing = (): ScanResult<PlaceItem, FindingItem> => ({ places: [], findings: [] });

/** One pass over a subtree's text: places and naming findings, tied to live DOM ranges. */
export function createScanRoot(own: OwnElements, doc: Document = document, options: ScanOptions = {}) {
  return (root: Node): ScanResult<PlaceItem, FindingItem> => {
    const blocks = blocksToWalk(root, options);
    return blocks.length > 0 ? scanIndex(buildTextIndex(blocks, indexOptions(own)), doc, options) : nothing();
  };
}

const SLICE_MS = 25;
const NODES_PER_PIECE = 3000;

/**
 * The same scan in slices of about 25 ms, handing the main thread back to the page between them:
 * a 200,000-node page is read without one long task.
 */
export function createSlicedScanRoot(
  own: OwnElements,
  doc: Document = document,
  options: ScanOptions = {},
  yieldToPage: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
) {
  return async (root: Node): Promise<ScanResult<PlaceItem, FindingItem>> => {
    const result: ScanResult<PlaceItem, FindingItem> = { places: [], findings: [] };
    let sliceStart = performance.now();
    const firstStart = sliceStart;
    // The scan's own main-thread time, without the page's work between slices (the benchmark reads it).
    let busy = 0;
    const stages: Stages = { collect: 0, match: 0, locate: 0 };
    const blocks = blocksToWalk(root, options);
    stages.collect += performance.now() - firstStart;
    // The page's title and heading, read once for all the pieces.
    const scanOptions = { ...options, pageContext: pageContext(doc) };
    const pieces = textIndexChunks(blocks, indexOptions(own), NODES_PER_PIECE);
    while (blocks.length > 0) {
      const t0 = performance.now();
      const next = pieces.next();
      stages.collect += performance.now() - t0;
      if (next.done) break;
      const part = scanIndex(next.value, doc, scanOptions, stages);
      result.places.push(...part.places);
      result.findings.push(...part.findings);
      if (performance.now() - sliceStart > SLICE_MS) {
        busy += performance.now() - sliceStart;
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    busy += performance.now() - sliceStart;
    performance.measure('tcl-scan-work', { start: firstStart, duration: busy });
    for (const [stage, ms] of Object.entries(stages)) performance.measure(`tcl-scan-${stage}`, { start: firstStart, duration: ms });
    return result;
  };
}
