import { describe, expect, it } from 'vitest';
import legacy from './fixtures/legacy-settings.json';
import { correctionFrom, readOverrides } from '@/utils/memberships/overrides';
import { openDatabase } from '@/utils/db/database';
import { SETTINGS_KEY } from '@/utils/settings/user-settings';
import { loadUserSettings, saveUserSettings } from '@/utils/settings/store';
import { membershipView as viewOf } from '@/utils/page/membership-views';
import { SOURCES } from '@/utils/memberships/data';
import type { Membership } from '@/utils/memberships';

const membershipView = (m: Membership, lang: 'en' | 'zh-TW') => viewOf(m, lang, SOURCES);

describe('corrections of the older shape', () => {
  it('are upgraded on reading from the database, and written back in the current shape', async () => {
    const db = openDatabase(`overrides-${Math.random()}`);
    await db.settings.put({ key: SETTINGS_KEY, value: legacy.value, updatedAt: 1 });
    const loaded = await loadUserSettings(db);
    if (!loaded.ok) throw new Error('load failed');
    const [keelung, hsinchu, ...rest] = loaded.value.membershipOverrides;
    // An unknown place, or a correction without a source, is left out whole.
    expect(rest).toEqual([]);
    expect(keelung).toMatchObject({
      org: 'citynet',
      place: 'keelung',
      status: [{ kind: 'since', date: '2019', evidence: [{ source: 'https://citynet-ap.org/members/', quote: '' }] }],
      roles: [{ title: { en: 'Disaster Cluster member' }, term: null, evidence: [{ source: 'https://citynet-ap.org/members/' }] }],
      notes: [],
      byUser: true,
    });
    expect(hsinchu).toMatchObject({
      status: [{ kind: 'listed', date: '2025-03-02' }],
      type: { value: 'full', evidence: [{ source: 'Letter from ICLEI KCC, 3 May 2015' }] },
      notes: [{ text: { en: 'applied Mar 2015', 'zh-TW': '2015 年 3 月申請' } }],
    });
    const view = membershipView(keelung!, 'en');
    expect(view.status.text).toBe('member since 2019');
    expect(view.status.evidence[0]!.source).toMatchObject({ title: 'https://citynet-ap.org/members/', href: 'https://citynet-ap.org/members/' });
    expect(membershipView(hsinchu!, 'en').status.evidence[0]!.source).toMatchObject({ title: 'Letter from ICLEI KCC, 3 May 2015', href: null });

    await saveUserSettings(db, loaded.value);
    const stored = (await db.settings.get(SETTINGS_KEY))!.value as { membershipOverrides: unknown[] };
    expect(readOverrides(stored.membershipOverrides)).toEqual(loaded.value.membershipOverrides);
    expect(stored.membershipOverrides[0]).not.toHaveProperty('since');
    await db.delete();
  });

  it.each([[undefined], [null], ['x'], [[{ org: 'iclei' }]], [[null, 3]]])('reads %j as no corrections', (value) => {
    expect(readOverrides(value)).toEqual([]);
  });
});

describe('a correction from the settings form', () => {
  const base = { org: 'iclei', place: 'keelung', role: '', source: 'https://example.org/members', quote: 'Keelung joined in May 2019.' } as const;
  it.each([
    ['dated', { kind: 'since', date: '2019-05' }, [{ kind: 'since', date: '2019-05' }]],
    ['applied', { kind: 'applied', date: '2019' }, [{ kind: 'applied', date: '2019' }]],
    ['undated: listed as of today', { kind: 'since', date: '' }, [{ kind: 'listed', date: '2026-11-25' }]],
  ] as const)('%s', (_name, input, status) => {
    const m = correctionFrom({ ...base, ...input }, '2026-11-25');
    expect(m?.status).toMatchObject(status);
    expect(m?.status[0]?.evidence).toEqual([{ source: base.source, quote: base.quote }]);
    expect(m?.byUser).toBe(true);
  });
  it.each([
    ['no source', { source: '  ' }],
    ['a date of no known precision', { date: '5/2019' }],
  ])('refuses %s', (_name, change) => {
    expect(correctionFrom({ ...base, kind: 'since', date: '2019', ...change }, '2026-11-25')).toBeNull();
  });
});
