import { describe, expect, it } from 'vitest';
import { rulesFor, severityFor, siteOrigin, withDefaults } from '@/utils/settings/user-settings';
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

describe('withDefaults', () => {
  it.each([undefined, null, 'x', { rules: 5, customPhrases: [{ phrase: '' }], extraSites: [3] }])('repairs %j', (value) => {
    expect(withDefaults(value)).toEqual({ rules: {}, customPhrases: [], extraSites: [], membershipOverrides: [], lang: null });
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
