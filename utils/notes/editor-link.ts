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
