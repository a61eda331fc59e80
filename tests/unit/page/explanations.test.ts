import { describe, expect, it } from 'vitest';
import { explainer } from '@/utils/page/explanations';
import type { FindingView, LensView } from '@/utils/page/views';

const finding = (key: string, ruleId: string, explanation = '') => ({ key, ruleId, explanation, quote: key }) as FindingView;
const view = (findings: FindingView[], card: LensView['card'] = null): LensView => ({ findings, places: [], card, scans: 1, tally: { open: findings.length, dismissed: 0, worst: 'high' } });

describe('explanations filled in by the panel’s script', () => {
  const asked: string[] = [];
  const explain = explainer((ruleId, lang) => (asked.push(ruleId), `${ruleId} explained (${lang})`), 'zh-TW');

  it('fills in a shipped rule’s explanation, in the page’s language; keeps one a rule of the user’s own brings', () => {
    const own = finding('f2', 'custom-1', 'My own words');
    const out = explain(view([finding('f1', 'chinese-taipei'), own]));
    expect(out.findings.map((f) => f.explanation)).toEqual(['chinese-taipei explained (zh-TW)', 'My own words']);
    expect(out.findings[1]).toBe(own);
  });

  it('explains the finding in the open card, and makes each finding’s view once across scans', () => {
    asked.length = 0;
    const f = finding('f3', 'under-china');
    const card = { at: { left: 0, top: 0, right: 1, bottom: 1 }, content: { type: 'finding' as const, finding: f }, pinned: false };
    const first = explain(view([f], card));
    const again = explain(view([f], card));
    expect(first.card?.content).toMatchObject({ finding: { explanation: 'under-china explained (zh-TW)' } });
    expect(again.findings[0]).toBe(first.findings[0]);
    expect(asked).toEqual(['under-china']);
    // The card moved (a scroll): the same findings, the same explained list.
    const findings = [f];
    expect(explain({ ...view(findings), card }).findings).toBe(explain({ ...view(findings), card: null }).findings);
  });
});
