// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNotesController, type NotesApi } from '@/utils/page/notes-controller';
import type { NotesView } from '@/utils/page/views';
import type { Note } from '@/utils/db/types';
import { err, ok } from '@/utils/result';

const highlighter = { set: () => undefined, clear: () => undefined, hideWhile: <T,>(work: () => Promise<T>) => work(), supported: true };

function setup(api: Partial<NotesApi>) {
  document.body.innerHTML = '<p id="p">Kaohsiung joined ICLEI in 2006 as the first Taiwanese member.</p>';
  const views: NotesView[] = [];
  const controller = createNotesController({
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
});
