/**
 * Notes on the page: re-attached to their passages on every visit, created from the selection,
 * a finding or the page, edited and deleted. Storage is the background's; nothing typed is lost
 * when a save fails: the editor stays open with the text and the error.
 */
import type { Lang } from '../i18n';
import type { Note, Selector, Severity } from '../db/types';
import type { NoteInput, NotePatch } from '../db/notes';
import type { PageNotes } from '../messaging/protocol';
import type { Result } from '../result';
import type { Highlighter } from '../dom/highlighter';
import type { OrgId } from '../orgs/registry';
import type { PlaceId } from '../places/ids';
import { buildTextIndex } from '../dom/text-index';
import { placesAround } from './places-around';
import { contentIndex } from '../anchoring/position';
import { describePassage, placePassage, readable } from '../anchoring/passage';
import type { FindingView, NoteDraft, NoteEditorView, NoteItemView, NotesView } from './views';
import type { DraftStore, StoredDraft } from '../notes/drafts';
import { revOf } from '../db/rev';
import type { StorageError } from '../db/errors';

export interface NotesApi {
  pageNotes(url: string): Promise<Result<PageNotes>>;
  /** `passage`: the passage's text on the page at capture time (see captureForNote) */
  createNote(note: NoteInput, capture: boolean, passage?: string): Promise<Result<Note>>;
  updateNote(id: string, patch: NotePatch, baseRev?: number): Promise<Result<Note>>;
  deleteNote(id: string): Promise<Result<Note>>;
  restoreNote?(id: string): Promise<Result<Note>>;
  captureEvidence(noteId: string, passage?: string): Promise<Result<Note>>;
}

export interface NotesDeps {
  doc: Document;
  root: HTMLElement;
  lang: Lang;
  orgId: OrgId | null;
  pageUrl: () => string;
  isOwnNode: (node: Node) => boolean;
  skipElement: (el: Element) => boolean;
  highlighter: Highlighter;
  api: NotesApi;
  /** scrolls a passage into view and flashes it */
  showRange?: (range: Range) => void;
  /** hides the extension's UI while the screenshot is taken */
  whileHidden: <T>(work: () => Promise<T>) => Promise<T>;
  /** where the editor's text is kept while it is typed (see utils/notes/drafts) */
  drafts?: DraftStore;
  /** true once the extension was reloaded or updated: this copy of the lens can no longer save */
  isInvalid?: () => boolean;
  /** whether the background still answers this copy of the lens */
  alive?: () => Promise<boolean>;
  now?: () => number;
}

interface Placed {
  note: Note;
  range: Range | null;
}

interface Pending {
  target: Selector[];
  places: PlaceId[];
  ruleId?: string;
  suggestion?: string;
}

export function createNotesController(deps: NotesDeps) {
  const listeners = new Set<(v: NotesView) => void>();
  let placed: Placed[] = [];
  let thumbnails: Record<string, string> = {};
  let lastSeen: Record<string, number> = {};
  let selection: Range | null = null;
  let pending: Pending | null = null;
  /** the revision the edit began from (edit mode) */
  let baseRev: number | undefined;
  /** text typed after the extension went away: kept nowhere but the editor */
  let typedSinceGone = false;
  const now = deps.now ?? Date.now;
  let view: NotesView = { notes: [], editor: null, hasSelection: false, loads: 0 };

  const emit = (patch: Partial<NotesView>) => {
    view = { ...view, ...patch };
    for (const l of listeners) l(view);
  };

  const itemView = ({ note, range }: Placed): NoteItemView => {
    const quote = note.target.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
    const orphaned = note.target.length > 0 && !range;
    const seen = lastSeen[`${note.ruleId}\u0000${quote}`] ?? note.createdAt;
    return {
      id: note.id,
      kind: note.kind,
      status: note.status,
      quote,
      body: note.body,
      tags: note.tags,
      thumbnail: thumbnails[note.id] ?? null,
      evidenceMissing: Boolean(note.evidenceMissing),
      orphaned,
      possiblyCorrectedSince: orphaned && note.kind === 'naming-concern' ? seen : null,
    };
  };

  const render = () => {
    deps.highlighter.set('tcl-note', placed.flatMap((p) => (p.range ? [p.range] : [])));
    emit({ notes: placed.map(itemView) });
  };

  /** The passage's text as the page shows it now, read while the screenshot is being taken. */
  const passageNow = (target: readonly Selector[]): string => {
    if (target.length === 0) return '';
    const index = buildTextIndex(deps.root, { skip: deps.skipElement });
    return placePassage(index, readable(index), contentIndex(deps.root), target, deps.doc)?.toString() ?? '';
  };

  const place = (notes: Note[]) => {
    // No passage to find (no notes, or notes on the whole page): the page's text is not read.
    if (!notes.some((note) => note.target.length > 0)) {
      placed = notes.map((note) => ({ note, range: null }));
      return;
    }
    const index = buildTextIndex(deps.root, { skip: deps.skipElement });
    const text = readable(index);
    const content = contentIndex(deps.root);
    placed = notes.map((note) => ({ note, range: note.target.length === 0 ? null : placePassage(index, text, content, note.target, deps.doc) }));
  };

  const load = async () => {
    const result = await deps.api.pageNotes(deps.pageUrl());
    if (!result.ok) return;
    thumbnails = result.value.thumbnails;
    lastSeen = result.value.lastSeen;
    place(result.value.notes);
    view = { ...view, loads: view.loads + 1 };
    render();
    await offerDraft();
  };

  const onSelectionChange = () => {
    const sel = deps.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return emit({ hasSelection: selection !== null, selectionBox: null });
    const range = sel.getRangeAt(0);
    if (deps.isOwnNode(range.commonAncestorContainer)) return;
    selection = range.cloneRange();
    const b = range.getBoundingClientRect();
    emit({ hasSelection: true, selectionBox: b.width || b.height ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null });
  };
  deps.doc.addEventListener('selectionchange', onSelectionChange);
  // A selection made before this controller existed (the panel's script loads when text is selected).
  onSelectionChange();

  const targetOf = (range: Range): Selector[] | null => {
    const index = buildTextIndex(deps.root, { skip: deps.skipElement });
    return describePassage(deps.root, index, readable(index), range, deps.doc);
  };

  const setEditor = (editor: NoteEditorView | null) => emit({ editor });
  const keepDraft = (editor: NoteEditorView) => {
    const stored: StoredDraft = { mode: editor.mode, noteId: editor.noteId, ...(baseRev !== undefined ? { baseRev } : {}), draft: editor.draft, pending: pending as unknown as Record<string, unknown> | null, savedAt: now() };
    return deps.drafts?.put(deps.pageUrl(), stored).catch(() => undefined);
  };
  const dropDraft = () => deps.drafts?.remove(deps.pageUrl()).catch(() => undefined);
  /** The extension went away under this page: say so, keep the text (already kept as a draft). */
  const invalidated = (editor: NoteEditorView, draft: NoteDraft) => setEditor({ ...editor, draft, saving: false, error: null, invalidated: true });
  const isInvalid = () => deps.isInvalid?.() === true;
  const isContextGone = (e: unknown) => isInvalid() || /context invalidated/i.test(String((e as Error)?.message ?? e));

  const openEditor = (draft: NoteDraft, next: Pending) => {
    pending = next;
    baseRev = undefined;
    setEditor({ mode: 'create', noteId: null, draft, saving: false, error: null });
    emit({ selectionBox: null, deleted: null });
  };

  /** A draft kept from an earlier visit (or before an extension update) comes back in the editor. */
  const offerDraft = async () => {
    if (view.editor || !deps.drafts) return;
    const stored = await deps.drafts.get(deps.pageUrl()).catch(() => null);
    if (!stored || view.editor) return;
    pending = stored.pending as unknown as Pending | null;
    baseRev = stored.baseRev;
    setEditor({ mode: stored.mode, noteId: stored.noteId, draft: stored.draft, saving: false, error: null, restoredAt: stored.savedAt });
  };

  const blankDraft = (kind: NoteDraft['kind'], quote: string): NoteDraft => ({ kind, status: 'open', body: '', tags: '', quote });

  const controller = {
    subscribe(listener: (v: NotesView) => void) {
      listeners.add(listener);
      listener(view);
      return () => listeners.delete(listener);
    },
    load,
    /** Notes whose passage was not found may find it in content that arrived later. */
    retryOrphans() {
      if (!placed.some((p) => p.note.target.length > 0 && !p.range)) return;
      place(placed.map((p) => p.note));
      render();
    },
    noteOnSelection(kind: NoteDraft['kind'] = 'general') {
      const target = selection ? targetOf(selection) : null;
      if (!target) return false;
      openEditor(blankDraft(kind, (target[0] as { exact: string }).exact), { target, places: placesAround(selection!, deps.skipElement) });
      return true;
    },
    pageNote() {
      openEditor(blankDraft('general', ''), { target: [], places: [] });
    },
    reportFinding(finding: FindingView, range: Range) {
      const target = targetOf(range);
      if (!target) return;
      openEditor(
        {
          ...blankDraft('naming-concern', finding.quote),
          severity: finding.severity as Severity,
          finding: { severityLabel: finding.severityLabel, explanation: finding.explanation, suggestion: finding.suggestion },
        },
        { target, places: placesAround(range, deps.skipElement, finding.placeIds), ruleId: finding.ruleId, suggestion: finding.suggestion },
      );
    },
    edit(id: string) {
      const p = placed.find((x) => x.note.id === id);
      if (!p) return;
      const n = p.note;
      pending = null;
      baseRev = revOf(n);
      emit({
        editor: {
          mode: 'edit',
          noteId: id,
          draft: { kind: n.kind, status: n.status, severity: n.severity, body: n.body, tags: n.tags.join(', '), quote: itemView(p).quote },
          saving: false,
          error: null,
        },
      });
    },
    cancel() {
      pending = null;
      emit({ editor: null });
      void dropDraft();
    },
    /** What is typed, as it is typed: kept as a draft; typing after an extension update shows why Save cannot work. */
    draftChanged(draft: NoteDraft) {
      const editor = view.editor;
      if (!editor) return;
      view = { ...view, editor: { ...editor, draft } };
      if (isInvalid()) {
        typedSinceGone = true;
        return editor.invalidated ? undefined : invalidated(editor, draft);
      }
      void keepDraft(view.editor!);
    },
    /**
     * The editor's frame went away. If the extension did (see extensionAlive), say so; the typed
     * text is kept as a draft. True when the extension is gone; false: the lens may open a new frame.
     */
    async editorLost(): Promise<boolean> {
      const alive = !isInvalid() && (await (deps.alive?.() ?? Promise.resolve(true)).catch(() => false)) && !isInvalid();
      const editor = view.editor;
      if (!alive && editor && !editor.invalidated) invalidated(editor, editor.draft);
      return !alive;
    },
    /** After a conflict: write my text over the other (it was seen), or take the other and drop mine. */
    async keepMine(draft: NoteDraft) {
      const editor = view.editor;
      if (!editor?.conflict || !editor.noteId) return;
      const current = placed.find((p) => p.note.id === editor.noteId)?.note;
      baseRev = current ? revOf(current) : baseRev;
      setEditor({ ...editor, conflict: null });
      await controller.save(draft);
    },
    async keepTheirs() {
      pending = null;
      baseRev = undefined;
      emit({ editor: null });
      void dropDraft();
      await load();
    },
    async save(draft: NoteDraft) {
      const editor = view.editor;
      if (!editor) return;
      if (isInvalid()) return invalidated(editor, draft);
      emit({ editor: { ...editor, draft, saving: true, error: null } });
      await keepDraft(view.editor!);
      try {
        await saveNow(editor, draft);
      } catch (e) {
        if (isContextGone(e)) return invalidated(editor, draft);
        emit({ editor: { ...editor, draft, saving: false, error: String((e as Error)?.message ?? e) } });
      }
    },
    async remove(id: string) {
      const result = await deps.api.deleteNote(id);
      if (!result.ok) return;
      await load();
      emit({ deleted: { id } });
    },
    async undoDelete() {
      const gone = view.deleted;
      if (!gone) return;
      if (!deps.api.restoreNote) return;
      const result = await deps.api.restoreNote(gone.id);
      if (!result.ok) return;
      emit({ deleted: null });
      await load();
    },
    /** The note's passage, scrolled into view and flashed. */
    show(id: string) {
      const range = placed.find((p) => p.note.id === id)?.range;
      if (range) deps.showRange?.(range);
    },
    async addScreenshot(id: string) {
      const target = placed.find((p) => p.note.id === id)?.note.target ?? [];
      const result = await deps.whileHidden(() => deps.api.captureEvidence(id, passageNow(target)));
      if (!result.ok) return;
      // Refused (no toolbar click, menu or shortcut gesture on this tab): say what to do.
      emit({ screenshotBlocked: result.value.evidenceMissing ? id : null });
      await load();
    },
    /** Another tab may have changed this page's notes: read them again when the tab is shown. */
    refresh() {
      if (!view.editor) void load().catch(() => undefined);
    },
    /** The extension went away (see ./extension-gone): the open editor says it can no longer save. */
    extensionGone() {
      const editor = view.editor;
      if (editor && !editor.invalidated) invalidated(editor, editor.draft);
    },
    typedSinceGone: () => typedSinceGone,
    view: () => view,
    stop() {
      deps.doc.removeEventListener('selectionchange', onSelectionChange);
      listeners.clear();
    },
  };

  async function saveNow(editor: NoteEditorView, draft: NoteDraft) {
    const tags = draft.tags.split(/[,\uFF0C\u3001]/).map((t) => t.trim()).filter(Boolean);
    const fields = { kind: draft.kind, status: draft.status, body: draft.body, tags, ...(draft.severity ? { severity: draft.severity } : {}) };
    const result =
      editor.mode === 'edit' && editor.noteId
        ? await deps.api.updateNote(editor.noteId, fields, baseRev)
        : await deps.whileHidden(() =>
            deps.api.createNote(
              {
                ...fields,
                url: deps.pageUrl(),
                title: deps.doc.title.slice(0, 2000),
                org: deps.orgId,
                places: pending?.places ?? [],
                target: pending?.target ?? [],
                ...(pending?.ruleId ? { ruleId: pending.ruleId } : {}),
                ...(pending?.suggestion ? { suggestion: pending.suggestion } : {}),
              },
              draft.kind === 'naming-concern',
              draft.kind === 'naming-concern' ? passageNow(pending?.target ?? []) : undefined,
            ),
          );
    const conflict = !result.ok ? (result.error as StorageError).current : undefined;
    if (!result.ok && result.error.kind === 'conflict' && conflict) {
      // Saved elsewhere since this edit began: show both texts; nothing is overwritten until the user chooses.
      const theirs = conflict;
      placed = placed.map((p) => (p.note.id === theirs.id ? { ...p, note: theirs } : p));
      render();
      emit({ editor: { ...editor, draft, saving: false, error: null, conflict: draftOf(theirs, draft.quote) } });
      return;
    }
    if (!result.ok) {
      // Keep everything typed; say why it was not saved.
      emit({ editor: { ...editor, draft, saving: false, error: result.error.message } });
      return;
    }
    pending = null;
    baseRev = undefined;
    emit({ editor: null });
    await dropDraft();
    await load();
  }

  return controller;
}
export type NotesController = ReturnType<typeof createNotesController>;

function draftOf(n: Note, quote: string): NoteDraft {
  return { kind: n.kind, status: n.status, ...(n.severity ? { severity: n.severity } : {}), body: n.body, tags: n.tags.join(', '), quote };
}
