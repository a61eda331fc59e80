import { describe, expect, it } from 'vitest';
import { phraseStarts, scanText, type ScanOptions } from '@/utils/naming/engine';
import type { TextIndex } from '@/utils/dom/text-index';
import { textIndexFromString } from '@/utils/dom/text-index';
import { RULES } from '@/utils/naming/rules';

const findIssues = (index: TextIndex, opts?: ScanOptions) => scanText(index, opts).findings;
const issues = (text: string) => findIssues(textIndexFromString(text)).map((f) => `${f.kind}: ${f.quote}`);

describe('every phrase of every rule is found, folded', () => {
  const cases = RULES.flatMap((r) => r.phrases.map((p) => [p, r.kind] as const));
  it.each(cases)('%s -> %s', (phrase, kind) => {
    expect(issues(`The form says ${phrase}.`)).toEqual([`${kind}: ${phrase}`]);
  });
});

describe('variants', () => {
  it.each([
    ['Chinese\nTaipei', ['chinese-taipei: Chinese\nTaipei']],
    ['Chinese-Taipei', ['chinese-taipei: Chinese-Taipei']],
    ['CHINESE   TAIPEI', ['chinese-taipei: CHINESE   TAIPEI']],
    ['ＣＨＩＮＥＳＥ　ＴＡＩＰＥＩ', ['chinese-taipei: ＣＨＩＮＥＳＥ　ＴＡＩＰＥＩ']],
    ['中華臺北', ['chinese-taipei: 中華臺北']],
    ['Taiwan , Province of China', ['province-of-china: Taiwan , Province of China']],
    ['Taipei,China', ['taipei-china: Taipei,China']],
    ['中國臺北', ['taipei-china: 中國臺北']],
    ['中國臺灣省', ['province-of-china: 中國臺灣省']],
    ['Kaohsiung, China', ['under-china: Kaohsiung, China']],
    ['Tainan (China) hosted', ['under-china: Tainan (China)']],
    ['Taipei City, PRC', ['under-china: Taipei City, PRC']],
    ['Taichung, P.R. China', ['under-china: Taichung, P.R. China']],
    ['中國高雄', ['under-china: 中國高雄']],
    ['Gaoxiong', ['prc-romanization: Gaoxiong']],
    ['Taibei and Xinbei', ['prc-romanization: Taibei', 'prc-romanization: Xinbei']],
    [
      'China (including mainland, Hong Kong, Macau, Chinese Taipei)',
      ['under-china: China (including mainland, Hong Kong, Macau, Chinese Taipei)'],
    ],
    ['Kaohsiung, Taiwan, China', ['taiwan-china: Taiwan, China']],
    ['flew Taipei, China Airlines’ hub, to Seoul', []],
    ['Taiwan, China Airlines and EVA Air', []],
    ['China–Taiwan relations', []],
    ['China-Taiwan trade', []],
    ['delegates of China Taiwan attended', ['taiwan-china: China Taiwan']],
    ['“Taipei, China” since 1986', ['taipei-china: Taipei, China']],
    ["people in China's Taiwan were", ["taiwan-china: China's Taiwan"]],
    ['Kaohsiung (CHN)', ['under-china: Kaohsiung (CHN)']],
    ['Taichung 40724, P.R. China', ['under-china: Taichung 40724, P.R. China']],
    ['the Chinese city of Tainan', ['under-china: Chinese city of Tainan']],
    ['TAINAN, CHINA HOSTS FORUM', ['under-china: TAINAN, CHINA']],
    ['China: Beijing, Shenzhen, Kaohsiung', ['under-china: Kaohsiung']],
    ['China: Beijing, Shanghai and Kaohsiung', ['under-china: Kaohsiung']],
    ['Kaohsiung\tChina\t2009', ['under-china: Kaohsiung']],
    ['China\u2029Beijing\nKaohsiung', ['under-china: Kaohsiung']],
    ['China\u2029Kaohsiung City', ['under-china: Kaohsiung City']],
    ['Hualien, Taiwan, China', ['taiwan-china: Taiwan, China']],
    ['Academia Sinica, Taiwan, China', ['taiwan-china: Taiwan, China']],
  ])('%j', (text, expected) => expect(issues(text)).toEqual(expected));
});

describe('not issues', () => {
  it.each([
    'Taiwan',
    'Republic of China (Taiwan)',
    'Taiwan (ROC)',
    'ROC (Taiwan)',
    '臺灣與台灣',
    '中華民國（臺灣）',
    'China Airlines flies to Kaohsiung.',
    'Kaohsiung, China Airlines hub',
    'Mainland Affairs Council',
    'Kaohsiung hosted it. China sent a delegation.',
    'Kaohsiung\u2029China',
    'cities in China, Taiwan and Japan',
    'Japan, Korea, China, Taiwan, and Mongolia',
    'Taoyuan and Chinatown',
    'Taipei City',
    "China's Taiwan policy",
    "China's Taiwan Affairs Office",
    'Unlike China, Taiwan has',
    "tensions with China, Taiwan's council said",
    'Japan\nChina\nTaiwan',
    'KAOHSIUNG, CHINA STEEL SIGN PACT',
    'Greater China (including Taiwan)',
    '台中中國醫藥大學',
    '在中國台灣人',
    'China\u2029Beijing\u2029Taiwan\u2029Kaohsiung',
    'Tags: China\u2029China\u2029Kaohsiung mayor visits Japan',
  ])('%j', (text) => expect(issues(text)).toEqual([]));

  it('reports "Chinese Taipei" once, not also as Taipei', () => {
    expect(issues('Chinese Taipei')).toEqual(['chinese-taipei: Chinese Taipei']);
  });
});

describe('findings carry what the card needs', () => {
  it('offsets, places, confidence, explanation and suggestion', () => {
    const [f] = findIssues(textIndexFromString('See Kaohsiung, China.'));
    expect(f).toMatchObject({ ruleId: 'under-china', severity: 'critical', start: 4, end: 20, placeIds: ['kaohsiung'], confidence: 1 });
    expect(f!.suggestion.en).toBe('Kaohsiung City, Taiwan');
    expect(f!.explanation?.['zh-TW']).toMatch(/中國/);
  });
  it('lowers confidence for a look-alike name', () => {
    const [f] = findIssues(textIndexFromString('Taoyuan, China'));
    expect(f!.confidence).toBeLessThan(1);
  });
  it('honours severity overrides and rules turned off', () => {
    const index = textIndexFromString('Chinese Taipei and Taiwan, Province of China');
    const found = findIssues(index, { severityOf: (r) => (r.kind === 'chinese-taipei' ? null : 'low') });
    expect(found.map((f) => [f.kind, f.severity])).toEqual([['province-of-china', 'low']]);
  });
});

describe('the first read of a page finds where every grouping may be', () => {
  it.each([
    'China (including Hong Kong, Macau and Taiwan)',
    'China (incl. Hong Kong, Macau, Taipei)',
    'China (comprising the mainland and Chinese Taipei)',
    'Members from China (including Taiwanese cities)',
    '中國（包括港澳台）',
    '中国（含台湾）',
  ])('%s', (text) => {
    const { places, findings } = scanText(textIndexFromString(text));
    expect(findings.some((f) => f.ruleId === 'under-china')).toBe(true);
    // One start, at least, inside the grouping (each read of a start walks its block).
    expect(phraseStarts(text).sure.length).toBeGreaterThan(0);
    expect(places.length + findings.length).toBeGreaterThan(0);
  });
});
