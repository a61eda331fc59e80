import { t, type Lang } from '@/utils/i18n';
import type { Org } from '@/utils/orgs';
import type { PageSummary } from '@/utils/messaging/protocol';
import { severityLabel } from '@/utils/page/panel-model';

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
  /** notes kept for this page (null while unknown) */
  notesCount?: number | null;
  /** null when the page has no panel to open */
  onOpenPanel?: (() => void) | null;
}

export function PopupApp(props: PopupProps) {
  const { lang, org, summary, placeName, onScan, scanError, onOpenDashboard, screenshotsAllowed, screenshotsAnswer, onAllowScreenshots, browserName } = props;
  return (
    <main class="popup" lang={lang}>
      <h1>{t(lang, 'extName')}</h1>
      {org ? (
        <p class="org" data-org={org.id}>
          {t(lang, 'popupRecognized')}{lang === 'en' ? ': ' : '：'}<strong>{org.names[lang]}</strong>
        </p>
      ) : (
        <p class="org">{t(lang, 'popupNotRecognized')}</p>
      )}
      {summary ? (
        <>
          <h2>{t(lang, 'popupFindings')}</h2>
          <p data-findings={summary.findings.open} data-worst={summary.findings.worst ?? ''}>
            {summary.findings.open > 0 ? t(lang, 'panelFindingsCount', summary.findings.open) : t(lang, 'panelFindingsNone')}
            {summary.findings.worst ? (
              <span class={`sev sev-${summary.findings.worst}`}>{t(lang, 'popupWorst', severityLabel(summary.findings.worst, lang))}</span>
            ) : null}
          </p>
          {summary.groups && summary.groups.length > 0 ? (
            <ul class="groups">
              {summary.groups.map((g) => (
                <li data-group-rule={g.ruleId} data-quote={g.quote} key={g.ruleId + g.quote}>
                  <span class={`sev sev-${g.severity}`}>{severityLabel(g.severity, lang)}</span> <q>{g.quote}</q>
                  {g.count > 1 ? ` ×${g.count}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          <h2>{t(lang, 'popupPlacesFound')}</h2>
          {summary.places.length === 0 ? <p>{t(lang, 'panelNoPlaces')}</p> : null}
          <ul>
            {summary.places.map((p) => (
              <li data-place={p.id} data-count={p.count} key={p.id}>
                {placeName(p.id)} ×{p.count}
              </li>
            ))}
          </ul>
          {props.notesCount !== null && props.notesCount !== undefined ? (
            <p class="notes" data-notes={props.notesCount}>
              {t(lang, 'popupNotesCount', props.notesCount)}
            </p>
          ) : null}
          {props.onOpenPanel ? (
            <button type="button" class="primary" data-action="open-panel" onClick={props.onOpenPanel}>
              {t(lang, 'popupOpenPanel')}
            </button>
          ) : null}
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
      <button type="button" data-action="dashboard" onClick={onOpenDashboard}>
        {t(lang, 'popupOpenDashboard')}
      </button>
    </main>
  );
}
