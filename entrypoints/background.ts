import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { checked } from '@/utils/messaging/schemas';
import { createTabState } from '@/utils/tab-state/tab-state';
import { badgeFor } from '@/utils/badge/badge';
import { defaultLang, t } from '@/utils/i18n';
import { CATALOGS, loadCatalogs } from '@/utils/i18n/catalogs';
import { openDatabase } from '@/utils/db/database';
import { createNotesService } from '@/utils/notes/service';
import { createDismissalStore } from '@/utils/db/dismissals';
import type { CaptureTab } from '@/utils/evidence/capture';
import { pacedCapture } from '@/utils/evidence/capture-pace';
import { captureShownTab, type TabLike, type TabsApi } from '@/utils/evidence/shown-tab';
import { loadUserSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, scanMatcher } from '@/utils/settings/scan-settings';
import { loadMembershipData } from '@/utils/memberships/store';
import { err, ok } from '@/utils/result';
import { injectOnce, shouldInject, sweepTabs, SWEEP_DELAYS_MS } from '@/utils/page/injection';
import { injectLensUi } from '@/utils/page/lens-ui';
import { createEditorRelay } from '@/utils/notes/editor-relay';
import type { PortLike } from '@/utils/notes/editor-channel';

export default defineBackground(() => {
  loadCatalogs();
  const tabs = createTabState(browser.storage.session);
  const lang = defaultLang();
  const action = browser.action ?? browser.browserAction;
  const db = openDatabase();
  const notes = createNotesService(db);
  const dismissals = createDismissalStore(db);
  // One pace for every window's captures: the browser's quota is the extension's.
  const capture = pacedCapture((tab?: TabLike) => captureShownTab(browser.tabs as unknown as TabsApi, tab, browser.windows.WINDOW_ID_CURRENT));
  const captureOf =
    (tab: TabLike | undefined): CaptureTab =>
    () =>
      capture(tab);

  const reportPage = checked('reportPage', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await tabs.save(tabId, data);
    const badge = badgeFor(data, lang);
    await action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) {
      await action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await action.setTitle({ tabId, title: badge.title });
    }
  });
  // The note editor's frame and its lens, joined (utils/notes/editor-relay).
  const relay = createEditorRelay(browser.runtime.id, [new URL(browser.runtime.getURL('/')).origin]);
  browser.runtime.onConnect.addListener((port) => relay(port as unknown as PortLike));
  onMessage('reportPage', async (message) => {
    await reportPage(message);
  });
  onMessage('getTabSummary', ({ data: tabId }) => tabs.get(tabId));

  onMessage('listDismissals', checked('listDismissals', ({ data }) => dismissals.list(data.url)));
  onMessage('addDismissal', checked('addDismissal', ({ data }) => dismissals.add(data)));
  onMessage('removeDismissal', checked('removeDismissal', ({ data }) => dismissals.remove(data.id)));

  onMessage('pageNotes', checked('pageNotes', ({ data }) => notes.pageNotes(data.url)));
  onMessage('createNote', checked('createNote', ({ data, sender }) => notes.create(data.note, data.capture ? captureOf(sender.tab) : null, data.passage)));
  onMessage('updateNote', checked('updateNote', ({ data }) => notes.update(data.id, data.patch, data.baseRev)));
  onMessage('deleteNote', checked('deleteNote', ({ data }) => notes.remove(data.id)));
  onMessage('restoreNote', checked('restoreNote', ({ data }) => notes.restore(data.id)));
  onMessage('openPopup', async ({ sender }) => {
    // The popup's own page, for the tab that asked, in a small window of its own (the toolbar popup
    // cannot be opened without the user's click on it in every browser).
    const url = browser.runtime.getURL(`/popup.html?tab=${sender.tab?.id ?? ''}`);
    try {
      await browser.windows.create({ url, type: 'popup', width: 400, height: 560 });
    } catch {
      await browser.tabs.create({ url });
    }
  });
  onMessage('captureEvidence', checked('captureEvidence', ({ data, sender }) => notes.captureEvidence(data.noteId, captureOf(sender.tab), data.passage)));
  onMessage('recordSightings', checked('recordSightings', ({ data }) => notes.recordSightings(data.url, data.findings)));
  onMessage('getUserSettings', () => loadUserSettings(db));
  onMessage('getScanMatcher', async () => {
    // Settings that cannot be read do not switch the lens off: the page is read with the shipped rules.
    const settings = await loadUserSettings(db);
    return ok(scanMatcher(settings.ok ? settings.value : DEFAULT_SETTINGS));
  });
  onMessage('getMemberships', () => loadMembershipData(db));
  onMessage('getMessages', checked('getMessages', ({ data: lang }) => (CATALOGS[lang] ? ok(CATALOGS[lang]) : err({ kind: 'unknown-language', message: `No messages for ${lang}.` }))));

  // The content script goes in once a page has loaded, on the organizations' sites and the extra
  // sites the user added (their host permission was granted when they were added).
  let extraSites: string[] = [];
  const refreshSites = async () => {
    const settings = await loadUserSettings(db);
    if (settings.ok) extraSites = settings.value.extraSites;
  };
  const sitesReady = refreshSites();
  onMessage('userSettingsChanged', () => refreshSites());
  const inject = (tabId: number) => injectOnce(browser.scripting, tabId).catch(() => false);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    void sitesReady.then(() => (shouldInject(tab.url, extraSites) ? inject(tabId) : undefined));
  });
  // Pages already open when the extension starts (installed, updated, or the browser restarted),
  // and pages that loaded while the worker was starting.
  const sweep = () => sweepTabs(() => browser.tabs.query({ status: 'complete' }), extraSites, inject).catch(() => 0);
  for (const ms of SWEEP_DELAYS_MS) setTimeout(() => void sitesReady.then(sweep), ms);

  // Context menu and keyboard shortcut: both grant activeTab, so the screenshot can be taken.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'add-note', title: t(lang, 'menuAddNote'), contexts: ['selection', 'page'] });
    browser.contextMenus.create({ id: 'report-naming', title: t(lang, 'menuReportNaming'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const kind = info.menuItemId === 'report-naming' ? 'naming-concern' : 'general';
    void sendMessage('openNoteEditor', { kind }, tab.id).catch(() => undefined);
  });
  const onCommand = async (command: string, tab?: { id?: number }) => {
    if (command === 'add-note' && tab?.id !== undefined) await sendMessage('openNoteEditor', { kind: 'general' }, tab.id).catch(() => undefined);
    if (command === 'open-panel' && tab?.id !== undefined) await sendMessage('togglePanel', undefined, tab.id).catch(() => undefined);
  };
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
  // The e2e tests press a shortcut through this (Playwright cannot press the browser's own shortcuts);
  // the worker's global is the extension's alone, no page reaches it.
  (globalThis as { __tclCommand?: typeof onCommand }).__tclCommand = onCommand;
  // The panel's own script, when the page's lens first needs it (the content script stays small).
  onMessage('loadLensUi', ({ sender }) => injectLensUi(browser.scripting, sender));
  onMessage('panelShortcut', async () => (await browser.commands?.getAll().catch(() => []))?.find((c) => c.name === 'open-panel')?.shortcut ?? '');

  browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document reports afresh; until it does, the old page's figures would mislead.
    if (change.status === 'loading' && change.url) {
      void tabs.clear(tabId);
      void action.setBadgeText({ tabId, text: '' });
    }
  });
});
