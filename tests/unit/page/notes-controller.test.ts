// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createNotesController, type NotesApi } from '@/utils/page/notes-controller';
import type { NotesView } from '@/utils/page/views';
import type { Note } from '@/utils/db/types';
import { err, ok } from '@/utils/result';
import type { DraftStore, StoredDraft } from '@/utils/notes/drafts';

const drawn: Record<string, readonly AbstractRange[]> = {};
const highlighter = { owns: () => false, set: (name: string, ranges: readonly AbstractRange[]) => void (drawn[name] = ranges), add: (name: string, ranges: readonly AbstractRange[]) => void (drawn[name] = [...(drawn[name] ?? []), ...ranges]), holds: () => true, clear: () => undefined, dropOthers: () => undefined, hideWhile: <T,>(work: () => Promise<T>) => work(), supported: true };

const PAGE = '<p id="p">Kaohsiung joined ICLEI in 2006 as the first Taiwanese member.</p>';
function setup(api: Partial<NotesApi>, html = PAGE, extra: Partial<Parameters<typeof createNotesController>[0]> = {}) {
  document.body.innerHTML = html;
  const views: NotesView[] = [];
  const controller = createNotesController({
    ...extra,
    doc: document,
    root: document.body,
    lang: 'en',
    orgId: 'iclei',
    pageUrl: () => 'https://www.iclei.org/p',
    isOwnNode: () => false,
    skipElement: () => false,
    highlighter,
    whileHidden: (work) => work(),
    api: {
      pageNotes: async () => ok({ notes: [], thumbnails: {}, lastSeen: {} }),
      createNote: async () => err({ kind: 'quota', message: 'The disk is full.' }),
      updateNote: async () => err({ kind: 'closed', message: 'closed' }),
      deleteNote: async () => err({ kind: 'closed', message: 'closed' }),
      captureEvidence: async () => err({ kind: 'closed', message: 'closed' }),
      ...api,
    },
  });
  controller.subscribe((v) => views.push(v));
  return { controller, last: () => views[views.length - 1]! };
}

function selectPassage() {
  const text = document.getElementById('p')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 30);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

describe('notes controller', () => {
  it('a page without a passage to place is not read: loading no notes walks none of its text', async () => {
    const { controller, last } = setup({});
    const walks = vi.spyOn(document, 'createTreeWalker');
    await controller.load();
    expect(last().notes).toEqual([]);
    expect(walks).not.toHaveBeenCalled();
    walks.mockRestore();
  });

  it('a failed save keeps the typed text and says why; nothing is listed', async () => {
    const { controller, last } = setup({});
    selectPassage();
    expect(controller.noteOnSelection()).toBe(true);
    const draft = { ...last().editor!.draft, body: 'Do not lose me' };
    await controller.save(draft);
    expect(last().editor).toMatchObject({ saving: false, error: 'The disk is full.', draft: { body: 'Do not lose me' } });
    expect(last().notes).toEqual([]);
  });

  it('a saved note is listed and re-attached; its target describes the selection', async () => {
    let stored: Note[] = [];
    const { controller, last } = setup({
      pageNotes: async () => ok({ notes: stored, thumbnails: {}, lastSeen: {} }),
      createNote: async (input) => {
        const note = { ...input, id: 'n1', createdAt: 1, updatedAt: 1, evidenceIds: [] } as Note;
        stored = [note];
        return ok(note);
      },
    });
    selectPassage();
    controller.noteOnSelection();
    await controller.save({ ...last().editor!.draft, body: 'Check the year' });
    expect(last().editor).toBeNull();
    expect(last().notes).toMatchObject([{ id: 'n1', body: 'Check the year', orphaned: false, quote: 'Kaohsiung joined ICLEI in 2006' }]);
    expect(stored[0]!.target.find((s) => s.type === 'TextPositionSelector')).toEqual({ type: 'TextPositionSelector', start: 0, end: 30 });
  });

  it("stores the W3C position: offsets into the body's text content, not the index (separators, scripts and hidden text count as the DOM has them)", async () => {
    let stored: Note[] = [];
    const { controller, last } = setup(
      {
        pageNotes: async () => ok({ notes: stored, thumbnails: {}, lastSeen: {} }),
        createNote: async (input) => (stored = [{ ...input, id: 'n1', createdAt: 1, updatedAt: 1, evidenceIds: [] } as Note]) && ok(stored[0]!),
      },
      '<h1>Members</h1><script>var cities = ["Taipei"];</script><p hidden>hidden text</p><ul><li>Seoul</li><li>Tainan</li></ul>' + PAGE,
    );
    selectPassage();
    controller.noteOnSelection();
    await controller.save({ ...last().editor!.draft, body: 'W3C' });
    const start = document.body.textContent!.indexOf('Kaohsiung joined');
    expect(stored[0]!.target.find((s) => s.type === 'TextPositionSelector')).toEqual({ type: 'TextPositionSelector', start, end: start + 30 });
    expect(last().notes).toMatchObject([{ quote: 'Kaohsiung joined ICLEI in 2006', orphaned: false }]);
  });

  it('a stored W3C position places a repeated quote where the position says', async () => {
    const html = '<p>Kaohsiung, China</p><p>Kaohsiung, China</p>';
    const second = html.replace(/<[^>]+>/g, '').lastIndexOf('Kaohsiung, China');
    const note = {
      id: 'n2', createdAt: 1, updatedAt: 1, evidenceIds: [], url: 'u', title: 't', org: null, kind: 'naming-concern', status: 'open',
      places: [], tags: [], body: '',
      target: [
        { type: 'TextQuoteSelector', exact: 'Kaohsiung, China', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: second, end: second + 16 },
      ],
    } as Note;
    const { controller } = setup({ pageNotes: async () => ok({ notes: [note], thumbnails: {}, lastSeen: {} }) }, html);
    await controller.load();
    // Both paragraphs hold the quote; the position chooses the second.
    expect(drawn['tcl-note']).toHaveLength(1);
    expect(drawn['tcl-note']![0]!.startContainer).toBe(document.querySelectorAll('p')[1]!.firstChild);
  });

  const stored = (over: Partial<Note> = {}): Note =>
    ({ id: 'n1', createdAt: 1, updatedAt: 1, rev: 1, evidenceIds: [], url: 'https://www.iclei.org/p', title: 't', org: 'iclei', kind: 'general', status: 'open', places: [], tags: [], body: 'Original', target: [], ...over }) as Note;

  it('two tabs: a save based on an older revision shows both texts; "keep mine" writes mine, "keep the other" keeps theirs', async () => {
    let note = stored();
    const calls: { body?: string; baseRev?: number }[] = [];
    const api: Partial<NotesApi> = {
      pageNotes: async () => ok({ notes: [note], thumbnails: {}, lastSeen: {} }),
      updateNote: async (_id, patch, baseRev) => {
        calls.push({ body: patch.body, baseRev });
        if (baseRev !== note.rev) return err({ kind: 'conflict', message: 'changed elsewhere', current: note } as { kind: string; message: string });
        note = { ...note, ...patch, rev: note.rev! + 1 };
        return ok(note);
      },
    };
    const { controller, last } = setup(api);
    await controller.load();
    controller.edit('n1');
    // Meanwhile another tab saves its text.
    note = { ...note, body: 'From the other tab', rev: 2 };
    await controller.save({ ...last().editor!.draft, body: 'Mine' });
    expect(last().editor).toMatchObject({ saving: false, draft: { body: 'Mine' }, conflict: { body: 'From the other tab' } });
    expect(note.body).toBe('From the other tab');
    expect(last().notes[0]!.body).toBe('From the other tab');
    await controller.keepMine(last().editor!.draft);
    expect(last().editor).toBeNull();
    expect(note).toMatchObject({ body: 'Mine', rev: 3 });
    expect(calls).toEqual([{ body: 'Mine', baseRev: 1 }, { body: 'Mine', baseRev: 2 }]);

    controller.edit('n1');
    note = { ...note, body: 'Newer elsewhere', rev: 4 };
    await controller.save({ ...last().editor!.draft, body: 'Mine again' });
    await controller.keepTheirs();
    expect(last().editor).toBeNull();
    expect(note.body).toBe('Newer elsewhere');
    expect(last().notes[0]!.body).toBe('Newer elsewhere');
  });

  function memoryDrafts(): DraftStore & { kept: Map<string, StoredDraft> } {
    const kept = new Map<string, StoredDraft>();
    return { kept, get: async (u) => kept.get(u) ?? null, put: async (u, d) => void kept.set(u, d), remove: async (u) => void kept.delete(u) };
  }

  it('what is typed is kept as a draft and offered back on the next load; saving or cancelling drops it', async () => {
    const drafts = memoryDrafts();
    const first = setup({}, PAGE, { drafts, now: () => 1234 });
    selectPassage();
    first.controller.noteOnSelection();
    first.controller.draftChanged({ ...first.last().editor!.draft, body: 'Typed before the update' });
    await Promise.resolve();
    expect(drafts.kept.get('https://www.iclei.org/p')).toMatchObject({ mode: 'create', draft: { body: 'Typed before the update' }, savedAt: 1234 });
    first.controller.stop();

    // The page is loaded again (after an extension update): the editor comes back with the text.
    const second = setup({}, PAGE, { drafts });
    await second.controller.load();
    expect(second.last().editor).toMatchObject({ mode: 'create', restoredAt: 1234, draft: { body: 'Typed before the update', quote: 'Kaohsiung joined ICLEI in 2006' } });
    second.controller.cancel();
    await Promise.resolve();
    expect(drafts.kept.size).toBe(0);
  });

  it('after the extension went away, the editor says so instead of saving into nothing; the text stays', async () => {
    let gone = false;
    const drafts = memoryDrafts();
    const { controller, last } = setup(
      { createNote: async () => Promise.reject(new Error('Extension context invalidated.')) },
      PAGE,
      { drafts, isInvalid: () => gone },
    );
    selectPassage();
    controller.noteOnSelection();
    await controller.save({ ...last().editor!.draft, body: 'Still here' });
    expect(last().editor).toMatchObject({ invalidated: true, saving: false, draft: { body: 'Still here' } });
    expect(drafts.kept.get('https://www.iclei.org/p')?.draft.body).toBe('Still here');
    gone = true;
    controller.draftChanged({ ...last().editor!.draft, body: 'Still here, more' });
    expect(last().editor).toMatchObject({ invalidated: true, saving: false });
  });

  it('told the extension went away, the open editor says so at once; typing after that is known to be kept nowhere else', () => {
    let gone = false;
    const drafts = memoryDrafts();
    const { controller, last } = setup({}, PAGE, { drafts, isInvalid: () => gone });
    controller.pageNote();
    controller.draftChanged({ ...last().editor!.draft, body: 'Typed before' });
    expect(controller.typedSinceGone()).toBe(false);
    gone = true;
    controller.extensionGone();
    expect(last().editor).toMatchObject({ invalidated: true, draft: { body: 'Typed before' } });
    expect(controller.view().editor?.invalidated).toBe(true);
    expect(controller.typedSinceGone()).toBe(false);
    controller.draftChanged({ ...last().editor!.draft, body: 'Typed before, and after' });
    expect(controller.typedSinceGone()).toBe(true);
    expect(drafts.kept.get('https://www.iclei.org/p')?.draft.body).toBe('Typed before');
  });
});
