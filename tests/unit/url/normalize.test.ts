import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '@/utils/url/normalize';

describe('normalizeUrl', () => {
  it.each([
    ['https://ICLEI.org:443/news/?utm_source=x&b=2&a=1#top', 'https://iclei.org/news/?a=1&b=2'],
    ['https://iclei.org/page#:~:text=Chinese%20Taipei', 'https://iclei.org/page'],
    ['http://citynet-ap.org/?fbclid=abc', 'http://citynet-ap.org/'],
    ['https://uclg.org/x?gclid=1&id=7&mc_cid=2', 'https://uclg.org/x?id=7'],
    ['not a url', 'not a url'],
  ])('%s -> %s', (input, expected) => expect(normalizeUrl(input)).toBe(expected));
});
