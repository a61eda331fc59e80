import { useEffect, useState } from 'preact/hooks';
import { detectOrg, type Org } from '@/utils/orgs';
import { defaultLang, t } from '@/utils/i18n';

async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function PopupApp() {
  const lang = defaultLang();
  const [org, setOrg] = useState<Org | null | undefined>(undefined);
  useEffect(() => {
    activeTabUrl()
      .then((url) => setOrg(url ? detectOrg(url) : null))
      .catch(() => setOrg(null));
  }, []);
  return (
    <main class="popup" style={{ padding: '12px' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>{t(lang, 'extName')}</h1>
      {org === undefined ? null : org ? (
        <p data-org={org.id}>
          {t(lang, 'popupRecognized')}: <strong>{org.names[lang]}</strong>
        </p>
      ) : (
        <p>{t(lang, 'popupNotRecognized')}</p>
      )}
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        {t(lang, 'popupOpenDashboard')}
      </button>
    </main>
  );
}
