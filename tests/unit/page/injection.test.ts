import { describe, expect, it } from 'vitest';
import { shouldInject, sweepTabs } from '@/utils/page/injection';

describe('shouldInject', () => {
  it.each([
    ['https://www.iclei.org/members', [], true],
    ['http://uclg-aspac.org/', [], true],
    ['https://example.org/', [], false],
    ['https://www.example.gov.tw/news', ['https://www.example.gov.tw'], true],
    ['http://www.example.gov.tw/news', ['https://www.example.gov.tw'], false],
    ['chrome://extensions', [], false],
    [undefined, [], false],
  ] as const)('%s with %j -> %s', (url, sites, expected) => expect(shouldInject(url, sites)).toBe(expected));
});

describe('sweepTabs', () => {
  it('injects into the loaded tabs that should have the lens, and only those', async () => {
    const injected: number[] = [];
    const tabs = [
      { id: 1, url: 'https://www.iclei.org/members' },
      { id: 2, url: 'https://example.org/' },
      { id: 3 }, // a tab whose URL the extension may not see
      { url: 'https://citynet-ap.org/' }, // no id: not a tab one can inject into
      { id: 5, url: 'https://www.example.gov.tw/x' },
    ];
    expect(await sweepTabs(async () => tabs, ['https://www.example.gov.tw'], (id) => injected.push(id))).toBe(2);
    expect(injected).toEqual([1, 5]);
  });
});
