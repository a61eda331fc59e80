import { describe, expect, it } from 'vitest';
import { pacedCapture } from '@/utils/evidence/capture-pace';

/**
 * A clock that moves only when the pacer waits (or a capture takes `takes` ms): what it waited
 * for, and when each capture started. A capture listed in `hangs` never answers.
 */
function setup(opts: { fails?: number[]; hangs?: number[]; takes?: number } = {}) {
  let t = 0;
  const waits: number[] = [];
  const ran: number[] = [];
  const timers: { at: number; resolve: () => void }[] = [];
  const capture = async () => {
    ran.push(t);
    const n = ran.length;
    if (opts.hangs?.includes(n)) return new Promise<string>(() => undefined);
    t += opts.takes ?? 0;
    if (opts.fails?.includes(n)) throw new Error('refused');
    return `shot ${n}`;
  };
  const wait = (ms: number) => {
    waits.push(ms);
    return new Promise<void>((resolve) => timers.push({ at: t + ms, resolve }));
  };
  // The clock jumps to the earliest timer whenever everything else is waiting.
  const tick = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) return false;
    t = Math.max(t, next.at);
    next.resolve();
    return true;
  };
  const settle = async <T,>(p: Promise<T>) => {
    let done = false;
    const out = p.finally(() => (done = true));
    out.catch(() => undefined);
    while (!done && (await tick()));
    return out;
  };
  const paced = pacedCapture(capture, 2, { now: () => t, wait });
  return { paced, waits, ran, settle, advance: (ms: number) => (t += ms) };
}

describe('screenshots spaced to the browser’s quota', () => {
  it('two at once run at once; a third waits until the first was answered more than a second ago', async () => {
    const { paced, ran, settle } = setup({ takes: 30 });
    const shots = await settle(Promise.all([paced(), paced(), paced()]));
    expect(shots).toEqual(['shot 1', 'shot 2', 'shot 3']);
    // The first answered at 30: the third starts at 30 + 1050.
    expect(ran).toEqual([0, 30, 1080]);
  });

  it('captures spaced as the quota allows never wait', async () => {
    const { paced, waits, advance, settle } = setup();
    for (let i = 0; i < 4; i++) {
      await settle(paced());
      advance(600);
    }
    expect(waits.filter((ms) => ms !== 10_000)).toEqual([]);
  });

  it('a refused capture fails alone, and counts toward the quota: the next runs, in its turn', async () => {
    const { paced, ran, settle } = setup({ fails: [1] });
    const [first, second, third] = await settle(Promise.allSettled([paced(), paced(), paced()]));
    expect(first!.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: 'shot 2' });
    expect(third).toEqual({ status: 'fulfilled', value: 'shot 3' });
    expect(ran).toEqual([0, 0, 1050]);
  });

  it('a capture the browser never answers is given up after 10 s, and the next one runs', async () => {
    const { paced, ran, settle } = setup({ hangs: [1] });
    const [first, second] = await settle(Promise.allSettled([paced(), paced()]));
    expect(first).toMatchObject({ status: 'rejected', reason: { message: 'the browser did not answer the screenshot' } });
    expect(second).toEqual({ status: 'fulfilled', value: 'shot 2' });
    expect(ran).toEqual([0, 10_000]);
  });
});
