import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { usePopupState } from '@/components/popup/usePopupState';
import { defaultLang } from '@/utils/i18n';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import { placeDisplayName } from '@/utils/page/membership-views';
import { browserName } from '@/utils/browser/name';
import './popup.css';

loadCatalogs();

function Popup() {
  const s = usePopupState();
  const lang = s.lang ?? defaultLang();
  return (
    <PopupApp
      lang={lang}
      org={s.org}
      summary={s.summary}
      placeName={(id) => placeDisplayName(id, lang)}
      onScan={s.canScan ? () => void s.scan() : null}
      scanError={s.scanError}
      onOpenDashboard={() => void browser.runtime.openOptionsPage()}
      screenshotsAllowed={s.screenshotsAllowed}
      screenshotsAnswer={s.screenshotsAnswer}
      onAllowScreenshots={() => void s.allowScreenshots()}
      browserName={browserName()}
      notesCount={s.notesCount}
      onOpenPanel={s.summary ? () => void s.openPanel() : null}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
