/**
 * When a spelling of a Taiwanese place, read in its context, names something else: "Taoyuan
 * County, Hunan", the sea goddess Mazu, 來台中國學生 ("Chinese students coming to Taiwan").
 * Only clear cases are vetoed; an ambiguous name keeps its mention with a lower confidence.
 * All text here is folded (lower case, 臺 as 台) and keeps the page's offsets.
 */
import type { Spelling } from '../naming/lexicon';

const PRC_PROVINCES =
  'anhui|fujian|gansu|guangdong|guangxi|guizhou|hainan|hebei|heilongjiang|henan|hubei|hunan|jiangsu|jiangxi|jilin|' +
  'liaoning|harbin|qinghai|shaanxi|shandong|shanxi|sichuan|yunnan|zhejiang|inner mongolia|ningxia|xinjiang|tibet';
/** "Taoyuan, Hunan" / "Yilan County (Heilongjiang)" / "Lianjiang in Guangdong Province". */
const PROVINCE_AFTER = new RegExp(`^(?: county| city)? *(?:, *|\\( *|in )(?:${PRC_PROVINCES})(?![\\p{L}])`, 'u');

const GODDESS_BEFORE = /(?:goddess|dajia|baishatun|lady|worship of|temple of) $/;
const GODDESS_AFTER = /^(?:'s)? (?:temple|pilgrimage|procession|festival|statue|belief|worship|culture|goddess|birthday|cult)/;

/** 來台中國學生: 台 (Taiwan) then 中國 (China), not 台中 (Taichung); 台中國際 is Taichung's. */
const TAIWAN_THEN_CHINA_BEFORE = /[來来在訪访赴抵駐驻留旅返]$/u;
const TAIWAN_THEN_CHINA_AFTER = /^[國国](?![際际小中])/u;

export interface MentionContext {
  /** the folded page text */
  folded: string;
  start: number;
  end: number;
  spelling: Spelling;
  /** the place's name is also a place outside Taiwan */
  lookAlike: boolean;
}

export function namesSomethingElse({ folded, start, end, spelling, lookAlike }: MentionContext): boolean {
  const quote = folded.slice(start, end);
  const after = folded.slice(end, end + 40);
  const before = folded.slice(Math.max(0, start - 20), start);
  if ((lookAlike || spelling === 'pinyin') && PROVINCE_AFTER.test(after)) return true;
  if (quote === 'mazu' && (GODDESS_BEFORE.test(before) || GODDESS_AFTER.test(after))) return true;
  if (quote === '台中' && TAIWAN_THEN_CHINA_BEFORE.test(before) && TAIWAN_THEN_CHINA_AFTER.test(after)) return true;
  // 重新北上 ("heading north again") and 新北投 (a district of Taipei City) are not New Taipei.
  if (quote === '新北' && (before.endsWith('重') || after.startsWith('投'))) return true;
  return false;
}
