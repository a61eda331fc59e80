// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { reportHtml, type ReportShot } from '@/utils/export/report-html';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import type { Note } from '@/utils/db/types';
import type { Membership } from '@/utils/memberships';

loadCatalogs();

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, url: 'https://iclei.org/m', title: 'Members', org: 'iclei',
  kind: 'naming-concern', status: 'open', severity: 'critical', places: ['kaohsiung'], tags: [], body: 'Protest',
  ruleId: 'under-china', suggestion: 'Kaohsiung City, Taiwan', target: [{ type: 'TextQuoteSelector', exact: 'Kaohsiung, China', prefix: 'Members: Seoul; ', suffix: '; Yokohama' }], evidenceIds: ['e'], ...over,
});
const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const OLDER = 'data:image/png;base64,AAAA';
const shot = (over: Partial<ReportShot> = {}): ReportShot => ({ noteId: 'n1', capturedAt: Date.UTC(2026, 10, 5, 8), url: 'https://iclei.org/m', mimeType: 'image/png', dataUrl: PNG, bytes: new Uint8Array(), ...over });
const correction: Membership = {
  org: 'iclei', place: 'kaohsiung', byUser: true, type: null, formerName: null, roles: [], notes: [], lastChecked: '2026-11-01',
  status: [{ kind: 'since', date: '1999', evidence: [{ source: 'https://iclei.org/members/kaohsiung', quote: '' }] }],
};
const render = (html: string) => {
  document.documentElement.innerHTML = html;
  return document;
};

describe('reportHtml', () => {
  it('a labelled cover summary, groups by organization and page, and a main landmark', () => {
    const doc = render(
      reportHtml({
        notes: [note(), note({ id: 'n2', org: 'citynet', url: 'https://citynet-ap.org/x', kind: 'general', status: 'resolved', severity: undefined }), note({ id: 'gone', deletedAt: 5 })],
        screenshots: [shot()],
        lang: 'en',
        generatedAt: 0,
      }),
    );
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    const figures = Object.fromEntries([...doc.querySelectorAll('.figures div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(figures).toMatchObject({ 'Notes in this report': '2', Organizations: '2', Pages: '2', 'Screenshots (exhibits)': '1' });
    expect([...doc.querySelectorAll('caption')].map((c) => c.textContent)).toEqual(['By organization', 'By kind', 'By status']);
    expect([...doc.querySelectorAll('section.org h2')].map((h) => h.textContent)).toEqual(['ICLEI – Local Governments for Sustainability', 'CityNet']);
    expect(doc.querySelectorAll('article.note')).toHaveLength(2);
  });

  it('each concern: the quote in context, the rule’s explanation, the suggestion, numbered exhibits with captions listed in the summary', () => {
    const doc = render(reportHtml({ notes: [note()], screenshots: [shot({ dataUrl: OLDER, capturedAt: Date.UTC(2026, 0, 1) }), shot()], lang: 'en', generatedAt: 0 }));
    const article = doc.querySelector('article.note')!;
    expect(article.querySelector('blockquote')!.textContent).toBe('…Members: Seoul; Kaohsiung, China; Yokohama…');
    expect(article.querySelector('mark')!.textContent).toBe('Kaohsiung, China');
    expect(article.textContent).toContain('It should be listed under Taiwan');
    expect(article.textContent).toContain('Kaohsiung City, Taiwan');
    // The latest screenshot first (main picked an arbitrary one).
    const figures = [...article.querySelectorAll('figure')];
    expect(figures.map((f) => f.querySelector('img')!.getAttribute('src'))).toEqual([PNG, OLDER]);
    expect(figures[0]!.querySelector('figcaption')!.textContent).toMatch(/^Exhibit 1: Captured \d+ Nov 2026, \d\d:\d\d \(2026-11-05T08:00:00Z UTC\), https:\/\/iclei\.org\/m$/);
    expect([...doc.querySelectorAll('ul.exhibits li')].map((li) => li.textContent)).toEqual(['Exhibit 1: Members — “Kaohsiung, China”', 'Exhibit 2: Members — “Kaohsiung, China”']);
  });

  it('the membership context uses the user’s corrections, marked as such', () => {
    const doc = render(reportHtml({ notes: [note()], screenshots: [], lang: 'en', generatedAt: 0, overrides: [correction] }));
    const iclei = doc.querySelector('[data-membership="iclei/kaohsiung"]')!.textContent!;
    expect(iclei).toContain('1999');
    expect(iclei).not.toContain('2006');
    expect(doc.querySelector('[data-membership="iclei/kaohsiung"] a')!.getAttribute('href')).toBe('https://iclei.org/members/kaohsiung');
    expect(doc.querySelector('article.note')!.textContent).toContain('Includes your own membership corrections');
    // Without the correction, the shipped data.
    const shipped = render(reportHtml({ notes: [note()], screenshots: [], lang: 'en', generatedAt: 0 }));
    expect(shipped.querySelector('[data-membership="iclei/kaohsiung"]')!.textContent).not.toContain('1999');
  });

  it('renders hostile text as text, never links javascript:, and shows bidi controls', () => {
    const html = reportHtml({
      notes: [note({ body: hostile, title: `${hostile}\u202Egnp`, url: 'javascript:alert(1)', suggestion: hostile, target: [{ type: 'TextQuoteSelector', exact: hostile, prefix: '', suffix: '' }] })],
      screenshots: [shot({ dataUrl: 'javascript:alert(3)' })],
      lang: 'zh-TW',
      generatedAt: 0,
    });
    expect(html).not.toMatch(/<script>alert|<img src=x|href="javascript:|src="javascript:/i);
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const doc = render(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
    expect(doc.body.textContent).toContain(hostile);
    expect(doc.body.textContent).toContain('[U+202E]gnp');
  });
});
