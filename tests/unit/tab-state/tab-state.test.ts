import { describe, expect, it } from 'vitest';
import { createTabState, type SessionArea } from '@/utils/tab-state/tab-state';
import type { PageSummary } from '@/utils/messaging/protocol';

function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key) => void data.delete(key),
  };
}

const summary: PageSummary = {
  url: 'https://iclei.org/',
  title: 'ICLEI',
  org: 'iclei',
  places: [{ id: 'taipei', count: 1 }],
  findings: { open: 1, dismissed: 0, worst: 'medium' },
  scannedAt: 1,
};

describe('tab state', () => {
  it('keeps one summary per tab and forgets closed tabs', async () => {
    const area = memoryArea();
    const tabs = createTabState(area);
    await tabs.save(3, summary);
    expect(await tabs.get(3)).toEqual(summary);
    expect(await tabs.get(4)).toBeNull();
    await tabs.clear(3);
    expect(await tabs.get(3)).toBeNull();
    expect(area.data.size).toBe(0);
  });
});
