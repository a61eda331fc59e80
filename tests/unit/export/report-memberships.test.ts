// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { membershipsHtml } from '@/utils/export/report-memberships';
import { placeById } from '@/utils/places/data';
import type { Membership } from '@/utils/memberships';

const name = (id: Parameters<typeof placeById>[0]) => placeById(id).names.en;

describe('memberships in the report', () => {
  it('shows each fact with its precision and its quote and source on demand', () => {
    document.body.innerHTML = membershipsHtml(['taichung'], name, 'en');
    const iclei = document.querySelector('[data-membership="iclei/taichung"]')!;
    expect(iclei.textContent).toContain('Taichung City: ICLEI – Local Governments for Sustainability, planned to apply in 2011; member (listed 2022, 2024)');
    const details = iclei.querySelector('details.evidence')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Source');
    expect(details.querySelector('blockquote[lang="zh-TW"]')?.textContent).toBe('ICLEI 100年台中市會申請加入。');
    expect(details.querySelector('cite')?.textContent).toBe(
      '城市低碳外交榮譽榜（各縣市國際參與具體成果） (cities\' low-carbon diplomacy record, 2004 – Jun 2011) — national environmental agency (compiled from the cities\' and counties\' submissions), 2011',
    );
    // A page source links to the exact page and says when its quote was checked.
    const uclg = document.querySelector('[data-membership="uclg/taichung"]')!;
    const link = [...uclg.querySelectorAll('cite a')].find((a) => a.getAttribute('href') === 'https://english.taichung.gov.tw/1067868/post');
    expect(link?.closest('cite')?.textContent).toContain('Taichung City Government, Secretariat, 25 Dec 2019; quote checked 25 Nov 2026');
    expect(uclg.textContent).toContain('UCLG World Council and Executive Bureau member (2016–2019)');
  });

  it('escapes a user’s correction and links only http(s)', () => {
    const hostile: Membership = {
      org: 'iclei', place: 'keelung', byUser: true, type: null, formerName: null, roles: [], notes: [], lastChecked: '2026-11-25',
      status: [{ kind: 'since', date: '2019', evidence: [{ source: 'javascript:alert(1)', quote: '<img src=x onerror=alert(2)>' }] }],
    };
    const html = membershipsHtml(['keelung'], name, 'zh-TW', { memberships: [hostile], sources: [] });
    expect(html).not.toMatch(/<img|href="javascript:/i);
    document.body.innerHTML = html;
    expect(document.querySelector('blockquote')?.textContent).toBe('<img src=x onerror=alert(2)>');
    expect(document.querySelector('li')?.textContent).toContain('2019 年起為會員');
  });

  it('is empty for places without memberships', () => expect(membershipsHtml(['penghu'], name, 'en')).toBe(''));
});
