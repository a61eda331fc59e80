import { describe, expect, it } from 'vitest';
import { detectOrg, detectPageKind, orgMatchPatterns, ORGS } from '@/utils/orgs';

describe('detectOrg', () => {
  it.each([
    ['https://iclei.org/', 'iclei'],
    ['https://www.iclei.org/about', 'iclei'],
    ['http://eastasia.iclei.org/news', 'iclei'],
    ['https://kcc.iclei.org/kcc/iclei-kcc.html', 'iclei'],
    ['https://ICLEI.ORG./x', 'iclei'],
    ['https://icleikcc.org/', 'iclei'],
    ['https://citynet-ap.org/category/about/all-news/', 'citynet'],
    ['https://www.uclg.org/en', 'uclg'],
    ['https://uclg-aspac.org/who-we-are', 'uclg'],
  ])('%s is %s', (url, id) => {
    expect(detectOrg(url)?.id).toBe(id);
  });

  it.each([
    'https://noticlei.org/',
    'https://iclei.org.evil.com/',
    'https://uclg.org.example.net/',
    'https://example.org/iclei.org',
    'https://citynet-ap.org.attacker.io/',
    'ftp://iclei.org/',
    'chrome://extensions',
    'not a url',
    '',
  ])('%s is no org', (url) => {
    expect(detectOrg(url)).toBeNull();
  });
});

describe('detectPageKind', () => {
  const iclei = ORGS.find((o) => o.id === 'iclei')!;
  it.each([
    ['https://iclei.org/members/', 'members'],
    ['https://iclei.org/news/some-story', 'news'],
    ['https://iclei.org/events/', 'events'],
    ['https://iclei.org/about', null],
  ])('%s is %s', (url, kind) => {
    expect(detectPageKind(url, iclei)).toBe(kind);
  });
});

describe('orgMatchPatterns', () => {
  it('covers every domain with its subdomains', () => {
    const patterns = orgMatchPatterns();
    for (const org of ORGS) for (const d of org.domains) expect(patterns).toContain(`*://*.${d}/*`);
  });
});
