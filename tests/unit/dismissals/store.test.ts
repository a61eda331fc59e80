import { describe, expect, it } from 'vitest';
import { createDismissalStore, type KeyValueArea } from '@/utils/dismissals/store';

function memoryArea(failWrites = false): KeyValueArea {
  const data: Record<string, unknown> = {};
  return {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      if (failWrites) throw new Error('QuotaExceededError: quota exceeded');
      Object.assign(data, structuredClone(items));
    },
  };
}

let n = 0;
const deps = { now: () => 1000, uuid: () => `id-${++n}` };

describe('dismissal store', () => {
  it('keeps page and everywhere dismissals apart', async () => {
    const store = createDismissalStore(memoryArea(), deps);
    await store.add({ ruleId: 'chinese-taipei', quote: 'chinese taipei' });
    await store.add({ ruleId: 'province-of-china', quote: 'taiwan, province of china', url: 'https://iclei.org/a' });
    const onA = await store.list('https://iclei.org/a');
    const onB = await store.list('https://iclei.org/b');
    expect(onA.ok && onA.value.map((d) => d.ruleId).sort()).toEqual(['chinese-taipei', 'province-of-china']);
    expect(onB.ok && onB.value.map((d) => d.ruleId)).toEqual(['chinese-taipei']);
  });

  it('two dismissals at once both land', async () => {
    const store = createDismissalStore(memoryArea(), deps);
    await Promise.all([store.add({ ruleId: 'a', quote: 'x' }), store.add({ ruleId: 'b', quote: 'y' })]);
    const listed = await store.list('u');
    expect(listed.ok && listed.value).toHaveLength(2);
  });

  it('restoring is a soft delete', async () => {
    const store = createDismissalStore(memoryArea(), deps);
    const added = await store.add({ ruleId: 'a', quote: 'x' });
    if (!added.ok) throw new Error('not added');
    await store.remove(added.value.id);
    const listed = await store.list('u');
    expect(listed.ok && listed.value).toEqual([]);
  });

  it('a failed write is an error result, not a throw', async () => {
    const store = createDismissalStore(memoryArea(true), deps);
    const result = await store.add({ ruleId: 'a', quote: 'x' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
  });
});
