import { describe, expect, it } from 'vitest';
import { phraseKey, trieSource } from '@/utils/text/trie-regex';
import { fold } from '@/utils/text/fold';

function matcher(phrases: string[]) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieSource(phrases.map(fold))})(?![\\p{L}\\p{N}])`, 'gu');
  const keys = new Set(phrases.map((p) => phraseKey(fold(p))));
  return (text: string) =>
    [...fold(text).matchAll(re)].map((m) => {
      expect(keys.has(phraseKey(m[0]))).toBe(true);
      return text.slice(m.index, m.index + m[0].length);
    });
}

describe('trieSource', () => {
  const find = matcher(['Taipei', 'Taipei City', 'Chinese Taipei', 'Taipei, China', 'Taiwan (Province of China)', "T'ai-pei"]);
  it.each([
    ['Taipei City and Chinese Taipei', ['Taipei City', 'Chinese Taipei']],
    ['Chinese\n  Taipei', ['Chinese\n  Taipei']],
    ['Chinese-Taipei', ['Chinese-Taipei']],
    ['Taipei,China and Taipei , China', ['Taipei,China', 'Taipei , China']],
    ['Taiwan ( Province of China )', ['Taiwan ( Province of China )']],
    ['Taipeiing Taipei', ['Taipei']],
    ['T’ai-pei', ['T’ai-pei']],
    ['TAIPEI', ['TAIPEI']],
  ])('%j -> %j', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('matches Chinese without word boundaries and prefers the longest', () => {
    const re = new RegExp(trieSource(['台北', '台北市', '中華台北'].map(fold)), 'g');
    expect([...fold('中華臺北與臺北市').matchAll(re)].map((m) => m[0])).toEqual(['中華台北', '台北市']);
  });
});

describe('phraseKey', () => {
  it.each([
    ['taipei ,  china', 'taipei,china'],
    ['chinese-taipei', 'chinese taipei'],
    ['taiwan ( province of china )', 'taiwan(province of china)'],
  ])('%j -> %j', (a, b) => expect(phraseKey(a)).toBe(b));
});
