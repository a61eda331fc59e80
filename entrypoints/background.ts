import { onMessage } from '@/utils/messaging/protocol';
import { createTabState } from '@/utils/tab-state/tab-state';
import { badgeFor } from '@/utils/badge/badge';
import { defaultLang } from '@/utils/i18n';
import { createDismissalStore } from '@/utils/dismissals/store';

export default defineBackground(() => {
  const tabs = createTabState(browser.storage.session);
  const lang = defaultLang();
  const action = browser.action ?? browser.browserAction;

  onMessage('reportPage', async ({ data, sender }) => {
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
  onMessage('getTabSummary', ({ data: tabId }) => tabs.get(tabId));

  const dismissals = createDismissalStore(browser.storage.local);
  onMessage('listDismissals', ({ data }) => dismissals.list(data.url));
  onMessage('addDismissal', ({ data }) => dismissals.add(data));
  onMessage('removeDismissal', ({ data }) => dismissals.remove(data.id));

  browser.tabs.onRemoved.addListener((tabId) => void tabs.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document reports afresh; until it does, the old page's figures would mislead.
    if (change.status === 'loading' && change.url) {
      void tabs.clear(tabId);
      void action.setBadgeText({ tabId, text: '' });
    }
  });
});
