/**
 * A screenshot of the tab a note was made in, taken only while that tab is still the one shown in
 * its window, at the same page: a capture may wait its turn (capture-pace.ts), and meanwhile the
 * person may have gone to another tab, whose page must never become this note's evidence.
 */

export interface TabLike {
  id?: number;
  windowId?: number;
  url?: string;
  active?: boolean;
}

export interface TabsApi {
  get(tabId: number): Promise<TabLike>;
  captureVisibleTab(windowId: number, options: { format: 'png' }): Promise<string>;
}

const page = (url: string | undefined) => url?.split('#')[0];

/** `tab`: the note's tab as its message came (the sender's). */
export async function captureShownTab(tabs: TabsApi, tab: TabLike | undefined, currentWindow: number): Promise<string> {
  // Not from a tab (an extension page asked): the current window, as before.
  if (tab?.id === undefined) return tabs.captureVisibleTab(tab?.windowId ?? currentWindow, { format: 'png' });
  const now = await tabs.get(tab.id);
  const samePage = page(tab.url) === undefined || page(now.url) === undefined || page(tab.url) === page(now.url);
  if (!now.active || now.windowId === undefined || now.windowId !== tab.windowId || !samePage) throw new Error('the note’s page is no longer the one shown');
  return tabs.captureVisibleTab(now.windowId, { format: 'png' });
}
