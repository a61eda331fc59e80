import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, fold } from '@/utils/text/fold';

describe('fold', () => {
  it.each([
    ['Chinese Taipei', 'chinese taipei'],
    ['ＣＨＩＮＥＳＥ　ＴＡＩＰＥＩ', 'chinese taipei'],
    ['Chinese\nTaipei', 'chinese taipei'],
    ['Chinese\u00a0Taipei', 'chinese taipei'],
    ['Chinese‑Taipei', 'chinese-taipei'],
    ['Chinese–Taipei', 'chinese-taipei'],
    ['中華臺北', '中華台北'],
    ['Taipei’s', "taipei's"],
    ['臺灣，中國', '台灣,中國'],
    [`a${BLOCK_SEPARATOR}b`, `a${BLOCK_SEPARATOR}b`],
  ])('%j -> %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each(['İstanbul', 'ẞ', 'Ǆ', '👍🏽 Kaohsiung', 'e\u0301', ''])('keeps length and indices of %j', (input) => {
    expect(fold(input)).toHaveLength(input.length);
  });
});
