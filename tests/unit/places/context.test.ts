import { describe, expect, it } from 'vitest';
import { findPlaces } from '@/utils/places/find';
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
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
