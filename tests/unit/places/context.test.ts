import { describe, expect, it } from 'vitest';
import { scanText } from '@/utils/naming/engine';
import type { TextIndex } from '@/utils/dom/text-index';

const findPlaces = (index: TextIndex) => scanText(index).places;
import { textIndexFromString } from '@/utils/dom/text-index';

const found = (text: string) => findPlaces(textIndexFromString(text)).map((m) => `${m.quote}=${m.placeIds.join('+')}`);

describe('a spelling that, in its context, names something else', () => {
  it.each([
    ['Taoyuan County, Hunan Province', []],
    ['Taoyuan (Hunan)', []],
    ['Yilan County, Heilongjiang', []],
    ['Yilan in Heilongjiang', []],
    ['Lianjiang, Guangdong', []],
    ['Lianjiang County, Fujian', []],
    ['the sea goddess Mazu', []],
    ['the Dajia Mazu pilgrimage', []],
    ['Mazu temple', []],
    ['在台中國人', []],
    ['來台中國學生', []],
    ['新北投溫泉', []],
    ['重新北上', []],
    ['Taoyuan County in Changde', []],
    ['Hunan’s Taoyuan County', []],
    ['Lianjiang, a county-level city', []],
    ["Changzhou's Xinbei District", []],
    ['Xinbei District, Changzhou', []],
    ['Nantou Old Town', []],
    ['Beijing Hualian Group', []],
    ['Zhang Jiayi said', []],
    ['Lin Chia-yi said', []],
    ['Jilong County, Tibet', []],
    ['dedicated to Matsu', []],
    ['the Matsu Temple', []],
    ['Taipei Economic and Cultural Office', []],
    ['Taipei Representative Office', []],
    ['the Taipei Mission in Sweden', []],
    ['駐美國台北經濟文化代表處', []],
    ['國際舞台中', []],
    ['電台中午', []],
    ['在台中國家歌劇院', ['台中=taichung']],
    ['常州市新北区', []],
    ['舊金山金門大橋', []],
    ['桃園三結義', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('the same spellings where they are Taiwan’s', () => {
  it.each([
    ['Taoyuan, Taiwan', ['Taoyuan=taoyuan']],
    ['Taoyuan City hosted Hunan’s delegation', ['Taoyuan City=taoyuan']],
    ['Yilan County', ['Yilan County=yilan']],
    ['Kinmen County, Fujian Province (ROC)', ['Kinmen County=kinmen']],
    ['Matsu and Mazu islands', ['Matsu=lienchiang', 'Mazu=lienchiang']],
    ['台中國際機場', ['台中=taichung']],
    ['來台中參觀', ['台中=taichung']],
    ['新北市長', ['新北市=new-taipei']],
    ['新北與台北', ['新北=new-taipei', '台北=taipei']],
    ['桃园与宜兰', ['桃园=taoyuan', '宜兰=yilan']],
    ['Jinmen County, Fujian Province', ['Jinmen=kinmen']],
    ['Taoyuan in Taiwan', ['Taoyuan=taoyuan']],
    ['flights to Matsu', ['Matsu=lienchiang']],
    ['Taipei economic growth', ['Taipei=taipei']],
    ['Nantou County', ['Nantou County=nantou']],
    ['南下台中', ['台中=taichung']],
    ['前台北市長', ['台北市=taipei']],
    ['金門大橋通車', ['金門=kinmen']],
    ['a new Taipei office', ['Taipei=taipei']],
    ['New Taipei', ['New Taipei=new-taipei']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
