import { describe, expect, it } from 'vitest';
import { scanText } from '@/utils/naming/engine';
import type { TextIndex } from '@/utils/dom/text-index';

const findPlaces = (index: TextIndex) => scanText(index).places;
import { textIndexFromString } from '@/utils/dom/text-index';
import { PLACES, SHARED_NAMES } from '@/utils/places/data';
import { PLACE_IDS } from '@/utils/places/ids';

const found = (text: string) => findPlaces(textIndexFromString(text)).map((m) => [m.quote, m.placeIds.join('+')]);

describe('every spelling in NAMING.md is a mention of its place', () => {
  const cases = PLACES.flatMap((p) => [...p.official, ...p.old, ...p.pinyin, ...p.zh].map((name) => [name, p.id] as const));
  it.each(cases)('%s -> %s', (name, id) => {
    expect(found(`Delegates from ${name} attended.`)).toEqual([[name, id]]);
  });
  it.each(SHARED_NAMES.flatMap((s) => [...s.names, ...s.pinyin, ...s.zh].map((n) => [n, s.ids.join('+')] as const)))(
    '%s is ambiguous: %s',
    (name, ids) => expect(found(`${name} 2024`)).toEqual([[name, ids]]),
  );
  it('covers every place id', () => {
    expect(PLACES.map((p) => p.id).sort()).toEqual([...PLACE_IDS].sort());
  });
});

describe('folding and boundaries', () => {
  it.each([
    ['臺北市與台北市', [['臺北市', 'taipei'], ['台北市', 'taipei']]],
    ['KAOHSIUNG and ｋａｏｈｓｉｕｎｇ', [['KAOHSIUNG', 'kaohsiung'], ['ｋａｏｈｓｉｕｎｇ', 'kaohsiung']]],
    ['Taipei’s mayor', [['Taipei', 'taipei']]],
    ['Taipeiing is not a word', []],
    ['Mountainan and Taizhou and Taichunga', []],
    ['ICLEI Kaohsiung Capacity Center', [['Kaohsiung', 'kaohsiung']]],
    ['New Taipei City, then Taipei County', [['New Taipei City', 'new-taipei'], ['Taipei County', 'new-taipei']]],
    ['Kao-hsiung and T’ai-pei', [['Kao-hsiung', 'kaohsiung'], ['T’ai-pei', 'taipei']]],
    ['Hsinchu City and Hsinchu County', [['Hsinchu City', 'hsinchu-city'], ['Hsinchu County', 'hsinchu-county']]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['Chinese Taipei', []],
    ['中華臺北', []],
    ['Taipei, China', []],
    ['Taipei,China', []],
  ])('%s is not a mention of Taipei City', (text, expected) => expect(found(text)).toEqual(expected));

  it('marks look-alike names', () => {
    const [m] = findPlaces(textIndexFromString('Taoyuan'));
    expect(m?.ambiguous).toBe(true);
  });
});
