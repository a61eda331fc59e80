import { describe, expect, it } from 'vitest';
import { CARD_GAP, CARD_MARGIN, inViewport, placeCard } from '@/utils/page/card-position';

const viewport = { width: 1280, height: 800 };
const text = (left: number, top: number, width = 100, height = 18) => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it.each([
    ['text at the top: below it', text(100, 20), 200, 'below', 20 + 18 + CARD_GAP],
    ['text in the middle: below it', text(100, 390), 200, 'below', 390 + 18 + CARD_GAP],
    ['text at the bottom: above it', text(100, 760), 200, 'above', 760 - CARD_GAP - 200],
    ['a tall card near the bottom: above, where there is more room', text(100, 500), 400, 'above', 500 - CARD_GAP - 400],
  ] as const)('%s', (_, box, height, side, top) => {
    const p = placeCard(box, height, viewport);
    expect(p.side).toBe(side);
    expect(p.top).toBe(top);
    // Inside the viewport, and not over the text.
    expect(p.top).toBeGreaterThanOrEqual(CARD_MARGIN);
    expect(p.top + Math.min(height, p.maxHeight)).toBeLessThanOrEqual(viewport.height - CARD_MARGIN);
    if (side === 'below') expect(p.top).toBeGreaterThanOrEqual(box.bottom);
    else expect(p.top + height).toBeLessThanOrEqual(box.top);
  });

  it('a card taller than both sides scrolls inside the roomier side', () => {
    const p = placeCard(text(100, 300), 2000, viewport);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - CARD_MARGIN - (318 + CARD_GAP));
  });

  it.each([
    ['at the right edge', text(1250, 100, 30), 1280 - 320 - CARD_MARGIN],
    ['at the left edge', text(0, 100, 30), CARD_MARGIN],
    ['in between: aligned with the text', text(400, 100), 400],
  ])('keeps the card inside horizontally: %s', (_, box, left) => {
    expect(placeCard(box, 100, viewport).left).toBe(left);
  });

  it('is narrower than the viewport on a narrow window', () => {
    const p = placeCard(text(10, 10), 100, { width: 300, height: 600 });
    expect(p.width).toBe(300 - 2 * CARD_MARGIN);
    expect(p.left).toBe(CARD_MARGIN);
  });
});

describe('inViewport', () => {
  it.each([
    [text(10, 10), true],
    [text(10, -40), false],
    [text(10, 800), false],
    [text(10, -10), true],
  ])('%o -> %s', (box, expected) => {
    expect(inViewport(box, viewport)).toBe(expected);
  });
});
