/**
 * Taiwan's places and every way pages spell them (NAMING.md's table). Chinese forms are listed
 * with 台; matching folds 臺 to 台, so both are found.
 */
import type { PlaceId } from './ids';

export interface Place {
  id: PlaceId;
  names: { en: string; 'zh-TW': string };
  /** official English, with and without City/County */
  official: string[];
  /** older or other romanizations and former names (Taipei County, Quemoy…) */
  old: string[];
  /** PRC Hanyu-pinyin spellings that differ from the official ones */
  pinyin: string[];
  /** Chinese, traditional and simplified, with and without 市/縣 */
  zh: string[];
  /** also the name of a place outside Taiwan (Taoyuan in Hunan, Yilan in Heilongjiang) */
  lookAlike?: boolean;
  /** spellings, of a place not otherwise ambiguous, that also name a place outside Taiwan (Xinbei District in Changzhou) */
  elsewhere?: string[];
}

export const PLACES: readonly Place[] = [
  { id: 'taipei', names: { en: 'Taipei City', 'zh-TW': '臺北市' }, official: ['Taipei City', 'Taipei'], old: ["T'ai-pei", 'Taipei Municipality', 'Taipéi', 'Taipeh'], pinyin: ['Taibei'], zh: ['台北市', '台北'] },
  { id: 'new-taipei', names: { en: 'New Taipei City', 'zh-TW': '新北市' }, official: ['New Taipei City', 'New Taipei'], old: ['Taipei County', 'Sinbei', 'Sinbei City'], pinyin: ['Xinbei', 'Xinbei City'], zh: ['新北市', '台北縣', '台北县', '新北'], elsewhere: ['Xinbei'] },
  { id: 'taoyuan', names: { en: 'Taoyuan City', 'zh-TW': '桃園市' }, official: ['Taoyuan City', 'Taoyuan'], old: ['Taoyuan County', 'Tao-yuan'], pinyin: [], zh: ['桃園市', '桃园市', '桃園縣', '桃园县', '桃園', '桃园'], lookAlike: true },
  { id: 'taichung', names: { en: 'Taichung City', 'zh-TW': '臺中市' }, official: ['Taichung City', 'Taichung'], old: ['Taichung County', "T'ai-chung"], pinyin: ['Taizhong'], zh: ['台中市', '台中縣', '台中县', '台中'] },
  { id: 'tainan', names: { en: 'Tainan City', 'zh-TW': '臺南市' }, official: ['Tainan City', 'Tainan'], old: ['Tainan County', "T'ai-nan"], pinyin: [], zh: ['台南市', '台南縣', '台南县', '台南'] },
  { id: 'kaohsiung', names: { en: 'Kaohsiung City', 'zh-TW': '高雄市' }, official: ['Kaohsiung City', 'Kaohsiung'], old: ['Kaohsiung County', 'Kao-hsiung', 'Kaoshiung'], pinyin: ['Gaoxiong'], zh: ['高雄市', '高雄縣', '高雄县', '高雄'] },
  { id: 'keelung', names: { en: 'Keelung City', 'zh-TW': '基隆市' }, official: ['Keelung City', 'Keelung'], old: ['Chilung', 'Chi-lung'], pinyin: ['Jilong'], zh: ['基隆市', '基隆'], elsewhere: ['Jilong'] },
  { id: 'hsinchu-city', names: { en: 'Hsinchu City', 'zh-TW': '新竹市' }, official: ['Hsinchu City'], old: [], pinyin: ['Xinzhu City'], zh: ['新竹市'] },
  { id: 'hsinchu-county', names: { en: 'Hsinchu County', 'zh-TW': '新竹縣' }, official: ['Hsinchu County'], old: [], pinyin: ['Xinzhu County'], zh: ['新竹縣', '新竹县'] },
  { id: 'miaoli', names: { en: 'Miaoli County', 'zh-TW': '苗栗縣' }, official: ['Miaoli County', 'Miaoli'], old: [], pinyin: [], zh: ['苗栗縣', '苗栗县', '苗栗'] },
  { id: 'changhua', names: { en: 'Changhua County', 'zh-TW': '彰化縣' }, official: ['Changhua County', 'Changhua'], old: [], pinyin: ['Zhanghua'], zh: ['彰化縣', '彰化县', '彰化'] },
  { id: 'nantou', names: { en: 'Nantou County', 'zh-TW': '南投縣' }, official: ['Nantou County', 'Nantou'], old: [], pinyin: [], zh: ['南投縣', '南投县', '南投'], elsewhere: ['Nantou'] },
  { id: 'yunlin', names: { en: 'Yunlin County', 'zh-TW': '雲林縣' }, official: ['Yunlin County', 'Yunlin'], old: [], pinyin: [], zh: ['雲林縣', '云林县', '雲林', '云林'] },
  { id: 'chiayi-city', names: { en: 'Chiayi City', 'zh-TW': '嘉義市' }, official: ['Chiayi City'], old: [], pinyin: ['Jiayi City'], zh: ['嘉義市', '嘉义市'] },
  { id: 'chiayi-county', names: { en: 'Chiayi County', 'zh-TW': '嘉義縣' }, official: ['Chiayi County'], old: [], pinyin: ['Jiayi County'], zh: ['嘉義縣', '嘉义县'] },
  { id: 'pingtung', names: { en: 'Pingtung County', 'zh-TW': '屏東縣' }, official: ['Pingtung County', 'Pingtung'], old: ["P'ing-tung"], pinyin: ['Pingdong'], zh: ['屏東縣', '屏东县', '屏東', '屏东'] },
  { id: 'yilan', names: { en: 'Yilan County', 'zh-TW': '宜蘭縣' }, official: ['Yilan County', 'Yilan'], old: ['Ilan', 'I-lan', 'Ilan County'], pinyin: [], zh: ['宜蘭縣', '宜兰县', '宜蘭', '宜兰'], lookAlike: true },
  { id: 'hualien', names: { en: 'Hualien County', 'zh-TW': '花蓮縣' }, official: ['Hualien County', 'Hualien'], old: ['Hua-lien'], pinyin: ['Hualian'], zh: ['花蓮縣', '花莲县', '花蓮', '花莲'] },
  { id: 'taitung', names: { en: 'Taitung County', 'zh-TW': '臺東縣' }, official: ['Taitung County', 'Taitung'], old: ["T'ai-tung"], pinyin: ['Taidong'], zh: ['台東縣', '台东县', '台東', '台东'] },
  { id: 'penghu', names: { en: 'Penghu County', 'zh-TW': '澎湖縣' }, official: ['Penghu County', 'Penghu'], old: ['Pescadores'], pinyin: [], zh: ['澎湖縣', '澎湖县', '澎湖'] },
  { id: 'kinmen', names: { en: 'Kinmen County', 'zh-TW': '金門縣' }, official: ['Kinmen County', 'Kinmen'], old: ['Quemoy', 'Chinmen'], pinyin: ['Jinmen'], zh: ['金門縣', '金门县', '金門', '金门'] },
  { id: 'lienchiang', names: { en: 'Lienchiang County (Matsu)', 'zh-TW': '連江縣（馬祖）' }, official: ['Lienchiang County', 'Lienchiang'], old: ['Matsu'], pinyin: ['Lianjiang', 'Mazu'], zh: ['連江縣', '连江县', '馬祖', '马祖'], elsewhere: ['Lianjiang'] },
];

/** Names that may be the city or the county: both ids are candidates (NAMING.md). */
export const SHARED_NAMES: readonly { names: string[]; pinyin: string[]; zh: string[]; ids: PlaceId[] }[] = [
  { names: ['Hsinchu', 'Hsin-chu'], pinyin: ['Xinzhu'], zh: ['新竹'], ids: ['hsinchu-city', 'hsinchu-county'] },
  { names: ['Chiayi', 'Chia-yi'], pinyin: ['Jiayi'], zh: ['嘉義', '嘉义'], ids: ['chiayi-city', 'chiayi-county'] },
];

const byId = new Map(PLACES.map((p) => [p.id, p]));
export function placeById(id: PlaceId): Place {
  return byId.get(id)!;
}
