/** W3C Web Annotation selectors for a passage of the page's text (TextQuote + TextPosition). */
import type { TextPositionSelector, TextQuoteSelector } from '../db/types';

export const CONTEXT_CHARS = 32;

export function describeRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
