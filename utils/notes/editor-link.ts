/**
 * The lens's end of the note editor's frame (see ./editor-channel): gives an iframe of ours a fresh
 * token and the editor page's URL, opens the Port once the frame has loaded, and reports the frame
 * lost when its Port goes away or when it loads a second time (the page can navigate a frame it
 * reaches through `window.frames`; whatever it loads there is not our editor).
 */
import * as v from 'valibot';
import { EDITOR_PAGE, FromFrameSchema, newToken, portName, type FromFrame, type PortLike, type ToFrame } from './editor-channel';

export interface EditorLinkDeps {
  getURL(path: string): string;
  connect(name: string): PortLike;
  crypto: Pick<Crypto, 'getRandomValues'>;
}

export interface EditorLinkHandlers {
  onMessage(message: FromFrame): void;
  /** the frame is gone or is no longer ours: nothing more is sent to it */
  onLost(): void;
}

export interface EditorLinkSession {
  /** the iframe, already in `container` */
  frame: HTMLIFrameElement;
  send(message: ToFrame): void;
  close(): void;
}

export type EditorLink = (container: HTMLElement, title: string, handlers: EditorLinkHandlers) => EditorLinkSession;

export function createEditorLink(deps: EditorLinkDeps): EditorLink {
  return (container, title, handlers) => {
    // Made here with its URL set before it is in the document: its only load is our page's.
    const frame = container.ownerDocument.createElement('iframe');
    frame.title = title;
    const token = newToken(deps.crypto);
    let port: PortLike | null = null;
    let loads = 0;
    let over = false;
    const lose = () => {
      if (over) return;
      over = true;
      frame.removeEventListener('load', onLoad);
      try {
        port?.disconnect();
      } catch {
        // already gone with the extension
      }
      port = null;
      handlers.onLost();
    };
    const onLoad = () => {
      loads += 1;
      if (loads > 1) return lose();
      try {
        port = deps.connect(portName(token));
      } catch {
        return lose();
      }
      port.onDisconnect.addListener(lose);
      port.onMessage.addListener((raw) => {
        const parsed = v.safeParse(FromFrameSchema, raw);
        if (parsed.success && !over) handlers.onMessage(parsed.output);
      });
    };
    frame.addEventListener('load', onLoad);
    frame.src = `${deps.getURL(EDITOR_PAGE)}#${token}`;
    container.append(frame);
    return {
      frame,
      send(message) {
        if (!over) port?.postMessage(message);
      },
      close() {
        over = true;
        frame.removeEventListener('load', onLoad);
        try {
          port?.disconnect();
        } catch {
          // already gone with the extension
        }
        port = null;
        frame.remove();
      },
    };
  };
}

/**
 * Whether the extension is still there for this copy of the lens, after its editor's Port dropped:
 * an orphaned content script's messages never settle, and it reads as orphaned only a moment
 * after its Ports drop; so the first of: the background answers (alive), or `isGone()` turns true
 * (checked every 100 ms), or 3 s pass with neither (taken as alive: the lens tries a new frame,
 * whose Port cannot open if the extension has gone).
 */
export function extensionAlive(ping: () => Promise<unknown>, isGone: () => boolean, win: Pick<Window, 'setTimeout' | 'clearInterval' | 'setInterval'>): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (alive: boolean) => {
      if (settled) return;
      settled = true;
      win.clearInterval(timer);
      resolve(alive);
    };
    const timer = win.setInterval(() => {
      if (isGone()) done(false);
    }, 100);
    win.setTimeout(() => done(!isGone()), 3000);
    ping().then(() => done(!isGone()), () => done(false));
  });
}
