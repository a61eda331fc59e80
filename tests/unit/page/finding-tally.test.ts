import { describe, expect, it } from 'vitest';
import { createFindingTally } from '@/utils/page/finding-tally';
import type { FindingView } from '@/utils/page/views';

const f = (ruleId: string, quote: string, severity: FindingView['severity'], dismissed: FindingView['dismissed'] = null) => ({ ruleId, quote, severity, dismissed }) as FindingView;

describe('the findings’ tally', () => {
  const views = [
    f('under-china', 'Kaohsiung City', 'critical'),
    f('chinese-taipei', 'Chinese Taipei', 'medium'),
    f('chinese-taipei', 'CHINESE TAIPEI', 'medium'),
    f('under-china', 'kaohsiung city', 'high'),
    f('taipei-china', 'Taipei, China', 'high'),
    f('chinese-taipei', 'Chinese Taipei', 'medium', 'page'),
    f('province-of-china', 'Taiwan, Province of China', 'critical'),
  ];

  it('counts open and dismissed findings and names the worst open one', () => {
    expect(createFindingTally(views).counts()).toEqual({ open: 6, dismissed: 1, worst: 'critical' });
    expect(createFindingTally([f('x', 'a', 'low', 'everywhere')]).counts()).toEqual({ open: 0, dismissed: 1, worst: null });
  });

  it('groups by rule and phrase: worst first, then the most frequent, then by phrase', () => {
    expect(createFindingTally(views).groups().map((g) => `${g.severity} ${g.quote} ×${g.count}`)).toEqual([
      'critical Kaohsiung City ×2',
      'critical Taiwan, Province of China ×1',
      'high Taipei, China ×1',
      'medium CHINESE TAIPEI ×2',
    ]);
  });

  it('gives the same groups whatever order the findings were counted in, in one go or added later', () => {
    const forward = createFindingTally(views).groups();
    expect(createFindingTally([...views].reverse()).groups()).toEqual(forward);
    const inParts = createFindingTally(views.slice(4));
    inParts.add(views.slice(0, 4));
    expect(inParts.groups()).toEqual(forward);
  });

  it('names at most 20 groups', () => {
    const many = Array.from({ length: 30 }, (_, i) => f('r', `q${i}`, 'low'));
    expect(createFindingTally(many).groups()).toHaveLength(20);
  });
});
