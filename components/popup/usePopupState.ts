import { useCallback, useEffect, useState } from 'preact/hooks';
import { detectOrg, type Org } from '@/utils/orgs';
import { sendMessage, type PageSummary } from '@/utils/messaging/protocol';
import { injectOnce } from '@/utils/page/injection';
import { requestOrigins } from '@/utils/browser/permissions';
import type { Lang } from '@/utils/i18n';

interface PopupState {
  tabId: number | null;
  url: string | null;
  org: Org | null;
  summary: PageSummary | null;
  scanError: string | null;
  /** notes kept for the page the tab shows */
  notesCount: number | null;
}

const SCANNABLE = /^https?:/;
const POLL_MS = 300;

/**
 * The active tab, its organization and what its page reported; scans other sites on request.
 * `?tab=<id>` shows another tab (the popup opened as a page, e.g. from the dashboard).
 */
export function usePopupState(search: string = location.search) {
  const requestedTab = Number(new URLSearchParams(search).get('tab')) || null;
  const [state, setState] = useState<PopupState>({ tabId: null, url: null, org: null, summary: null, scanError: null, notesCount: null });

  const refresh = useCallback(async () => {
    const [tab] = requestedTab
      ? [await browser.tabs.get(requestedTab)]
      : await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const summary = await sendMessage('getTabSummary', tab.id).catch(() => null);
    const notes = summary ? await sendMessage('pageNotes', { url: summary.url }).catch(() => null) : null;
    const notesCount = notes?.ok ? notes.value.notes.length : null;
    setState((s) => ({ ...s, tabId: tab.id!, url: tab.url ?? null, org: tab.url ? detectOrg(tab.url) : null, summary, notesCount }));
  }, [requestedTab]);

  // The language chosen in the settings (null: the browser's).
  const [lang, setLang] = useState<Lang | null>(null);
  useEffect(() => {
    void sendMessage('getUserSettings')
      .then((r) => setLang(r.ok ? (r.value.lang ?? null) : null))
      .catch(() => undefined);
  }, []);

  /** The panel on the tab's page, opened and focused; the popup steps aside. */
  const openPanel = useCallback(async () => {
    if (state.tabId === null) return;
    await sendMessage('openPanel', undefined, state.tabId).catch(() => undefined);
    await browser.tabs.update(state.tabId, { active: true }).catch(() => undefined);
    if (!requestedTab) window.close();
  }, [state.tabId, requestedTab]);

  const [screenshotsAllowed, setScreenshotsAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    void refresh();
    // Months of evidence must not be evicted when the disk fills: ask once, quietly.
    void navigator.storage?.persist?.().catch(() => undefined);
    void browser.permissions.contains({ origins: ['<all_urls>'] }).then(setScreenshotsAllowed, () => setScreenshotsAllowed(null));
  }, [refresh]);

  // A refusal or an error is shown, never swallowed: the user must know no screenshot will be taken.
  const [screenshotsAnswer, setScreenshotsAnswer] = useState<{ refused: boolean; error: string | null } | null>(null);
  const allowScreenshots = useCallback(async () => {
    const answer = await requestOrigins(browser.permissions, ['<all_urls>']);
    setScreenshotsAllowed(answer.ok && answer.value === 'granted');
    setScreenshotsAnswer(answer.ok ? { refused: answer.value === 'refused', error: null } : { refused: true, error: answer.error.message });
  }, []);

  // The toolbar click that opened the popup granted activeTab: inject the content script in scan mode.
  const scan = useCallback(async () => {
    if (state.tabId === null) return;
    try {
      await injectOnce(browser.scripting, state.tabId, () => {
        (globalThis as { __taiwanCityLensScan?: boolean }).__taiwanCityLensScan = true;
      });
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        await refresh();
      }
    } catch (error) {
      setState((s) => ({ ...s, scanError: String((error as Error).message ?? error) }));
    }
  }, [state.tabId, refresh]);

  return { ...state, lang, openPanel, canScan: Boolean(state.url && SCANNABLE.test(state.url)), scan, screenshotsAllowed, screenshotsAnswer, allowScreenshots };
}
