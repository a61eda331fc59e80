import { describe, expect, it } from 'vitest';
import { formatSince, MEMBERSHIPS, membersOf, membershipsOf, withOverrides, type Membership } from '@/utils/memberships';
import { PLACE_IDS } from '@/utils/places/ids';
import { ORGS } from '@/utils/orgs';

describe('dataset integrity', () => {
  it.each(MEMBERSHIPS.map((m) => [`${m.org}/${m.place}`, m] as const))('%s', (_key, m) => {
    expect(m.sources.length).toBeGreaterThan(0);
    for (const s of m.sources) expect(s.ref).toMatch(/^(seeds\/\d{3}_[0-9a-f]+\.txt|https:\/\/)/);
    expect(PLACE_IDS).toContain(m.place);
    expect(ORGS.map((o) => o.id)).toContain(m.org);
    if (m.since !== null) expect(m.since).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(Number.isNaN(Date.parse(m.lastChecked))).toBe(false);
    for (const r of m.roles) expect(r.title.en && r.title['zh-TW'] && r.source).toBeTruthy();
  });
  it('has no duplicate organization and place', () => {
    const keys = MEMBERSHIPS.map((m) => `${m.org}/${m.place}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it.each([
    ['iclei', 12],
    ['citynet', 4],
    ['uclg', 3],
  ] as const)('%s has %i Taiwanese members (DOMAIN.md)', (org, n) => expect(membersOf(org)).toHaveLength(n));
});

describe('queries', () => {
  it('lists an org’s members by date, unknown last', () => {
    const ids = membersOf('iclei').map((m) => m.place);
    expect(ids[0]).toBe('kaohsiung');
    expect(ids.slice(-2).sort()).toEqual(['hsinchu-city', 'hsinchu-county']);
  });
  it('lists a place’s memberships', () => {
    expect(membershipsOf('taichung').map((m) => m.org).sort()).toEqual(['citynet', 'iclei', 'uclg']);
    expect(membershipsOf('penghu')).toEqual([]);
  });
  it('layers the user’s corrections', () => {
    const fix = { ...membershipsOf('taipei').find((m) => m.org === 'citynet')!, since: '2010' } as Membership;
    const added = { ...fix, place: 'keelung' } as Membership;
    const merged = withOverrides(MEMBERSHIPS, [fix, added]);
    expect(merged).toHaveLength(MEMBERSHIPS.length + 1);
    expect(membershipsOf('taipei', merged).find((m) => m.org === 'citynet')?.since).toBe('2010');
  });
});

describe('formatSince', () => {
  it.each([
    ['2006', 'en', '2006'],
    ['2009-09', 'en', 'Sep 2009'],
    ['2011-03-01', 'en', '1 Mar 2011'],
    ['2009-09', 'zh-TW', '2009 年 9 月'],
    [null, 'en', 'unknown'],
    [null, 'zh-TW', '不詳'],
  ] as const)('%s %s -> %s', (since, lang, out) => expect(formatSince(since, lang)).toBe(out));
});
