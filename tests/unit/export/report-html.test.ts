// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reportHtml } from '@/utils/export/report-html';
import type { Note } from '@/utils/db/types';

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, url: 'https://iclei.org/m', title: 'Members', org: 'iclei',
  kind: 'naming-concern', status: 'open', severity: 'critical', places: ['kaohsiung'], tags: [], body: 'Protest',
  ruleId: 'under-china', suggestion: 'Kaohsiung City, Taiwan', target: [{ type: 'TextQuoteSelector', exact: 'Kaohsiung, China', prefix: '', suffix: '' }], evidenceIds: ['e'], ...over,
});
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('reportHtml', () => {
  it('summarizes, groups by organization and page, and inlines the screenshot', () => {
    const html = reportHtml({
      notes: [note(), note({ id: 'n2', org: 'citynet', url: 'https://citynet-ap.org/x', kind: 'general', status: 'resolved', severity: undefined }), note({ id: 'gone', deletedAt: 5 })],
      screenshots: { n1: PNG },
      lang: 'en',
      generatedAt: 0,
    });
    document.documentElement.innerHTML = html;
    const captions = [...document.querySelectorAll('caption')].map((c) => c.textContent);
    expect(captions).toEqual(['By organization', 'By kind', 'By status']);
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['ICLEI – Local Governments for Sustainability', 'CityNet']);
    expect(document.querySelectorAll('article.note')).toHaveLength(2);
    expect(document.querySelector('img')?.getAttribute('src')).toBe(PNG);
    expect(document.body.textContent).toContain('Kaohsiung City, Taiwan');
    expect(document.body.textContent).toContain('Kaohsiung City: ICLEI – Local Governments for Sustainability, member since 2006');
  });

  it('renders hostile text as text and never links javascript:', () => {
    const html = reportHtml({
      notes: [note({ body: hostile, title: hostile, url: 'javascript:alert(1)', suggestion: hostile, target: [{ type: 'TextQuoteSelector', exact: hostile, prefix: '', suffix: '' }] })],
      screenshots: { n1: 'javascript:alert(3)' },
      lang: 'zh-TW',
      generatedAt: 0,
    });
    expect(html).not.toMatch(/<script>alert|<img src=x|href="javascript:|src="javascript:/i);
    document.documentElement.innerHTML = html;
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(document.body.textContent).toContain(hostile);
  });
});
