import { describe, expect, it } from 'vitest';
import { newPhraseId, rulesFor, severityFor, siteOrigin, withDefaults } from '@/utils/settings/user-settings';
import { buildLexicon } from '@/utils/naming/lexicon';
import { scanText } from '@/utils/naming/engine';
import { textIndexFromString } from '@/utils/dom/text-index';

describe('user settings in the engine', () => {
  const settings = withDefaults({
    rules: { 'chinese-taipei': 'off', 'taipei-china': 'low' },
    customPhrases: [{ phrase: 'Taiwan Area', severity: 'high', explanation: 'Ask for "Taiwan".' }],
  });
  const scan = (text: string) =>
    scanText(textIndexFromString(text), { lexicon: buildLexicon(rulesFor(settings)), severityOf: severityFor(settings) }).findings.map(
      (f) => `${f.kind}/${f.severity}: ${f.quote}`,
    );

  it.each([
    ['Chinese Taipei', []],
    ['Taipei, China', ['taipei-china/low: Taipei, China']],
    ['the taiwan   area', ['custom/high: taiwan   area']],
    ['Taiwan, Province of China', ['province-of-china/critical: Taiwan, Province of China']],
  ])('%s', (text, expected) => expect(scan(text)).toEqual(expected));
});

describe('custom phrases keep their ids', () => {
  it('deleting one phrase renames no other: findings keep their rule ids', () => {
    const three = withDefaults({
      customPhrases: [
        { id: 'custom-a1', phrase: 'Taiwan Area', severity: 'high', explanation: { en: 'Ask for "Taiwan".', 'zh-TW': '請要求使用「臺灣」。' } },
        { id: 'custom-b2', phrase: 'Chinese Taiwan Region', severity: 'critical', explanation: { en: 'x', 'zh-TW': '' } },
        { id: 'custom-c3', phrase: 'Formosa Province', severity: 'low', explanation: { en: '', 'zh-TW': '省' } },
      ],
    });
    const ids = (s: ReturnType<typeof withDefaults>) =>
      scanText(textIndexFromString('Formosa Province and the Taiwan Area'), { lexicon: buildLexicon(rulesFor(s)) }).findings.map((f) => `${f.ruleId}: ${f.quote}`);
    expect(ids(three)).toEqual(['custom-c3: Formosa Province', 'custom-a1: Taiwan Area']);
    const two = { ...three, customPhrases: three.customPhrases.filter((p) => p.id !== 'custom-b2') };
    expect(ids(two)).toEqual(['custom-c3: Formosa Province', 'custom-a1: Taiwan Area']);
  });

  it('explains in both languages, each falling back to the other', () => {
    const [a, , c] = rulesFor(withDefaults({ customPhrases: [
      { id: 'custom-a', phrase: 'p1', severity: 'high', explanation: { en: 'English', 'zh-TW': '中文' } },
      { id: 'custom-b', phrase: 'p2', severity: 'high', explanation: { en: '', 'zh-TW': '' } },
      { id: 'custom-c', phrase: 'p3', severity: 'high', explanation: { en: '', 'zh-TW': '只有中文' } },
    ] })).filter((r) => r.kind === 'custom');
    expect(a!.explanation).toEqual({ en: 'English', 'zh-TW': '中文' });
    expect(c!.explanation).toEqual({ en: '只有中文', 'zh-TW': '只有中文' });
  });

  it('settings from before ids: each phrase keeps the id its rule had (its position then), one text for both languages', () => {
    const old = withDefaults({ customPhrases: [
      { phrase: 'Taiwan Area', severity: 'high', explanation: 'Ask for "Taiwan".' },
      { phrase: 'Formosa Province', severity: 'low', explanation: 'Old name.' },
    ] });
    expect(old.customPhrases.map((p) => [p.id, p.explanation.en, p.explanation['zh-TW']])).toEqual([
      ['custom-0', 'Ask for "Taiwan".', 'Ask for "Taiwan".'],
      ['custom-1', 'Old name.', 'Old name.'],
    ]);
  });

  it('new ids never collide with a kept one', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newPhraseId()));
    expect(seen.size).toBe(200);
    const dup = withDefaults({ customPhrases: [{ id: 'custom-x', phrase: 'a', severity: 'low', explanation: '' }, { id: 'custom-x', phrase: 'b', severity: 'low', explanation: '' }] });
    expect(new Set(dup.customPhrases.map((p) => p.id)).size).toBe(2);
  });
});

describe('withDefaults', () => {
  it.each([undefined, null, 'x', { rules: 5, customPhrases: [{ phrase: '' }], extraSites: [3] }])('repairs %j', (value) => {
    expect(withDefaults(value)).toEqual({ rules: {}, customPhrases: [], extraSites: [], membershipOverrides: [], ruleOverrides: [], lang: null });
  });
});

describe('extra sites', () => {
  it.each([
    ['www.example.gov.tw', 'https://www.example.gov.tw'],
    ['http://news.example.com/path', 'http://news.example.com'],
    ['javascript:alert(1)', null],
    ['', null],
  ])('%s -> %s', (input, origin) => expect(siteOrigin(input)).toBe(origin));
});
