/**
 * Where the hover card goes: below its text, or above when there is no room below, always inside
 * the viewport, never over the text it explains. Pure: the component measures, this decides.
 */
export interface TextBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface CardPlacement {
  left: number;
  top: number;
  width: number;
  /** the card scrolls inside this height when neither side has room for all of it */
  maxHeight: number;
  side: 'below' | 'above';
}

export const CARD_GAP = 6;
export const CARD_MARGIN = 8;
export const CARD_WIDTH = 320;

export function placeCard(text: TextBox, cardHeight: number, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * CARD_MARGIN);
  const left = Math.round(Math.max(CARD_MARGIN, Math.min(text.left, viewport.width - width - CARD_MARGIN)));
  const roomBelow = viewport.height - CARD_MARGIN - (text.bottom + CARD_GAP);
  const roomAbove = text.top - CARD_GAP - CARD_MARGIN;
  // Below when it fits, or above when that fits; otherwise the roomier side, scrolling inside.
  const side: CardPlacement['side'] = cardHeight <= roomBelow || (cardHeight > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const maxHeight = Math.max(0, Math.floor(side === 'below' ? roomBelow : roomAbove));
  const height = Math.min(cardHeight, maxHeight);
  const top = side === 'below' ? text.bottom + CARD_GAP : text.top - CARD_GAP - height;
  return { left, top: Math.round(top), width, maxHeight, side };
}

/** Whether any of the text's box is still inside the viewport (a card for text scrolled away closes). */
export function inViewport(text: TextBox, viewport: { width: number; height: number }): boolean {
  return text.bottom > 0 && text.top < viewport.height && text.right > 0 && text.left < viewport.width;
}
