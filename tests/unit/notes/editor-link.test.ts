// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createEditorLink, extensionAlive } from '@/utils/notes/editor-link';
import type { FromFrame } from '@/utils/notes/editor-channel';
import { fakePort, type FakePort } from './fake-port';

/** Intervals run by hand: `tick()` runs each one once. */
function fakeTimers() {
  const running = new Map<number, () => void>();
  let next = 1;
  return {
    setInterval: ((fn: () => void) => (running.set(next, fn), next++)) as unknown as Window['setInterval'],
    clearInterval: ((id: number) => void running.delete(id)) as Window['clearInterval'],
    tick: () => [...running.values()].forEach((fn) => fn()),
    count: () => running.size,
  };
}

function setup() {
  const ports: FakePort[] = [];
  const timers = fakeTimers();
  const link = createEditorLink({
    getURL: (path) => `chrome-extension://ext-id${path}`,
    connect: (name) => {
      const p = fakePort(name);
      ports.push(p);
      return p;
    },
    crypto: globalThis.crypto,
    timers,
  });
  const container = document.createElement('div');
  document.body.append(container);
  const got: FromFrame[] = [];
  let lost = 0;
  const session = link(container, 'Note editor', { onMessage: (m) => void got.push(m), onLost: () => void (lost += 1) });
  return { ports, container, session, got, lost: () => lost, timers };
}

describe('the lens end of the editor frame', () => {
  it('puts a titled frame of the editor page in the container, its token in the fragment and in the Port name', () => {
    const { ports, container, session } = setup();
    const frame = container.querySelector('iframe')!;
    expect(frame).toBe(session.frame);
    expect(frame.title).toBe('Note editor');
    const token = frame.src.split('#')[1]!;
    expect(frame.src).toBe(`chrome-extension://ext-id/note-editor.html#${token}`);
    expect(ports.map((p) => p.name)).toEqual([`tcl-note-editor:${token}`]);
  });

  it('acts only on well-formed messages, and sends the view over the Port', () => {
    const { ports, session, got } = setup();
    ports[0]!.receive({ type: 'cancel' });
    ports[0]!.receive({ type: 'save', draft: { body: 'no kind' } });
    ports[0]!.receive('cancel');
    expect(got).toEqual([{ type: 'cancel' }]);
    session.send({ type: 'focus' });
    expect(ports[0]!.sent).toEqual([{ type: 'focus' }]);
  });

  it('reports the frame lost when its Port drops or when it loads a second time (the page navigated it)', () => {
    const a = setup();
    a.ports[0]!.drop();
    expect(a.lost()).toBe(1);
    const b = setup();
    b.session.frame.dispatchEvent(new Event('load'));
    expect(b.lost()).toBe(0);
    b.session.frame.dispatchEvent(new Event('load'));
    expect(b.lost()).toBe(1);
    expect(b.ports[0]!.disconnected).toBe(true);
    b.session.send({ type: 'focus' });
    expect(b.ports[0]!.sent).toEqual([]);
  });

  it('keeps the background up while the frame is open (an idle Port alone lets Chromium stop it), and stops when closed', () => {
    const { ports, session, timers } = setup();
    timers.tick();
    timers.tick();
    expect(ports[0]!.sent).toEqual([{ type: 'keepalive' }, { type: 'keepalive' }]);
    session.close();
    expect(timers.count()).toBe(0);
  });

  it('closing removes the frame and the Port without reporting a loss', () => {
    const { ports, container, session, lost } = setup();
    session.close();
    expect(container.querySelector('iframe')).toBeNull();
    expect(ports[0]!.disconnected).toBe(true);
    expect(lost()).toBe(0);
  });
});

describe('whether the extension is still there', () => {
  const win = globalThis as unknown as Window;
  it('alive when the background answers; gone when it refuses or the context reads as orphaned', async () => {
    expect(await extensionAlive(() => Promise.resolve('x'), () => false, win)).toBe(true);
    expect(await extensionAlive(() => Promise.reject(new Error('Extension context invalidated')), () => false, win)).toBe(false);
    let gone = false;
    const answer = extensionAlive(() => new Promise(() => undefined), () => gone, win);
    gone = true;
    expect(await answer).toBe(false);
  });
});
