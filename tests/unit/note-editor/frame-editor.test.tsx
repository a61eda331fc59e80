// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FrameEditor } from '@/components/note-editor/FrameEditor';
import type { FromFrame, PortLike, ToFrame } from '@/utils/notes/editor-channel';
import type { NoteEditorView } from '@/utils/page/views';

const editor: NoteEditorView = {
  mode: 'create',
  noteId: null,
  draft: { kind: 'naming-concern', status: 'open', body: '', tags: '', quote: 'Kaohsiung, China' },
  saving: false,
  error: null,
};

/** A Port the test plays the lens through: what the frame posts, and a way to send it messages. */
function fakePort() {
  const posted: FromFrame[] = [];
  const listeners: ((m: unknown) => void)[] = [];
  const port: PortLike = {
    name: 'note-editor',
    postMessage: (m) => void posted.push(m as FromFrame),
    disconnect: () => undefined,
    onMessage: { addListener: (l) => void listeners.push(l) },
    onDisconnect: { addListener: () => undefined },
  };
  const send = (m: ToFrame) => act(() => listeners.forEach((l) => l(m)));
  return { port, posted, send };
}

async function mount() {
  const { port, posted, send } = fakePort();
  const box = document.body.appendChild(document.createElement('div'));
  await act(() => render(<FrameEditor port={port} doc={document} Observer={ResizeObserver} />, box));
  await send({ type: 'view', lang: 'en', editor });
  return { box, posted, send };
}

// The frame's document is the test's: one editor in it at a time.
afterEach(() => {
  for (const box of [...document.body.children]) {
    render(null, box);
    box.remove();
  }
});

describe('the note editor inside its frame', () => {
  it('says it is ready, then shown once the view is drawn with its text field focused', async () => {
    const { box, posted } = await mount();
    expect(posted[0]).toEqual({ type: 'ready' });
    expect(posted).toContainEqual({ type: 'shown' });
    expect(document.activeElement).toBe(box.querySelector('textarea'));
  });

  it.each([
    ['the page’s body (focus came into the frame from outside)', null, 'textarea'],
    ['the tags field (a person tabbed on)', 'input[name="tags"]', 'input[name="tags"]'],
    ['the text field (a person typing)', 'textarea', 'textarea'],
  ])('told it has the focus while %s had it: the focus ends in %s', async (_, before, after) => {
    const { box, send } = await mount();
    (document.activeElement as HTMLElement | null)?.blur();
    if (before) box.querySelector<HTMLElement>(before)!.focus();
    await send({ type: 'focus' });
    expect(document.activeElement).toBe(box.querySelector(after));
  });

  it('a conflict to decide: its choice has the focus, and the lens saying so leaves it there', async () => {
    const { box, send } = await mount();
    const conflict = { ...editor.draft, body: 'Text from the other tab' };
    await send({ type: 'view', lang: 'en', editor: { ...editor, mode: 'edit', noteId: 'n1', conflict } });
    const keepMine = box.querySelector('[data-action="keep-mine"]');
    expect(document.activeElement).toBe(keepMine);
    await send({ type: 'focus' });
    expect(document.activeElement).toBe(keepMine);
  });

  it('Escape asks the lens to close it', async () => {
    const { box, posted } = await mount();
    box.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(posted.at(-1)).toEqual({ type: 'cancel' });
  });
});
