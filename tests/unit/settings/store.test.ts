import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { loadUserSettings, saveUserSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/user-settings';

const dbs: TclDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('settings store', () => {
  it('round-trips the settings and reads the dashboard’s language', async () => {
    const db = openDatabase(`settings-${Math.random()}`);
    dbs.push(db);
    expect(await loadUserSettings(db)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const next = { ...DEFAULT_SETTINGS, rules: { 'chinese-taipei': 'off' as const }, extraSites: ['https://news.example.com'] };
    await saveUserSettings(db, next);
    await db.settings.put({ key: 'lang', value: 'zh-TW', updatedAt: 1 });
    expect(await loadUserSettings(db)).toEqual({ ok: true, value: { ...next, lang: 'zh-TW' } });
  });
});
