import { describe, expect, it } from 'vitest';
import { shouldInject } from '@/utils/page/injection';

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
