/**
 * A passage of the live page as stored selectors, and back: the quote with its context as people
 * read it (the text index, blocks on their own lines), the position as W3C defines it (the body's
 * text content). Placing maps the stored position into the index and lets `anchor` decide.
 */
import type { Selector } from '../db/types';
import { rangeFromOffsets, textOffsetAt, type TextIndex } from '../dom/text-index';
import { BLOCK_SEPARATOR } from '../text/fold';
import { anchor } from './anchor';
import { describeRange } from './describe';
import { positionOf, rangeAtPosition, type ContentIndex } from './position';

const sep = new RegExp(BLOCK_SEPARATOR, 'g');
/** The index's text as people read it: block separators become line breaks (same length). */
export const readable = (index: TextIndex) => index.text.replace(sep, '\n');

/** Selectors for the range, trimmed of surrounding white space; null when it holds no indexed text. */
export function describePassage(root: Node, index: TextIndex, text: string, range: Range, doc: Document): Selector[] | null {
  let start = textOffsetAt(index, range.startContainer, range.startOffset, doc);
  let end = textOffsetAt(index, range.endContainer, range.endOffset, doc);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const trimmed = rangeFromOffsets(index, start, end, doc);
  const position = trimmed && positionOf(root, trimmed);
  const [quote] = describeRange(text, start, end);
  return position ? [quote, position] : [quote];
}

/** Where the stored passage is now, or null (orphaned): never a guess on the wrong passage. */
export function placePassage(index: TextIndex, text: string, content: ContentIndex, target: readonly Selector[], doc: Document): Range | null {
  const inIndex = target.flatMap((s): Selector[] => {
    if (s.type !== 'TextPositionSelector') return [s];
    const range = rangeAtPosition(content, s, doc);
    const start = range && textOffsetAt(index, range.startContainer, range.startOffset, doc);
    const end = range && textOffsetAt(index, range.endContainer, range.endOffset, doc);
    return start != null && end != null && end > start ? [{ type: 'TextPositionSelector', start, end }] : [];
  });
  const found = anchor(text, inIndex);
  return found ? rangeFromOffsets(index, found.start, found.end, doc) : null;
}
