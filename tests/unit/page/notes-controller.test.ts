// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNotesController, type NotesApi } from '@/utils/page/notes-controller';
import type { NotesView } from '@/utils/page/views';
import type { Note } from '@/utils/db/types';
import { err, ok } from '@/utils/result';

const drawn: Record<string, readonly AbstractRange[]> = {};
const highlighter = { owns: () => false, set: (name: string, ranges: readonly AbstractRange[]) => void (drawn[name] = ranges), clear: () => undefined, hideWhile: <T,>(work: () => Promise<T>) => work(), supported: true };

const PAGE = '<p id="p">Kaohsiung joined ICLEI in 2006 as the first Taiwanese member.</p>';
function setup(api: Partial<NotesApi>, html = PAGE) {
  document.body.innerHTML = html;
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
});
