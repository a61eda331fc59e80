import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhTW from '@/public/_locales/zh_TW/messages.json';
import { browserCatalog, langFromLocale, setCatalog, t } from '@/utils/i18n';
import { CATALOGS } from '@/utils/i18n/catalogs';

describe('catalogs', () => {
  it('every message exists in both languages, non-empty', () => {
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(en).sort());
    for (const cat of [en, zhTW]) for (const m of Object.values(cat)) expect(m.message.trim()).not.toBe('');
  });
  it('placeholders match between languages', () => {
    const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(holes(zhTW[key].message)).toEqual(holes(en[key].message));
  });
});

describe('t and langFromLocale', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh', 'zh-TW'],
    ['en-US', 'en'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('%s -> %s', (locale, lang) => expect(langFromLocale(locale)).toBe(lang));

  it('fills placeholders', () => {
    expect(t('en', 'badgeTitle', 3, 4)).toBe('3 naming finding(s), 4 mention(s) of Taiwanese places');
  });

  it('uses the catalog handed in; without one the key shows, never a crash', () => {
    setCatalog('en', { ...CATALOGS.en, badgeTitle: { message: 'now {1} and {0}' } });
    expect(t('en', 'badgeTitle', 3, 4)).toBe('now 4 and 3');
    setCatalog('en', {} as typeof CATALOGS.en);
    expect(t('en', 'badgeTitle')).toBe('badgeTitle');
    setCatalog('en', CATALOGS.en);
  });

  it('falls back to the browser’s own catalog, and to the key where even that has nothing', () => {
    setCatalog('zh-TW', browserCatalog((key) => (key === 'badgeTitle' ? '{0} findings, {1} places' : '')));
    expect(t('zh-TW', 'badgeTitle', 2, 5)).toBe('2 findings, 5 places');
    expect(t('zh-TW', 'close')).toBe('close');
    setCatalog('zh-TW', CATALOGS['zh-TW']);
  });
});
