import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSightingsTimer } from '@/utils/page/sightings';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const finding = (quote: string) => ({ ruleId: 'chinese-taipei', quote, start: 3 });

function timer() {
  const sent: { ruleId: string; quote: string }[][] = [];
  const t = createSightingsTimer({ win: globalThis as unknown as Window, now: () => Date.now(), send: (f) => sent.push(f), delayMs: 2000, maxWaitMs: 10_000 });
  return { t, sent };
}

describe('sightings timer', () => {
  it('sends once after the scans settle, with the latest findings only', () => {
    const { t, sent } = timer();
    t.scanned([finding('a')]);
    vi.advanceTimersByTime(500);
    t.scanned([finding('b')]);
    vi.advanceTimersByTime(1999);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([[{ ruleId: 'chinese-taipei', quote: 'b' }]]);
  });

  it.each([
    { every: 500, duration: 30_000, atLeast: 3 },
    { every: 100, duration: 25_000, atLeast: 2 },
    { every: 1999, duration: 25_000, atLeast: 2 },
  ])('a page rescanned every $every ms still records its sightings (at least every 10 s)', ({ every, duration, atLeast }) => {
    const { t, sent } = timer();
    for (let elapsed = 0; elapsed < duration; elapsed += every) {
      t.scanned([finding('Chinese Taipei')]);
      vi.advanceTimersByTime(every);
    }
    expect(sent.length).toBeGreaterThanOrEqual(atLeast);
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(duration / 10_000) + 1);
  });

  it('sends each wording once, however often the page shows it', () => {
    const { t, sent } = timer();
    t.scanned([finding('Chinese Taipei'), finding('Taiwan, China'), finding('Chinese Taipei'), { ruleId: 'under-china', quote: 'Chinese Taipei', start: 9 }]);
    vi.advanceTimersByTime(2000);
    expect(sent).toEqual([
      [
        { ruleId: 'chinese-taipei', quote: 'Chinese Taipei' },
        { ruleId: 'chinese-taipei', quote: 'Taiwan, China' },
        { ruleId: 'under-china', quote: 'Chinese Taipei' },
      ],
    ]);
  });

  it('stop cancels what was waiting', () => {
    const { t, sent } = timer();
    t.scanned([finding('a')]);
    t.stop();
    vi.advanceTimersByTime(20_000);
    expect(sent).toEqual([]);
  });
});
