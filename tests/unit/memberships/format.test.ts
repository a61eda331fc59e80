import { describe, expect, it } from 'vitest';
import { formatDate, formatRole, formatStatus } from '@/utils/memberships/format';
import type { Stamp } from '@/utils/memberships';

describe('formatDate keeps the source’s precision', () => {
  it.each([
    ['2006', 'en', '2006'],
    ['2009-09', 'en', 'Sep 2009'],
    ['2011-03-01', 'en', '1 Mar 2011'],
    ['2009-09', 'zh-TW', '2009 年 9 月'],
    ['2011-03-01', 'zh-TW', '2011 年 3 月 1 日'],
  ] as const)('%s %s -> %s', (date, lang, out) => expect(formatDate(date, lang)).toBe(out));
});

describe('formatStatus says what the source says', () => {
  const s = (kind: Stamp['kind'], date: string) => ({ kind, date });
  it.each([
    [[s('since', '2006')], 'en', 'member since 2006'],
    [[s('applied', '2010-03'), s('since', '2010-05')], 'en', 'applied Mar 2010; member since May 2010'],
    [[s('toApply', '2011'), s('listed', '2022'), s('listed', '2024')], 'en', 'planned to apply in 2011; member (listed 2022, 2024)'],
    [[s('listed', '2017'), s('listed', '2024')], 'zh-TW', '會員（見於 2017 年、2024 年資料）'],
    [[s('applied', '2011-01-20'), s('since', '2011-03-01')], 'zh-TW', '2011 年 1 月 20 日申請加入；2011 年 3 月 1 日起為會員'],
  ] as const)('%j %s', (status, lang, out) => expect(formatStatus(status, lang)).toBe(out));
  it('says “full member” when the sources do', () => {
    expect(formatStatus([s('applied', '2010-03'), s('since', '2010-05')], 'en', true)).toBe('applied Mar 2010; full member since May 2010');
    expect(formatStatus([s('since', '2008')], 'zh-TW', true)).toBe('2008 年起為正式會員');
  });
});

describe('formatRole gives the term and how the source dates it', () => {
  const title = { en: 'UCLG ASPAC Council and Executive Bureau member', 'zh-TW': 'UCLG ASPAC 理事及執行理事' };
  it.each([
    [{ title, term: { from: '2020', to: '2022' }, stamp: { kind: 'reelected', date: '2021-02' } }, 'en', 'UCLG ASPAC Council and Executive Bureau member (2020–2022; re-elected Feb 2021)'],
    [{ title, term: null, stamp: { kind: 'reelected', date: '2016-09-08' } }, 'zh-TW', 'UCLG ASPAC 理事及執行理事（2016 年 9 月 8 日連任）'],
    [{ title, term: { from: '2016', to: '2019' }, stamp: null }, 'zh-TW', 'UCLG ASPAC 理事及執行理事（2016–2019 年）'],
    [{ title, term: null, stamp: { kind: 'since', date: '2012-04' } }, 'en', 'UCLG ASPAC Council and Executive Bureau member (since Apr 2012)'],
    [{ title, term: null, stamp: null }, 'en', 'UCLG ASPAC Council and Executive Bureau member'],
    [{ title: { en: 'Climate Change Cluster member', 'zh-TW': '「氣候變遷小組」成員' }, term: null, stamp: { kind: 'listed', date: '2017' } }, 'en', 'Climate Change Cluster member (listed 2017)'],
    [{ title: { en: 'Climate Change Cluster member', 'zh-TW': '「氣候變遷小組」成員' }, term: null, stamp: { kind: 'listed', date: '2017' } }, 'zh-TW', '「氣候變遷小組」成員（見於 2017 年資料）'],
  ] as const)('%j %s', (role, lang, out) => expect(formatRole(role, lang)).toBe(out));
});
