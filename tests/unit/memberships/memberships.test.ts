import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { membersOf as membersIn, membershipsOf as membershipsIn, withOverrides, type Membership } from '@/utils/memberships';
import { MEMBERSHIPS, SOURCES } from '@/utils/memberships/data';

const membersOf = (org: Parameters<typeof membersIn>[0]) => membersIn(org, MEMBERSHIPS);
const membershipsOf = (place: Parameters<typeof membershipsIn>[0], data = MEMBERSHIPS) => membershipsIn(place, data);
import { MembershipsSchema, SourcesSchema, type Evidence } from '@/utils/memberships/schema';

const SEED = /^seeds\/\d{3}_[0-9a-f]{16}\.txt$/;
/** Every piece of evidence in the shipped data, with the fact it backs. */
function allEvidence(m: Membership): [string, Evidence][] {
  return [
    ...m.status.map((s) => [`status ${s.kind} ${s.date}`, s.evidence] as const),
    ...(m.type ? [['type', m.type.evidence] as const] : []),
    ...(m.formerName ? [['former name', m.formerName.evidence] as const] : []),
    ...m.roles.map((r) => [`role ${r.title.en}`, r.evidence] as const),
    ...m.notes.map((n) => [`note ${n.text.en}`, n.evidence] as const),
  ].flatMap(([fact, list]) => list.map((e) => [fact, e] as [string, Evidence]));
}

describe('dataset integrity', () => {
  it('the memberships and the sources are valid by their schemas', () => {
    const m = v.safeParse(MembershipsSchema, MEMBERSHIPS);
    expect(m.success ? [] : m.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
    const s = v.safeParse(SourcesSchema, SOURCES);
    expect(s.success ? [] : s.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
  });

  it.each(MEMBERSHIPS.map((m) => [`${m.org}/${m.place}`, m] as const))('%s: every fact cites a catalogued source with a quote', (_key, m) => {
    expect(m.byUser).toBeUndefined();
    for (const [fact, e] of allEvidence(m)) {
      expect(SOURCES.map((s) => s.id), fact).toContain(e.source);
      expect(e.source, fact).toMatch(SEED.test(e.source) ? SEED : /^https?:\/\/[^/]+\/./);
      expect(e.quote.length, `${fact}: quote`).toBeGreaterThan(0);
    }
  });

  it('every catalogued source is cited, seeds by file and pages by their exact URL', () => {
    const cited = new Set(MEMBERSHIPS.flatMap((m) => allEvidence(m).map(([, e]) => e.source)));
    expect(SOURCES.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    for (const s of SOURCES) {
      if (SEED.test(s.id)) expect(s.url).toBeNull();
      else expect([s.url, s.checked !== null]).toEqual([s.id, true]);
    }
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

  it.each([
    // The audit (issue 16): what the sources say, not more.
    ['iclei/taichung: planned to apply in 2011, then listed', 'iclei', 'taichung', ['toApply 2011', 'listed 2022', 'listed 2024']],
    ['iclei/taoyuan: applied, then member', 'iclei', 'taoyuan', ['applied 2011-01-20', 'since 2011-03-01']],
    ['citynet/taipei: member by 2017', 'citynet', 'taipei', ['listed 2017', 'listed 2024']],
  ] as const)('%s', (_name, org, place, status) => {
    expect(MEMBERSHIPS.find((m) => m.org === org && m.place === place)!.status.map((s) => `${s.kind} ${s.date}`)).toEqual(status);
  });

  it('marks full members where the seeds say 正式會員', () => {
    const full = MEMBERSHIPS.filter((m) => m.type?.value === 'full').map((m) => `${m.org}/${m.place}`);
    expect(full.sort()).toEqual(['citynet/taichung', 'iclei/new-taipei', 'iclei/pingtung', 'iclei/tainan', 'iclei/taoyuan', 'iclei/yilan', 'iclei/yunlin']);
    for (const m of MEMBERSHIPS.filter((x) => x.type)) expect(m.type!.evidence.some((e) => /正式會員/.test(e.quote))).toBe(true);
  });
});

describe('queries', () => {
  it('lists an org’s members by date, those only listed last', () => {
    const ids = membersOf('iclei').map((m) => m.place);
    expect(ids[0]).toBe('kaohsiung');
    expect(ids.slice(-2)).toEqual(['hsinchu-city', 'hsinchu-county']);
  });
  it('lists a place’s memberships', () => {
    expect(membershipsOf('taichung').map((m) => m.org).sort()).toEqual(['citynet', 'iclei', 'uclg']);
    expect(membershipsOf('penghu')).toEqual([]);
  });
  it('layers the user’s corrections', () => {
    const base = membershipsOf('taipei').find((m) => m.org === 'citynet')!;
    const fix: Membership = { ...base, status: [{ kind: 'since', date: '2010', evidence: [{ source: 'letter', quote: '' }] }], byUser: true };
    const added: Membership = { ...fix, place: 'keelung' };
    const merged = withOverrides(MEMBERSHIPS, [fix, added]);
    expect(merged).toHaveLength(MEMBERSHIPS.length + 1);
    expect(membershipsOf('taipei', merged).find((m) => m.org === 'citynet')?.status[0]?.date).toBe('2010');
  });
});
