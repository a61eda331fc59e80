import type { ComponentChildren } from 'preact';
import type { Org } from '@/utils/orgs';
import { t, type Lang } from '@/utils/i18n';
import type { FindingView, MembershipView, PlaceCountView } from '@/utils/page/views';
import { FindingsSection } from './FindingsSection';
import { PlacesSection } from './PlacesSection';
import { MembersSection } from './MembersSection';

export interface PanelProps {
  lang: Lang;
  /** null when the user asked to scan a page outside the organizations' sites */
  org: Org | null;
  open: boolean;
  /** completed scans, shown as `data-scans`: the signal tests wait on (the extension never reads it) */
  scans?: number;
  onToggle: (open: boolean) => void;
  findings: FindingView[];
  places: PlaceCountView[];
  members: MembershipView[];
  onShowFinding: (key: string) => void;
  onShowPlace: (id: string) => void;
  onRestore: (finding: FindingView) => void;
  /** the notes section */
  children?: ComponentChildren;
}

/**
 * Collapsed to a tab at the page's edge. Its content stays in the DOM when collapsed (hidden by
 * CSS only), so its state survives and tests can read it.
 */
export function Panel(props: PanelProps) {
  const { lang, org, open, onToggle } = props;
  return (
    <div class={'tcl-panel' + (open ? ' tcl-open' : '')} data-open={open ? 'true' : 'false'} data-scans={props.scans ?? 0}>
      <button
        type="button"
        class="tcl-tab"
        aria-expanded={open}
        aria-label={t(lang, open ? 'panelClose' : 'panelOpen')}
        onClick={() => onToggle(!open)}
      >
        {t(lang, 'panelTab')}
        {props.findings.some((f) => !f.dismissed) ? (
          <span class="tcl-tab-count">{props.findings.filter((f) => !f.dismissed).length}</span>
        ) : null}
      </button>
      <section class="tcl-body" aria-label={t(lang, 'panelTab')}>
        <header class="tcl-header">
          <h2 class="tcl-org">{org ? org.names[lang] : t(lang, 'panelScannedOnRequest')}</h2>
          <button type="button" class="tcl-close" aria-label={t(lang, 'panelClose')} onClick={() => onToggle(false)}>
            ×
          </button>
        </header>
        {org ? <p class="tcl-org-desc">{org.description[lang]}</p> : null}
        {props.children}
        <FindingsSection lang={lang} findings={props.findings} onShow={props.onShowFinding} onRestore={props.onRestore} />
        <PlacesSection lang={lang} places={props.places} onShow={props.onShowPlace} />
        {org ? <MembersSection lang={lang} orgName={org.names[lang]} members={props.members} /> : null}
      </section>
    </div>
  );
}
