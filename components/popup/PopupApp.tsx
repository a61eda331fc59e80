import { t, type Lang } from '@/utils/i18n';
import type { Org } from '@/utils/orgs';
import type { PageSummary } from '@/utils/messaging/protocol';

export interface PopupProps {
  lang: Lang;
  org: Org | null;
  summary: PageSummary | null;
  placeName: (id: string) => string;
  /** null while the tab can't be scanned (browser pages) */
  onScan: (() => void) | null;
  scanError: string | null;
  onOpenDashboard: () => void;
  /** null while unknown */
  screenshotsAllowed: boolean | null;
  /** set once the user asked: refused, with the browser's error if it could not even ask */
  screenshotsAnswer: { refused: boolean; error: string | null } | null;
  onAllowScreenshots: () => void;
  /** the browser's name as users know it ("Firefox", "Chrome"…) */
  browserName: string;
}

export function PopupApp(props: PopupProps) {
  const { lang, org, summary, placeName, onScan, scanError, onOpenDashboard, screenshotsAllowed, screenshotsAnswer, onAllowScreenshots, browserName } = props;
  return (
    <main class="popup">
      <h1>{t(lang, 'extName')}</h1>
      {org ? (
        <p class="org" data-org={org.id}>
          {t(lang, 'popupRecognized')}: <strong>{org.names[lang]}</strong>
        </p>
      ) : (
        <p class="org">{t(lang, 'popupNotRecognized')}</p>
      )}
      {summary ? (
        <>
          <h2>{t(lang, 'popupFindings')}</h2>
          <p data-findings={summary.findings.open}>
            {summary.findings.open}
            {summary.findings.worst ? ` · ${summary.findings.worst}` : ''}
          </p>
          <h2>{t(lang, 'popupPlacesFound')}</h2>
          {summary.places.length === 0 ? <p>{t(lang, 'panelNoPlaces')}</p> : null}
          <ul>
            {summary.places.map((p) => (
              <li data-place={p.id} data-count={p.count} key={p.id}>
                {placeName(p.id)} ×{p.count}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t(lang, 'popupNotScanned')}</p>
      )}
      {!org && onScan ? (
        <div class="scan">
          <button type="button" data-action="scan" onClick={onScan}>
            {t(lang, 'popupScanThisPage')}
          </button>
          <p class="hint">{t(lang, 'popupScanHint')}</p>
        </div>
      ) : null}
      {scanError ? <p class="error" role="alert">{scanError}</p> : null}
      {screenshotsAllowed === false ? (
        <div class="screenshots">
          <p class="hint">{t(lang, 'popupScreenshotsWhy', browserName)}</p>
          <button type="button" data-action="allow-screenshots" onClick={onAllowScreenshots}>
            {t(lang, 'popupAllowScreenshots')}
          </button>
          {screenshotsAnswer?.refused ? (
            <p class="error" role="alert" data-screenshots-refused="true">
              {t(lang, 'popupScreenshotsRefused', browserName)}
              {screenshotsAnswer.error ? ` ${t(lang, 'permissionFailed', browserName, screenshotsAnswer.error)}` : ''}
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="button" onClick={onOpenDashboard}>
        {t(lang, 'popupOpenDashboard')}
      </button>
    </main>
  );
}
