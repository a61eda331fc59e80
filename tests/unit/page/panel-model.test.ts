import { describe, expect, it } from 'vitest';
import { countPlaces, dismissalFor, dismissalQuote, placeCountViews } from '@/utils/page/panel-model';
import type { Dismissal } from '@/utils/db/types';
import type { PlaceId } from '@/utils/places/ids';

const names: Record<string, string> = { taipei: 'Taipei City', tainan: 'Tainan City', kaohsiung: 'Kaohsiung City', hsinchu: '新竹' };
const mention = (...ids: string[]) => ({ placeIds: ids as PlaceId[] });

describe('the places list of the panel', () => {
  it('lists the most mentioned place first, ties by name, an ambiguous name counting for each place', () => {
    const counts = placeCountViews(
      countPlaces([mention('tainan'), mention('taipei'), mention('kaohsiung'), mention('tainan'), mention('hsinchu', 'taipei')]),
      (id) => names[id]!,
    );
    expect(counts).toEqual([
      { id: 'tainan', name: 'Tainan City', count: 2 },
      { id: 'taipei', name: 'Taipei City', count: 2 },
      { id: 'kaohsiung', name: 'Kaohsiung City', count: 1 },
      { id: 'hsinchu', name: '新竹', count: 1 },
    ]);
  });

  it('adds more mentions into the same counts (content added to the page)', () => {
    const counts = countPlaces([mention('tainan')]);
    countPlaces([mention('tainan'), mention('taipei')], counts);
    expect([...counts]).toEqual([['tainan', 2], ['taipei', 1]]);
  });
});

describe('the dismissal that covers a finding', () => {
  const dismissal = (patch: Partial<Dismissal>): Dismissal => ({
    id: patch.id ?? 'd',
    createdAt: 1,
    updatedAt: 1,
    ruleId: 'chinese-taipei',
    quote: dismissalQuote('Chinese Taipei'),
    ...patch,
  });
  const finding = { ruleId: 'chinese-taipei', quote: 'CHINESE\u00a0Taipei' };

  it('matches the folded quote of the same rule; one for this page wins over one for everywhere', () => {
    const everywhere = dismissal({ id: 'everywhere' });
    const here = dismissal({ id: 'here', url: 'https://iclei.org/a' });
    expect(dismissalFor(finding, [everywhere, here], 'https://iclei.org/a')?.id).toBe('here');
    expect(dismissalFor(finding, [everywhere, here], 'https://iclei.org/b')?.id).toBe('everywhere');
  });

  it('ignores deleted dismissals, other rules and other quotes, and finds none in an empty list', () => {
    const list = [
      dismissal({ id: 'deleted', deletedAt: 2 }),
      dismissal({ id: 'other-rule', ruleId: 'taiwan-province-of-china' }),
      dismissal({ id: 'other-quote', quote: dismissalQuote('Taipei, China') }),
    ];
    expect(dismissalFor(finding, list, 'https://iclei.org/a')).toBeNull();
    expect(dismissalFor(finding, [], 'https://iclei.org/a')).toBeNull();
  });
});
