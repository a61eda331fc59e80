/**
 * The lens's end of the note editor's frame (see ./editor-channel): gives an iframe of ours a fresh
 * token and the editor page's URL, opens its end of their Port, and reports the frame
 * lost when that Port goes away or when the frame loads a second time (whatever loads there then is
 * not our editor; the frame is in the closed root, not among the page's `window.frames`).
 */
import * as v from 'valibot';
import { EDITOR_PAGE, FromFrameSchema, KEEPALIVE, KEEPALIVE_MS, newToken, portName, type FromFrame, type PortLike, type ToFrame } from './editor-channel';

export interface EditorLinkDeps {
  getURL(path: string): string;
  /** runtime.connect: a Port to the background, which joins it to the frame's (./editor-relay) */
  connect(name: string): PortLike;
  crypto: Pick<Crypto, 'getRandomValues'>;
  /** timers for the keep-alive (the container's window when not given) */
  timers?: Pick<Window, 'setInterval' | 'clearInterval'>;
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
    const timers = deps.timers ?? container.ownerDocument.defaultView!;
    // Keeps the background (which joins the two Ports) from being stopped while the editor is open.
    const keepAlive = timers.setInterval(() => {
      try {
        port?.postMessage(KEEPALIVE);
      } catch {
        // the Port went: onDisconnect reports it
      }
    }, KEEPALIVE_MS);
    const end = () => {
      over = true;
      timers.clearInterval(keepAlive);
      frame.removeEventListener('load', onLoad);
      try {
        port?.disconnect();
      } catch {
        // already gone with the extension
      }
      port = null;
    };
    const lose = () => {
      if (over) return;
      end();
      handlers.onLost();
    };
    const onLoad = () => {
      loads += 1;
      if (loads > 1) lose();
    };
    frame.addEventListener('load', onLoad);
    frame.src = `${deps.getURL(EDITOR_PAGE)}#${token}`;
    container.append(frame);
    // The frame opens the other Port of this name; the background joins the two.
    try {
      const p = deps.connect(portName(token));
      port = p;
      p.onDisconnect.addListener(lose);
      p.onMessage.addListener((raw) => {
        const parsed = v.safeParse(FromFrameSchema, raw);
        if (parsed.success && !over) handlers.onMessage(parsed.output);
      });
    } catch {
      // the extension has gone: reported once the caller holds the session
      queueMicrotask(lose);
    }
    return {
      frame,
      send(message) {
        if (!over) port?.postMessage(message);
      },
      close() {
        end();
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
