import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readBackup } from '@/utils/import/read';

const file = strToU8(JSON.stringify({ format: 'taiwan-city-lens-backup', version: 2, exportedAt: 10, notes: [], evidence: [], dismissals: [], findingsLog: [], settings: [] }));

/** A stand-in worker that answers as utils/import/worker does, or fails to load. */
function fakeWorker(behaviour: 'answers' | 'fails') {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as (() => void) | null,
    terminated: false,
    terminate() {
      w.terminated = true;
    },
    postMessage() {
      queueMicrotask(() => {
        if (behaviour === 'fails') return w.onerror?.();
        w.onmessage?.({ data: { type: 'progress', phase: 'checking', done: 0 } } as MessageEvent);
        w.onmessage?.({ data: { type: 'result', result: { ok: true, value: 'from the worker' } } } as MessageEvent);
      });
    },
  };
  return w;
}

describe('readBackup', () => {
  it('reads in the worker, passing its progress on, and ends the worker', async () => {
    const w = fakeWorker('answers');
    const phases: string[] = [];
    const result = await readBackup(file, { now: 20, onProgress: (p) => phases.push(p) }, () => w as unknown as Worker);
    expect(result).toEqual({ ok: true, value: 'from the worker' });
    expect(phases).toEqual(['checking']);
    expect(w.terminated).toBe(true);
  });

  it.each([
    ['no worker can be made', () => null],
    ['the worker fails to load', () => fakeWorker('fails') as unknown as Worker],
    [
      'constructing it throws',
      () => {
        throw new Error('no module workers');
      },
    ],
  ])('reads on the page when %s', async (_name, make) => {
    const result = await readBackup(file, { now: 20 }, make);
    expect(result.ok && result.value.exportedAt).toBe(10);
  });
});
