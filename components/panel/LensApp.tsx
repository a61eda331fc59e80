import { useEffect, useRef, useState } from 'preact/hooks';
import type { Org } from '@/utils/orgs';
import type { Lang } from '@/utils/i18n';
import type { FindingView, LensView, MembershipView, NotesView } from '@/utils/page/views';
import { NotesBar, NotesSection, type NotesActions } from './NotesSection';
import { SelectionAdder } from './SelectionAdder';
import { describeWhere } from './FindingsSection';
import type { FindingContext } from '@/utils/page/finding-context';
import { fold } from '@/utils/text/fold';
import { Panel } from './Panel';
import { HoverCard } from './HoverCard';
import { usePanelOpen } from './usePanelOpen';
import type { EditorLink } from '@/utils/notes/editor-link';

export interface LensAppProps {
  lang: Lang;
  org: Org | null;
  host: string;
  /** the panel's remembered state for this site, read by the content script before mounting us */
  startOpen: boolean;
  members: MembershipView[];
  /** the keyboard shortcut that opens the panel, as the browser shows it ('' when none is set) */
  shortcut: string;
  /** pushes a new view whenever the page's scan, the dismissals or the hovered item change */
  subscribe: (listener: (view: LensView) => void) => () => void;
  /** the shortcut was pressed: open the panel and focus it (or close it); the tab was clicked: open it (`focus` false) */
  subscribeToggle: (listener: (openOnly: boolean, focus?: boolean) => void) => () => void;
  viewport: () => { width: number; height: number };
  onShowFinding: (key: string) => void;
  onShowPlace: (id: string) => void;
  onDismiss: (finding: FindingView, scope: 'page' | 'everywhere') => void;
  onRestore: (finding: FindingView) => void;
  onCardHover: (inside: boolean) => void;
  onCloseCard: () => void;
  contextOf: (key: string) => FindingContext | null;
  onReport: (finding: FindingView) => void;
  subscribeNotes: (listener: (view: NotesView) => void) => () => void;
  notesActions: NotesActions;
  /** opens the note editor's frame (utils/notes/editor-link); null: the editor in the panel (the unit tests' case) */
  editorLink: EditorLink | null;
}

const focusable = (el: Element | null | undefined): el is HTMLElement => el instanceof HTMLElement && el.isConnected && el.getClientRects().length > 0;

export function LensApp(props: LensAppProps) {
  const [open, setOpen] = usePanelOpen(props.host, props.startOpen);
  const [view, setView] = useState<LensView>({ findings: [], places: [], card: null, scans: 0, tally: { open: 0, dismissed: 0, worst: null } });
  const [notes, setNotes] = useState<NotesView>({ notes: [], editor: null, hasSelection: false, loads: 0 });
  const root = useRef<HTMLDivElement>(null);
  /** the last control focused outside the card and the editor: where focus goes back when they close */
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => props.subscribe(setView), [props.subscribe]);
  useEffect(() => props.subscribeNotes(setNotes), [props.subscribeNotes]);
  // An open editor shows the panel (a note being written is never hidden), and it stays open to show the saved note.
  const editing = notes.editor !== null;
  useEffect(() => {
    if (editing && !open) setOpen(true);
  }, [editing]);
  const shown = open || editing;
  const q = (selector: string) => root.current?.querySelector<HTMLElement>(selector) ?? null;
  const restoreFocus = () => {
    // After Preact has drawn the change (the control may come back or go away).
    queueMicrotask(() => {
      // Focus already went somewhere of ours that is still there (the editor that replaced a card): leave it.
      const active = (root.current?.getRootNode() as ShadowRoot | undefined)?.activeElement;
      if (active && active.isConnected && !active.closest('.tcl-card')) return;
      const target = focusable(returnTo.current) ? returnTo.current : q(shown ? '.tcl-body' : '.tcl-tab');
      target?.focus();
    });
  };
  const togglePanel = (next: boolean, focus = true) => {
    setOpen(next);
    if (!focus) return;
    // Opened: focus goes into the panel; closed: back to the tab that opens it.
    requestAnimationFrame(() => q(next ? '.tcl-body' : '.tcl-tab')?.focus());
  };
  useEffect(() => props.subscribeToggle((openOnly, focus = true) => togglePanel(openOnly || !shown, focus)), [props.subscribeToggle, shown]);

  const hadCard = useRef(false);
  useEffect(() => {
    // A pinned card closed (× or Escape or an action): focus goes back to where it came from.
    if (hadCard.current && !view.card) restoreFocus();
    hadCard.current = Boolean(view.card?.pinned);
  }, [view.card]);
  const hadEditor = useRef(false);
  useEffect(() => {
    if (hadEditor.current && !editing) restoreFocus();
    hadEditor.current = editing;
  }, [editing]);

  const reported = new Set(notes.notes.filter((n) => n.kind === 'naming-concern' && n.quote).map((n) => fold(n.quote)));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (view.card) props.onCloseCard();
    else if (notes.editor) props.notesActions.onCancel();
    else if (shown) togglePanel(false);
  };
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target as HTMLElement;
    if (!el.closest('.tcl-card, .tcl-editor-host, .tcl-editor')) returnTo.current = el;
  };
  return (
    <div class="tcl-root" lang={props.lang} ref={root} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      <Panel
        lang={props.lang}
        org={props.org}
        open={shown}
        shortcut={props.shortcut}
        scans={view.scans}
        noteLoads={notes.loads}
        onToggle={(next) => togglePanel(next, false)}
        findings={view.findings}
        places={view.places}
        members={props.members}
        onShowFinding={props.onShowFinding}
        onShowPlace={props.onShowPlace}
        onRestore={props.onRestore}
        contextOf={props.contextOf}
        isReported={(f) => reported.has(fold(f.quote))}
        notesBar={<NotesBar lang={props.lang} view={notes} actions={props.notesActions} editorLink={props.editorLink} />}
      >
        <NotesSection lang={props.lang} view={notes} actions={props.notesActions} />
      </Panel>
      {view.card ? (
        <HoverCard
          lang={props.lang}
          at={view.card.at}
          content={view.card.content}
          pinned={view.card.pinned}
          where={view.card.content.type === 'finding' ? describeWhere(props.lang, props.contextOf(view.card.content.finding.key), view.card.content.finding.quote) : null}
          viewport={props.viewport}
          onDismiss={props.onDismiss}
          onReport={props.onReport}
          onClose={props.onCloseCard}
          onPointerEnter={() => props.onCardHover(true)}
          onPointerLeave={() => props.onCardHover(false)}
        />
      ) : null}
      {notes.selectionBox && !notes.editor ? (
        <SelectionAdder lang={props.lang} at={notes.selectionBox} viewport={props.viewport} onAdd={props.notesActions.onNoteOnSelection} />
      ) : null}
    </div>
  );
}
