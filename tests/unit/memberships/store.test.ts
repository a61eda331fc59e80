import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/utils/db/database';
import { loadMembershipData } from '@/utils/memberships/store';
import { MEMBERSHIPS, SOURCES } from '@/utils/memberships/data';
import { correctionFrom } from '@/utils/memberships/overrides';
import { DEFAULT_SETTINGS } from '@/utils/settings/user-settings';
import { saveUserSettings } from '@/utils/settings/store';

describe('loadMembershipData', () => {
  it('gives the shipped data with the user’s corrections over it, and the sources', async () => {
    const db = openDatabase(`memberships-${Math.random()}`);
    expect(await loadMembershipData(db)).toEqual({ ok: true, value: { memberships: MEMBERSHIPS, sources: SOURCES } });
    const fix = correctionFrom({ org: 'citynet', place: 'keelung', kind: 'since', date: '2019', role: '', source: 'https://citynet-ap.org/members/', quote: '' }, '2026-11-25')!;
    await saveUserSettings(db, { ...DEFAULT_SETTINGS, membershipOverrides: [fix] });
    const loaded = await loadMembershipData(db);
    expect(loaded.ok && loaded.value.memberships.at(-1)).toEqual(fix);
    expect(loaded.ok && loaded.value.memberships).toHaveLength(MEMBERSHIPS.length + 1);
    await db.delete();
  });
});
