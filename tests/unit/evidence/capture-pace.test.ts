import { describe, expect, it } from 'vitest';
import { pacedCapture } from '@/utils/evidence/capture-pace';

/** A clock that moves only when the paced capture waits: what it waited for, and when each capture ran. */
function setup(perSecond = 2, fails: number[] = []) {
  let t = 0;
  const waits: number[] = [];
  const ran: number[] = [];
  const capture = async () => {
    ran.push(t);
    if (fails.includes(ran.length)) throw new Error('refused');
    return `data:image/png;base64,${ran.length}`;
  };
  const paced = pacedCapture(capture, perSecond, () => t, async (ms) => {
    waits.push(ms);
    t += ms;
  });
  return { paced, waits, ran, advance: (ms: number) => (t += ms) };
}

describe('screenshots spaced to the browser’s quota', () => {
  it('two at once run at once; a third waits until the first is more than a second old', async () => {
    const { paced, waits, ran } = setup();
    const shots = await Promise.all([paced(), paced(), paced()]);
    expect(shots).toEqual(['data:image/png;base64,1', 'data:image/png;base64,2', 'data:image/png;base64,3']);
    expect(ran).toEqual([0, 0, 1050]);
    expect(waits).toEqual([1050]);
  });

  it('captures a second apart never wait', async () => {
    const { paced, waits, advance } = setup();
    for (let i = 0; i < 4; i++) {
      await paced();
      advance(600);
    }
    expect(waits).toEqual([]);
  });

  it('a refused capture fails alone: the next still runs, in its turn', async () => {
    const { paced, ran } = setup(2, [1]);
    const [first, second] = await Promise.allSettled([paced(), paced()]);
    expect(first.status).toBe('rejected');
    expect(second).toEqual({ status: 'fulfilled', value: 'data:image/png;base64,2' });
    expect(ran).toEqual([0, 0]);
  });
});
