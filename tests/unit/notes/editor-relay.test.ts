import { describe, expect, it } from 'vitest';
import { createEditorRelay, sideOf } from '@/utils/notes/editor-relay';
import { fakePort } from './fake-port';

const ID = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id';
const NAME = 'tcl-note-editor:0123456789abcdef0123456789abcdef';
const lens = (name = NAME, tab = 7) => fakePort(name, { id: ID, url: 'https://www.iclei.org/members', frameId: 0, tab: { id: tab } });
const frame = (name = NAME, tab = 7) => fakePort(name, { id: ID, url: `${ORIGIN}/note-editor.html#x`, frameId: 3, tab: { id: tab } });

describe('the background joins the lens and its editor frame', () => {
  it('tells the lens (a content script in a top frame) from the frame (our note-editor page), and neither from anything else', () => {
    expect(sideOf(lens(), ID, [ORIGIN])).toBe('lens');
    expect(sideOf(frame(), ID, [ORIGIN])).toBe('frame');
    expect(sideOf(fakePort(NAME, { id: ID, url: `${ORIGIN}/dashboard.html` }), ID, [ORIGIN])).toBeNull();
    expect(sideOf(fakePort(NAME, { id: 'other-extension', url: 'https://www.iclei.org/' , frameId: 0, tab: { id: 7 } }), ID, [ORIGIN])).toBeNull();
    expect(sideOf(fakePort(NAME, { id: ID, url: 'https://www.iclei.org/', frameId: 2, tab: { id: 7 } }), ID, [ORIGIN])).toBeNull();
  });

  it('passes messages both ways, those sent before the other end came included', () => {
    const relay = createEditorRelay(ID, [ORIGIN]);
    const l = lens();
    const f = frame();
    relay(l);
    l.receive({ type: 'view' });
    relay(f);
    expect(f.sent).toEqual([{ type: 'view' }]);
    f.receive({ type: 'ready' });
    expect(l.sent).toEqual([{ type: 'ready' }]);
  });

  it('drops the lens\'s keep-alive messages instead of passing them to the frame', () => {
    const relay = createEditorRelay(ID, [ORIGIN]);
    const l = lens();
    const f = frame();
    relay(l);
    relay(f);
    l.receive({ type: 'keepalive' });
    l.receive({ type: 'focus' });
    expect(f.sent).toEqual([{ type: 'focus' }]);
  });

  it('refuses a second Port of the same name and side, and one from another tab', () => {
    const relay = createEditorRelay(ID, [ORIGIN]);
    relay(lens());
    const again = lens();
    relay(again);
    expect(again.disconnected).toBe(true);
    const elsewhere = frame(NAME, 9);
    relay(elsewhere);
    expect(elsewhere.disconnected).toBe(true);
  });

  it('closes the other end when one goes, and leaves Ports of other names alone', () => {
    const relay = createEditorRelay(ID, [ORIGIN]);
    const l = lens();
    const f = frame();
    relay(l);
    relay(f);
    f.drop();
    expect(l.disconnected).toBe(true);
    const unrelated = fakePort('something-else', { id: ID });
    relay(unrelated);
    expect(unrelated.disconnected).toBe(false);
  });
});
