import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, fold, foldButCase, foldByCharacter } from '@/utils/text/fold';

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

describe('fold without a loop in script', () => {
  it('gives what folding character by character gives, for every BMP character', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      const text = `a${ch}B`;
      if (fold(text) !== foldByCharacter(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
  it('keeps every offset where lower-casing would lengthen the text', () => {
    expect(fold('İstanbul Taipei').length).toBe('İstanbul Taipei'.length);
  });
});

describe('foldButCase', () => {
  it('folds all but letter case, keeping every offset, for every BMP character', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const text = `a${String.fromCharCode(c)}B`;
      const half = foldButCase(text);
      if (half.length !== text.length || fold(half) !== fold(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
  it.each([
    ['Chinese\u00a0Taipei', 'Chinese Taipei'],
    ['Taiwán, Provincia de China', 'Taiwan, Provincia de China'],
    ['臺北市\nTAIPEI', '台北市 TAIPEI'],
  ])('%j reads as %j', (input, expected) => expect(foldButCase(input)).toBe(expected));
});
