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
import { buildTextIndex, rangeFromOffsets, textOffsetAt, type TextIndex } from '../dom/text-index';
import { BLOCK_SEPARATOR } from '../text/fold';
import { anchor } from '../anchoring/anchor';
import { placesAround } from './places-around';
import { describeRange } from '../anchoring/describe';
import type { FindingView, NoteDraft, NoteItemView, NotesView } from './views';

export interface NotesApi {
  pageNotes(url: string): Promise<Result<PageNotes>>;
  createNote(note: NoteInput, capture: boolean): Promise<Result<Note>>;
  updateNote(id: string, patch: NotePatch): Promise<Result<Note>>;
  deleteNote(id: string): Promise<Result<Note>>;
  restoreNote?(id: string): Promise<Result<Note>>;
  captureEvidence(noteId: string): Promise<Result<Note>>;
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

const sep = new RegExp(BLOCK_SEPARATOR, 'g');
/** The index's text as people read it: block separators become line breaks (same length). */
const readable = (index: TextIndex) => index.text.replace(sep, '\n');

export function createNotesController(deps: NotesDeps) {
  const listeners = new Set<(v: NotesView) => void>();
  let placed: Placed[] = [];
  let thumbnails: Record<string, string> = {};
  let lastSeen: Record<string, number> = {};
  let selection: Range | null = null;
  let pending: Pending | null = null;
  let view: NotesView = { notes: [], editor: null, hasSelection: false };

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

  const place = (notes: Note[]) => {
    const index = buildTextIndex(deps.root, { skip: deps.skipElement });
    const text = readable(index);
    placed = notes.map((note) => {
      if (note.target.length === 0) return { note, range: null };
      const found = anchor(text, note.target);
      return { note, range: found ? rangeFromOffsets(index, found.start, found.end, deps.doc) : null };
    });
  };

  const load = async () => {
    const result = await deps.api.pageNotes(deps.pageUrl());
    if (!result.ok) return;
    thumbnails = result.value.thumbnails;
    lastSeen = result.value.lastSeen;
    place(result.value.notes);
    render();
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

  const targetOf = (range: Range): Selector[] | null => {
    const index = buildTextIndex(deps.root, { skip: deps.skipElement });
    const text = readable(index);
    let start = textOffsetAt(index, range.startContainer, range.startOffset, deps.doc);
    let end = textOffsetAt(index, range.endContainer, range.endOffset, deps.doc);
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return end > start ? describeRange(text, start, end) : null;
  };

  const openEditor = (draft: NoteDraft, next: Pending) => {
    pending = next;
    emit({ editor: { mode: 'create', noteId: null, draft, saving: false, error: null }, selectionBox: null, deleted: null });
  };

  const blankDraft = (kind: NoteDraft['kind'], quote: string): NoteDraft => ({ kind, status: 'open', body: '', tags: '', quote });

  return {
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
        { ...blankDraft('naming-concern', finding.quote), severity: finding.severity as Severity },
        { target, places: placesAround(range, deps.skipElement, finding.placeIds), ruleId: finding.ruleId, suggestion: finding.suggestion },
      );
    },
    edit(id: string) {
      const p = placed.find((x) => x.note.id === id);
      if (!p) return;
      const n = p.note;
      pending = null;
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
    },
    async save(draft: NoteDraft) {
      const editor = view.editor;
      if (!editor) return;
      emit({ editor: { ...editor, draft, saving: true, error: null } });
      const tags = draft.tags.split(/[,\uFF0C\u3001]/).map((t) => t.trim()).filter(Boolean);
      const fields = { kind: draft.kind, status: draft.status, body: draft.body, tags, ...(draft.severity ? { severity: draft.severity } : {}) };
      const result =
        editor.mode === 'edit' && editor.noteId
          ? await deps.api.updateNote(editor.noteId, fields)
          : await deps.whileHidden(() =>
              deps.api.createNote(
                {
                  ...fields,
                  url: deps.pageUrl(),
                  title: deps.doc.title,
                  org: deps.orgId,
                  places: pending?.places ?? [],
                  target: pending?.target ?? [],
                  ...(pending?.ruleId ? { ruleId: pending.ruleId } : {}),
                  ...(pending?.suggestion ? { suggestion: pending.suggestion } : {}),
                },
                draft.kind === 'naming-concern',
              ),
            );
      if (!result.ok) {
        // Keep everything typed; say why it was not saved.
        emit({ editor: { ...editor, draft, saving: false, error: result.error.message } });
        return;
      }
      pending = null;
      emit({ editor: null });
      await load();
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
      const result = await deps.whileHidden(() => deps.api.captureEvidence(id));
      if (!result.ok) return;
      // Refused (no toolbar click, menu or shortcut gesture on this tab): say what to do.
      emit({ screenshotBlocked: result.value.evidenceMissing ? id : null });
      await load();
    },
    stop() {
      deps.doc.removeEventListener('selectionchange', onSelectionChange);
      listeners.clear();
    },
  };
}
export type NotesController = ReturnType<typeof createNotesController>;
