// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EditorFrame } from '@/components/panel/EditorFrame';
import type { NotesActions } from '@/components/panel/NotesSection';
import type { EditorLink, EditorLinkHandlers } from '@/utils/notes/editor-link';
import type { ToFrame } from '@/utils/notes/editor-channel';
import type { NoteDraft, NoteEditorView } from '@/utils/page/views';

const draft: NoteDraft = { kind: 'naming-concern', status: 'open', body: 'Half-written letter', tags: '', quote: 'Kaohsiung, China' };
const view = (patch: Partial<NoteEditorView> = {}): NoteEditorView => ({ mode: 'create', noteId: null, draft, saving: false, error: null, ...patch });

/** A link that records the frames it opens, what it sends them, and lets the test play the frame. */
function fakeLink() {
  const opened: { container: HTMLElement; handlers: EditorLinkHandlers; sent: ToFrame[]; closed: boolean }[] = [];
  const link: EditorLink = (container, _title, handlers) => {
    // (An element standing for the iframe: happy-dom loads no frames.)
    const frame = container.ownerDocument.createElement('div') as unknown as HTMLIFrameElement;
    frame.dataset.frame = 'editor';
    container.append(frame);
    const s = { container, handlers, sent: [] as ToFrame[], closed: false };
    opened.push(s);
    return {
      frame,
      send: (m) => void s.sent.push(m),
      close() {
        s.closed = true;
        frame.remove();
      },
    };
  };
  return { link, opened };
}

function actions(log: string[], drafts: NoteDraft[], extensionGone = false): NotesActions {
  const none = () => undefined;
  return {
    onNoteOnSelection: none, onPageNote: none, onEdit: none, onDelete: none, onUndoDelete: none,
    onAddScreenshot: none, onAllowScreenshots: none, onShow: none,
    onSave: (d) => void drafts.push(d),
    onCancel: () => void log.push('cancel'),
    onDraftChange: (d) => void drafts.push(d),
    onEditorLost: async () => {
      log.push('lost');
      return extensionGone;
    },
  };
}

async function mount(editor: NoteEditorView, a: NotesActions, link: EditorLink) {
  const box = document.body.appendChild(document.createElement('div'));
  await act(() => render(<EditorFrame lang="en" editor={editor} actions={a} link={link} />, box));
  return {
    box,
    rerender: (next: NoteEditorView) => act(() => render(<EditorFrame lang="en" editor={next} actions={a} link={link} />, box)),
  };
}

describe('the note editor in its frame, as the panel shows it', () => {
  it('opens one frame in the panel, sends it the view, and takes from it only what the person can change', async () => {
    const { link, opened } = fakeLink();
    const drafts: NoteDraft[] = [];
    const { box } = await mount(view(), actions([], drafts), link);
    expect(opened).toHaveLength(1);
    expect(box.querySelector('.tcl-editor-slot [data-frame="editor"]')).not.toBeNull();
    // No text field of ours in the panel: what is typed is typed in the frame.
    expect(box.querySelector('textarea, input, select')).toBeNull();
    opened[0]!.handlers.onMessage({ type: 'ready' });
    expect(opened[0]!.sent.at(-1)).toMatchObject({ type: 'view', lang: 'en', editor: { draft: { body: 'Half-written letter' } } });
    // The frame says the quote changed: the quote stays the lens's.
    opened[0]!.handlers.onMessage({ type: 'draft', draft: { kind: 'general', status: 'open', body: 'Typed', tags: 'x', quote: 'forged quote' } });
    expect(drafts).toEqual([{ ...draft, kind: 'general', body: 'Typed', tags: 'x' }]);
  });

  it.each([
    ['in the page’s document', (): ParentNode => document.body],
    ['inside the lens’s closed shadow root, where the frame really is', (): ParentNode => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'closed' })],
  ])('a frame that says it is shown gets the focus, unless it has it already (a field being typed in keeps it): %s', async (_, parent) => {
    const { link, opened } = fakeLink();
    const root = parent();
    const box = root.appendChild(document.createElement('div'));
    await act(() => render(<EditorFrame lang="en" editor={view()} actions={actions([], [])} link={link} />, box));
    const frame = opened[0]!.container.querySelector<HTMLElement>('[data-frame="editor"]')!;
    frame.tabIndex = -1;
    let focusCalls = 0;
    const focus = frame.focus.bind(frame);
    frame.focus = () => {
      focusCalls += 1;
      focus();
    };
    opened[0]!.handlers.onMessage({ type: 'shown' });
    expect(focusCalls).toBe(1);
    expect((box.getRootNode() as Document | ShadowRoot).activeElement).toBe(frame);
    expect(opened[0]!.sent.at(-1)).toEqual({ type: 'focus' });
    // Shown again (a new view) while the focus is in it: focusing the iframe once more would move
    // the focus off the field inside it.
    opened[0]!.handlers.onMessage({ type: 'shown' });
    expect(focusCalls).toBe(1);
    expect(opened[0]!.sent.at(-1)).toEqual({ type: 'focus' });
  });

  it('a frame lost while the extension is there is replaced by a new one', async () => {
    const { link, opened } = fakeLink();
    const log: string[] = [];
    await mount(view(), actions(log, []), link);
    await act(async () => opened[0]!.handlers.onLost());
    expect(log).toEqual(['lost']);
    expect(opened).toHaveLength(2);
    expect(opened[0]!.closed).toBe(true);
  });

  it('once the extension went away, the panel says so in the frame\'s place and shows the kept text, which can no longer be changed or saved', async () => {
    const { link, opened } = fakeLink();
    const log: string[] = [];
    const { box, rerender } = await mount(view(), actions(log, [], true), link);
    await rerender(view({ invalidated: true }));
    expect(opened[0]!.closed).toBe(true);
    expect(box.querySelector('[data-frame="editor"]')).toBeNull();
    expect(box.querySelector('[data-invalidated="true"]')?.textContent).toMatch(/offers it back/);
    const text = box.querySelector('textarea')!;
    expect(text.value).toBe('Half-written letter');
    expect(text.readOnly).toBe(true);
    expect(box.querySelector<HTMLInputElement>('input[name="tags"]')!.readOnly).toBe(true);
    expect(box.querySelector<HTMLSelectElement>('select[name="kind"]')!.disabled).toBe(true);
    expect(box.querySelector<HTMLButtonElement>('[data-action="save"]')!.disabled).toBe(true);
    box.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    expect(log).toEqual(['cancel']);
  });
});
