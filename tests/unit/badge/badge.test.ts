import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/utils/badge/badge';
import type { PageSummary } from '@/utils/messaging/protocol';

const summary = (over: Partial<PageSummary['findings']>, org: PageSummary['org'] = 'iclei'): PageSummary => ({
  url: 'https://iclei.org/',
  title: 't',
  org,
  places: [{ id: 'kaohsiung', count: 3 }],
  findings: { open: 0, dismissed: 0, worst: null, ...over },
  scannedAt: 0,
});

describe('badgeFor', () => {
  it.each([
    [{ open: 2, worst: 'critical' as const }, '2', '#d55e00'],
    [{ open: 1, worst: 'medium' as const }, '1', '#0072b2'],
    [{ open: 1500, worst: 'low' as const }, '999+', '#666666'],
    [{ open: 0 }, 'OK', '#009e73'],
  ])('%j -> %s %s', (findings, text, color) => {
    expect(badgeFor(summary(findings), 'en')).toMatchObject({ text, color });
  });

  it('says nothing for an unrecognized page without findings, or no page', () => {
    expect(badgeFor(summary({ open: 0 }, null), 'en')).toBeNull();
    expect(badgeFor(null, 'en')).toBeNull();
  });

  it('titles the badge in the user’s language', () => {
    expect(badgeFor(summary({ open: 2, worst: 'high' }), 'zh-TW')?.title).toBe('2 個稱呼問題，3 處提及臺灣地方');
  });
});
