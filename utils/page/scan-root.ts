import { buildTextIndex, rangeFromOffsets, type TextIndex } from '../dom/text-index';
import { scanText, type ScanOptions } from '../naming/engine';
import type { Located, ScanResult, Span } from './live-scan';
import type { FindingItem, PlaceItem } from './lens-controller';

function locate<T extends Span>(index: TextIndex, items: readonly T[], doc: Document): Located<T>[] {
  const located: Located<T>[] = [];
  for (const item of items) {
    const range = rangeFromOffsets(index, item.start, item.end, doc);
    // Never show a highlight whose text is not the match's: the DOM changed under us.
    if (range && range.toString() === item.quote) located.push({ item, range });
  }
  return located;
}

/** One pass over a subtree's text: places and naming findings, tied to live DOM ranges. */
export function createScanRoot(isOwnElement: (el: Element) => boolean, doc: Document = document, options: ScanOptions = {}) {
  return (root: Node): ScanResult<PlaceItem, FindingItem> => {
    const index = buildTextIndex(root, { skip: isOwnElement });
    const { places, findings } = scanText(index, options);
    return { places: locate(index, places, doc), findings: locate(index, findings, doc) };
  };
}
