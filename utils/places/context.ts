/**
 * When a spelling of a Taiwanese place, read in its context, names something else: "Taoyuan
 * County, Hunan", the sea goddess Mazu, 來台中國學生 ("Chinese students coming to Taiwan").
 * Only clear cases are vetoed; an ambiguous name keeps its mention with a lower confidence.
 * All text here is folded (lower case, 臺 as 台) and keeps the page's offsets.
 */
import type { Spelling } from '../naming/lexicon';
import type { PlaceId } from './ids';
import { LETTER } from '../text/letters';

/** PRC provinces, and the prefectures that hold a look-alike (Changde: Taoyuan; Changzhou: Xinbei…). */
const PRC_AREAS = new Set(
  ('anhui|fujian|gansu|guangdong|guangxi|guizhou|hainan|hebei|heilongjiang|henan|hubei|hunan|jiangsu|jiangxi|jilin|' +
    'liaoning|qinghai|shaanxi|shandong|shanxi|sichuan|yunnan|zhejiang|inner mongolia|ningxia|xinjiang|tibet|' +
    'harbin|changde|changzhou|zhanjiang|shenzhen|shigatse|xigaze').split('|'),
);
// The word is captured and looked up in a set: an alternation of every name compiles slowly, on each page.
/** "Taoyuan, Hunan" / "Yilan County (Heilongjiang)" / "Taoyuan County in Changde". */
const AREA_AFTER = new RegExp(`^(?: county| city| district)? *(?:, *|\\( *|in |of )(inner mongolia|[a-z]+)(?![${LETTER}])`);
/** "Taoyuan, a county-level city". */
const COUNTY_LEVEL_AFTER = /^(?: county| city| district)? *,? (?:is )?an? county-level city/;
/** "Changzhou's Xinbei District" / "Hunan's Taoyuan County". */
const AREA_BEFORE = new RegExp(`(?:^|[^${LETTER}])(inner mongolia|[a-z]+)(?: province)?'s $`);

/** The PRC area named right after a name: its name, '' for "a county-level city", or null. */
function areaAfter(after: string): string | null {
  const named = AREA_AFTER.exec(after);
  if (named && PRC_AREAS.has(named[1]!)) return named[1]!;
  return COUNTY_LEVEL_AFTER.test(after) ? '' : null;
}

/** Taiwan's Kinmen is in (the ROC's) Fujian: "Jinmen County, Fujian Province" is still Kinmen. */
const HOME_AREA: Partial<Record<PlaceId, string>> = { kinmen: 'fujian' };

/** The sea goddess (媽祖), written Mazu or Matsu, and the islands named after her. */
const GODDESS_BEFORE = /(?:goddess|dajia|baishatun|lady|worship of|temple of|dedicated to|devoted to|pray(?:ed|ing)? to|worship(?:ped|ping)?) $/;
const GODDESS_AFTER = /^(?:'s)?,? (?:the )?(?:temple|pilgrimage|procession|festival|statue|belief|worship|culture|goddess|birthday|cult|palanquin)/;

/** What follows a pinyin name when it names a company or a PRC old town: "Beijing Hualian Group", "Nantou Old Town". */
const NAME_GOES_ON = new RegExp(`^ (?:group|supermarkets?|department store|holdings?|co\\.|corporation|company|ltd|old town|ancient city)(?![${LETTER}])`);
/**
 * Common Chinese surnames, in pinyin and Wade-Giles: "Zhang Jiayi" and "Lin Chia-yi" are people.
 * Only pinyin and hyphenated spellings are checked; they double as given names.
 */
const SURNAMES = new Set(
  ('wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|gao|luo|zheng|liang|' +
    'xie|song|tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|ren|' +
    'shen|yao|jin|fu|zhong|xue|wen|qin|jia|fang|tan|zou|shi|xiong|meng|qiu|hou|bai|kong|mao|hao|gu|lai|long|duan|qian|' +
    'yin|lei|hong|chang|tsai|hsu|hsieh|kuo|hung|chiu|tseng|liao|chou|yeh|chuang|chiang|ho|lo|kao|chien|chu|ko|shih|' +
    'tu|yen|tsao|tien|sung|teng|chung|kuan|chao').split('|'),
);
/** The word right before a name and its space ("zhang " before "jiayi"). */
const WORD_BEFORE = new RegExp(`(?:^|[^${LETTER}])([a-z]+) $`);

/** "Taipei" standing for the country in the names of Taiwan's missions abroad. */
const MISSION_AFTER =
  new RegExp('^ (?:economic(?: and| &|,) (?:cultural|trade)|representative office|mission (?:in|to)|liaison office|trade office)|^(?:經濟文化|经济文化|代表處|代表处)');

// Chinese in RegExp strings, not regex literals or String.raw: the build escapes only plain strings to ASCII
// (Chrome refuses a whole extension over one script it cannot decode; see build-output.test.ts).

/** 來台中國學生: 台 (Taiwan) then 中國 (China), not 台中 (Taichung); 台中國際 / 台中國家歌劇院 are Taichung's. */
const TAIWAN_THEN_CHINA_BEFORE = new RegExp('[來来在訪访赴抵駐驻留旅返]$', 'u');
const TAIWAN_THEN_CHINA_AFTER = new RegExp('^[國国](?![際际小中家立稅税美])', 'u');
/** 舞台中央, 平台中, 電台中午: 台 ends the word before (stage, platform, radio station), so 台中 is not Taichung. */
const TAI_WORD_BEFORE = new RegExp('[舞平電电櫃柜陽阳擂吧煙烟邢炮砲戲戏]$', 'u');

const NOT_NEW_TAIPEI_AFTER = new RegExp('^[投区區京]', 'u');
const KINMEN = new RegExp('^金[門门]$', 'u');
const GOLDEN_GATE_BEFORE = new RegExp('[舊旧]金山$', 'u');
const TAOYUAN = new RegExp('^桃[園园]$', 'u');
const OATH_AFTER = new RegExp('^三?[結结][義义]', 'u');

/** Chinese names that read as another place or thing: 舊金山金門大橋, 桃園三結義, 常州新北区. */
function zhElsewhere(quote: string, before: string, after: string): boolean {
  if (quote.startsWith('台') && TAI_WORD_BEFORE.test(before)) return true;
  if (quote === '台中' && TAIWAN_THEN_CHINA_BEFORE.test(before) && TAIWAN_THEN_CHINA_AFTER.test(after)) return true;
  // 重新北上 ("heading north again"), 新北投 (a district of Taipei City), 新北区 (Changzhou), 新北京.
  if (quote === '新北' && (before.endsWith('重') || NOT_NEW_TAIPEI_AFTER.test(after))) return true;
  if (KINMEN.test(quote) && GOLDEN_GATE_BEFORE.test(before)) return true;
  if (TAOYUAN.test(quote) && OATH_AFTER.test(after)) return true;
  return false;
}

export interface MentionContext {
  /** the folded page text */
  folded: string;
  start: number;
  end: number;
  spelling: Spelling;
  /** the place's name is also a place outside Taiwan */
  lookAlike: boolean;
  ids?: readonly PlaceId[];
}

export function namesSomethingElse({ folded, start, end, spelling, lookAlike, ids = [] }: MentionContext): boolean {
  const quote = folded.slice(start, end);
  const after = folded.slice(end, end + 40);
  const before = folded.slice(Math.max(0, start - 20), start);
  if ((quote === 'taipei' || quote === '台北') && MISSION_AFTER.test(after)) return true;
  if (spelling === 'zh') return zhElsewhere(quote, before, after);
  if (lookAlike || spelling === 'pinyin') {
    const area = areaAfter(after);
    // An area outside Taiwan, unless it is the ROC's own name for where this place is (Kinmen, Fujian).
    if (area !== null && !(area && ids.some((id) => HOME_AREA[id] === area))) return true;
    const areaBefore = AREA_BEFORE.exec(before);
    if ((areaBefore && PRC_AREAS.has(areaBefore[1]!)) || NAME_GOES_ON.test(after)) return true;
  }
  const givenName = spelling === 'pinyin' || (spelling !== 'official' && /[- ]/.test(quote));
  if (givenName && SURNAMES.has(WORD_BEFORE.exec(before)?.[1] ?? '')) return true;
  if ((quote === 'mazu' || quote === 'matsu') && (GODDESS_BEFORE.test(before) || GODDESS_AFTER.test(after))) return true;
  return false;
}

/**
 * Where each look-alike's namesake lies in the PRC, for reading a whole block or page: "Taoyuan
 * County … lies in the north-west of Hunan Province", a page titled "Yilan County, Heilongjiang".
 */
/** A look-alike's namesake area: its Latin names as words, or its Chinese names anywhere. */
const namesakeArea = (latin: string, han: string) => new RegExp(`(?:^|[^${LETTER}])(?:${latin})(?![${LETTER}])|${han}`);
const NAMESAKE_AREAS: Partial<Record<PlaceId, RegExp>> = {
  taoyuan: namesakeArea('hunan|changde', '湖南|常德'),
  yilan: namesakeArea('heilongjiang|harbin', '黑[龍龙]江|哈[爾尔]濱|哈尔滨'),
  'new-taipei': namesakeArea('changzhou|jiangsu', '常州|江[蘇苏]'),
  nantou: namesakeArea('shenzhen|nanshan|guangdong', '深圳|南山'),
  keelung: namesakeArea('tibet|shigatse|xigaze', '西藏|日喀[則则]'),
  lienchiang: namesakeArea('fuzhou|zhanjiang|guangdong', '福州|湛江'),
};
/** Taiwan named in the same block or title, or the place by a form its namesake does not have. */
const TAIWAN_SIGNAL = new RegExp('taiwan|chinese taipei|taoyuan city|new taipei|台灣|台湾|中華台北|中华台北|桃園市|新北市', 'u');
const MAX_LOOKS = 50;

/**
 * The page (its title and heading, or the blocks that mention the name) places this look-alike in
 * the PRC, and nothing there says Taiwan: every mention of it is the namesake. `folded` is the
 * folded text, `name` a folded spelling found in it, `context` the folded title and heading.
 */
export function namesakeOnPage(folded: string, context: string, id: PlaceId, name: string): boolean {
  const area = NAMESAKE_AREAS[id];
  if (!area) return false;
  if (TAIWAN_SIGNAL.test(context)) return false;
  let elsewhere = area.test(context);
  let from = 0;
  for (let looks = 0; looks < MAX_LOOKS; looks++) {
    const at = folded.indexOf(name, from);
    if (at < 0) break;
    const blockStart = Math.max(folded.lastIndexOf('\u2029', at) + 1, at - 1500);
    const stop = folded.indexOf('\u2029', at);
    const block = folded.slice(blockStart, stop < 0 ? Math.min(folded.length, at + 1500) : Math.min(stop, at + 1500));
    if (TAIWAN_SIGNAL.test(block)) return false;
    if (area.test(block)) elsewhere = true;
    from = at + name.length;
  }
  return elsewhere;
}
