import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Org } from '@/utils/orgs';
import { t, type Lang } from '@/utils/i18n';
import { SEVERITIES, type FindingView, type MembershipView, type PlaceCountView } from '@/utils/page/views';
import { FindingsSection } from './FindingsSection';
import { PlacesSection } from './PlacesSection';
import { MembersSection } from './MembersSection';
import { Legend } from './Legend';
import type { FindingContext } from '@/utils/page/finding-context';

export interface PanelProps {
  lang: Lang;
  /** null when the user asked to scan a page outside the organizations' sites */
  org: Org | null;
  open: boolean;
  /** the keyboard shortcut that opens the panel ('' when the user removed it) */
  shortcut: string;
  /** completed scans, shown as `data-scans`: the signal tests wait on (the extension never reads it) */
  scans?: number;
  /** times the page's notes were loaded and placed, shown as `data-note-loads` (a test signal too) */
  noteLoads?: number;
  onToggle: (open: boolean) => void;
  findings: FindingView[];
  places: PlaceCountView[];
  members: MembershipView[];
  onShowFinding: (key: string) => void;
  onShowPlace: (id: string) => void;
  onRestore: (finding: FindingView) => void;
  contextOf: (key: string) => FindingContext | null;
  isReported: (finding: FindingView) => boolean;
  /** the note actions and editor, shown under the header */
  notesBar?: ComponentChildren;
  /** the notes section */
  children?: ComponentChildren;
}

type SectionId = 'findings' | 'members' | 'places' | 'notes';

/**
 * Collapsed to a tab at the page's edge. Open, its sticky header answers the two questions first
 * (our members here, what is wrong here); sections fold, and the header's counts jump to them.
 * Collapsed, it draws only the tab: the body (thousands of findings on a long directory) is
 * rendered when opened, and its folds' state lives here, so it survives closing.
 */
export function Panel(props: PanelProps) {
  const { lang, org, open, onToggle } = props;
  const [folded, setFolded] = useState<Partial<Record<SectionId, boolean>>>({});
  const openFindings = props.findings.filter((f) => !f.dismissed);
  const worst = SEVERITIES.find((s) => openFindings.some((f) => f.severity === s));
  const worstLabel = openFindings.find((f) => f.severity === worst)?.severityLabel;
  const memberPlaces = new Set(props.members.map((m) => m.placeId)).size;
  const jump = (id: SectionId) => (e: MouseEvent) => {
    setFolded({ ...folded, [id]: false });
    const body = (e.currentTarget as HTMLElement).closest('.tcl-body');
    requestAnimationFrame(() => {
      const summary = body?.querySelector<HTMLElement>(`[data-section="${id}"] > summary`);
      summary?.scrollIntoView({ block: 'start' });
      summary?.focus();
    });
  };
  const fold = (id: SectionId, title: string, count: number | null, content: ComponentChildren) => (
    <details
      class={`tcl-fold tcl-fold-${id}`}
      data-section={id}
      open={!folded[id]}
      onToggle={(e) => {
        const isOpen = (e.currentTarget as HTMLDetailsElement).open;
        if (isOpen === Boolean(folded[id])) setFolded({ ...folded, [id]: !isOpen });
      }}
    >
      <summary>
        <h3>{title}</h3>
        {count !== null ? <span class="tcl-fold-count">{count}</span> : null}
      </summary>
      {content}
    </details>
  );
  return (
    <div class={'tcl-panel' + (open ? ' tcl-open' : '')} data-open={open ? 'true' : 'false'} data-scans={props.scans ?? 0} data-note-loads={props.noteLoads ?? 0}>
      <button
        type="button"
        class="tcl-tab"
        aria-expanded={open}
        title={`${t(lang, open ? 'panelClose' : 'panelOpen')}${props.shortcut ? ` (${props.shortcut})` : ''}`}
        onClick={() => onToggle(!open)}
      >
        {t(lang, 'panelTab')}
        {openFindings.length > 0 ? <span class={`tcl-tab-count tcl-sev-${worst}`}>{openFindings.length}</span> : null}
      </button>
      {open ? (
      <section class="tcl-body" tabIndex={-1} aria-label={t(lang, 'panelTab')}>
        <header class="tcl-header">
          <div class="tcl-header-row">
            <h2 class="tcl-org">{org ? org.names[lang] : t(lang, 'panelScannedOnRequest')}</h2>
            <button type="button" class="tcl-close" data-action="close-panel" aria-label={t(lang, 'panelClose')} title={t(lang, 'panelClose')} onClick={() => onToggle(false)}>
              ×
            </button>
          </div>
          <div class="tcl-summary">
            {org ? (
              <button type="button" class="tcl-summary-item" data-summary="members" data-count={memberPlaces} onClick={jump('members')}>
                {t(lang, 'panelMembersCount', memberPlaces)}
              </button>
            ) : null}
            <button
              type="button"
              class="tcl-summary-item"
              data-summary="findings"
              data-count={openFindings.length}
              data-worst={worst ?? ''}
              onClick={jump('findings')}
            >
              {openFindings.length > 0 ? t(lang, 'panelFindingsCount', openFindings.length) : t(lang, 'panelFindingsNone')}
              {worst ? <span class={`tcl-sev tcl-sev-${worst}`}>{t(lang, 'panelWorst', worstLabel ?? worst)}</span> : null}
            </button>
          </div>
          <div class="tcl-header-foot">
            <Legend lang={lang} />
            {props.shortcut ? <span class="tcl-shortcut">{t(lang, 'panelShortcut', props.shortcut)}</span> : null}
          </div>
        </header>
        {props.notesBar}
        {fold(
          'findings',
          t(lang, 'panelFindings'),
          openFindings.length,
          <FindingsSection lang={lang} findings={props.findings} contextOf={props.contextOf} isReported={props.isReported} onShow={props.onShowFinding} onRestore={props.onRestore} />,
        )}
        {org ? fold('members', t(lang, 'panelMembers'), memberPlaces, <MembersSection lang={lang} orgName={org.names[lang]} members={props.members} />) : null}
        {fold('places', t(lang, 'panelPlacesOnPage'), props.places.length, <PlacesSection lang={lang} places={props.places} onShow={props.onShowPlace} />)}
        {fold('notes', t(lang, 'panelNotes'), null, props.children)}
        {org ? <p class="tcl-org-desc">{org.description[lang]}</p> : null}
      </section>
      ) : null}
    </div>
  );
}
