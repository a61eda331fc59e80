/**
 * The Taiwanese places a note is about: those mentioned in the passage's block (its table row,
 * list item or paragraph), so that a note on "Taichung City, Taiwan, Province of China" or on a
 * selected sentence about Kaohsiung is found under that place in the dashboard and carries its
 * memberships into the report.
 */
import { buildTextIndex } from '../dom/text-index';
import { scanText } from '../naming/engine';
import type { PlaceId } from '../places/ids';

const BLOCKS = 'p, li, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, caption, figcaption, td, th, article, section, div';
/** Past this, the block is a page-sized container: only the passage itself is read. */
const MAX_BLOCK_CHARS = 4000;

function blockAround(range: Range): Node {
  const start = range.commonAncestorContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const block = el?.closest('tr') ?? el?.closest(BLOCKS);
  if (block && (block.textContent?.length ?? Infinity) <= MAX_BLOCK_CHARS) return block;
  return range.cloneContents();
}

export function placesAround(range: Range, skip: (el: Element) => boolean, also: readonly PlaceId[] = []): PlaceId[] {
  const ids = new Set<PlaceId>(also);
  for (const mention of scanText(buildTextIndex(blockAround(range), { skip })).places) for (const id of mention.placeIds) ids.add(id);
  return [...ids];
}
