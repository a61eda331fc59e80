import type { PageSummary } from '../messaging/protocol';

/** The slice of `storage.session` used here; the service worker may sleep, so state lives there. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export function createTabState(area: SessionArea) {
  return {
    async save(tabId: number, summary: PageSummary): Promise<void> {
      await area.set({ [keyOf(tabId)]: summary });
    },
    async get(tabId: number): Promise<PageSummary | null> {
      const found = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      return (found as PageSummary | undefined) ?? null;
    },
    async clear(tabId: number): Promise<void> {
      await area.remove(keyOf(tabId));
    },
  };
}
export type TabState = ReturnType<typeof createTabState>;
