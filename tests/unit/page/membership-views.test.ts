import { describe, expect, it } from 'vitest';
import { membersView as membersViewOf, placeCardView as placeCardViewOf, sourceView as sourceViewOf } from '@/utils/page/membership-views';
import { membershipData, SOURCES } from '@/utils/memberships/data';
import type { Lang } from '@/utils/i18n';
import type { PlaceId } from '@/utils/places/ids';

const membersView = (org: 'iclei' | 'citynet' | 'uclg', lang: Lang) => membersViewOf(org, lang, membershipData());
const placeCardView = (ids: PlaceId[], lang: Lang) => placeCardViewOf(ids, lang, membershipData());
const sourceView = (id: string, lang: Lang) => sourceViewOf(id, lang, SOURCES);

describe('membership views', () => {
  it('gives each fact in words with its evidence, sources as people cite them', () => {
    const kaohsiung = membersView('iclei', 'en').find((m) => m.placeId === 'kaohsiung')!;
    expect(kaohsiung.status.text).toBe('member since 2006');
    expect(kaohsiung.status.evidence.map((e) => e.source.title)).toEqual(['城市低碳外交榮譽榜（各縣市國際參與具體成果）', '110 年外交部派赴地方政府永續發展理事會實習心得報告']);
    expect(kaohsiung.roles.map((r) => r.text)).toEqual(['Host city of the ICLEI Kaohsiung Capacity Center (since Apr 2012)']);
    expect(kaohsiung.roles[0]!.evidence[0]).toMatchObject({ quoteLang: 'en', source: { href: 'http://kcc.iclei.org/kcc/our-host-city.html', publisher: 'ICLEI Kaohsiung Capacity Center' } });
    expect(kaohsiung.notes.map((n) => n.text)).toContain('Registered in ICLEI and other organizations under “Chinese Taipei” since it joined (as of 2022).');
  });

  it.each([
    ['en', 'taoyuan', 'iclei', 'applied 20 Jan 2011; full member since 1 Mar 2011', ['joined as Taoyuan County']],
    ['zh-TW', 'new-taipei', 'uclg', '2004 年 5 月起為會員', ['加入時名稱為臺北縣']],
    ['en', 'taichung', 'citynet', 'full member since 2005', []],
    ['zh-TW', 'yilan', 'iclei', '2010 年 3 月申請加入；2010 年 5 月起為正式會員', []],
  ] as const)('%s %s in %s', (lang, place, org, status, details) => {
    const card = placeCardView([place], lang);
    const m = card.type === 'place' ? card.memberships.find((x) => x.orgId === org) : undefined;
    expect(m?.status.text).toBe(status);
    expect(m?.details.map((d) => d.text)).toEqual(details);
  });

  it.each([
    ['seeds/002_2dd5a0a89247a8d0.txt', { title: '臺中市政府出席斯里蘭卡可倫坡「2017城市聯絡網30周年大會」出國報告', publisher: 'Taichung City Government, Secretariat', date: '24 Jan 2018', href: null }],
    ['https://example.org/members', { title: 'https://example.org/members', href: 'https://example.org/members', publisher: '' }],
    ['Letter from ICLEI, 3 May 2024', { title: 'Letter from ICLEI, 3 May 2024', href: null }],
    ['javascript:alert(1)', { href: null }],
  ] as const)('source %s', (id, expected) => expect(sourceView(id, 'en')).toMatchObject(expected));
});
