import { describe, expect, it } from 'vitest';
import { detectOrg, orgMatchPatterns, ORGS } from '@/utils/orgs';

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
    ['https://iclei-europe.org/members/', 'iclei'],
    ['https://icleiusa.org/about-us/who-we-are', 'iclei'],
    ['https://icleicanada.org/about-iclei/', 'iclei'],
    ['https://www.cglu.org/en/organisation/structure/uclg-sections', 'uclg'],
    ['https://uclg-mewa.org/en/', 'uclg'],
    ['https://www.metropolis.org/partners/iclei', 'uclg'],
    ['http://old.uclg.org/en/media', 'uclg'],
    ['https://iclei.org:8443/x', 'iclei'],
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
    'https://iclei.org@evil.com/',
    'https://evil.com/?u=https://iclei.org/',
    'https://iclei-europe.org.evil.com/',
    'https://myicleiusa.org/',
    'https://icleicanada.org.example.com/',
    'https://uclg-mewa.org.example.net/',
    'https://notmetropolis.org/',
    'https://xn--iclei-9ya.org/',
    'chrome://extensions',
    'not a url',
    '',
  ])('%s is no org', (url) => {
    expect(detectOrg(url)).toBeNull();
  });
});

describe('orgMatchPatterns', () => {
  it('covers every domain with its subdomains', () => {
    const patterns = orgMatchPatterns();
    for (const org of ORGS) for (const d of org.domains) expect(patterns).toContain(`*://*.${d.domain}/*`);
    expect(patterns).toHaveLength(ORGS.flatMap((o) => o.domains).length);
  });
  it('names where each domain was established to be the org’s', () => {
    for (const org of ORGS) for (const d of org.domains) expect(d.source.length).toBeGreaterThan(5);
  });
});
