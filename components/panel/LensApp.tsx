import { useEffect, useState } from 'preact/hooks';
import type { Org } from '@/utils/orgs';
import type { Lang } from '@/utils/i18n';
import type { FindingView, LensView, MembershipView, NotesView } from '@/utils/page/views';
import { NotesSection, type NotesActions } from './NotesSection';
import { Panel } from './Panel';
import { HoverCard } from './HoverCard';
import { usePanelOpen } from './usePanelOpen';

export interface LensAppProps {
  lang: Lang;
  org: Org | null;
  host: string;
  members: MembershipView[];
  /** pushes a new view whenever the page's scan, the dismissals or the hovered item change */
  subscribe: (listener: (view: LensView) => void) => () => void;
  onShowFinding: (key: string) => void;
  onShowPlace: (id: string) => void;
  onDismiss: (finding: FindingView, scope: 'page' | 'everywhere') => void;
  onRestore: (finding: FindingView) => void;
  onCardHover: (inside: boolean) => void;
  onReport: (finding: FindingView) => void;
  subscribeNotes: (listener: (view: NotesView) => void) => () => void;
  notesActions: NotesActions;
}

export function LensApp(props: LensAppProps) {
  const [open, setOpen] = usePanelOpen(props.host);
  const [view, setView] = useState<LensView>({ findings: [], places: [], card: null, scans: 0 });
  const [notes, setNotes] = useState<NotesView>({ notes: [], editor: null, hasSelection: false, loads: 0 });
  useEffect(() => props.subscribe(setView), [props.subscribe]);
  useEffect(() => props.subscribeNotes(setNotes), [props.subscribeNotes]);
  // An open editor shows the panel (a note being written is never hidden), and it stays open to show the saved note.
  const editing = notes.editor !== null;
  useEffect(() => {
    if (editing && !open) setOpen(true);
  }, [editing]);
  const shown = open || editing;
  return (
    <>
      <Panel
        lang={props.lang}
        org={props.org}
        open={shown}
        scans={view.scans}
        onToggle={setOpen}
        findings={view.findings}
        places={view.places}
        members={props.members}
        onShowFinding={props.onShowFinding}
        onShowPlace={props.onShowPlace}
        onRestore={props.onRestore}
      >
        <NotesSection lang={props.lang} view={notes} actions={props.notesActions} />
      </Panel>
      {view.card ? (
        <HoverCard
          lang={props.lang}
          at={view.card.at}
          content={view.card.content}
          onDismiss={props.onDismiss}
          onReport={props.onReport}
          onPointerEnter={() => props.onCardHover(true)}
          onPointerLeave={() => props.onCardHover(false)}
        />
      ) : null}
    </>
  );
}
