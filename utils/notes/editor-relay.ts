/**
 * The background's part of the note editor's channel (see ./editor-channel). A content script
 * cannot open a Port straight to an extension frame in Firefox (such a frame has no `tabs` API, and
 * a content script's Port reaches only the extension's own pages), so both ends open one to the
 * background, named after the frame's token, and the background joins the two: the lens's (a
 * content script: sender with a tab, not on an extension page) and the frame's (sender on this
 * extension's note-editor page, in the same tab). A third Port of the same name is refused.
 */
import { EDITOR_PAGE, PORT_PREFIX, isKeepAlive, type PortLike } from './editor-channel';

type Side = 'lens' | 'frame';

interface Waiting {
  side: Side;
  port: PortLike;
  tabId: number | undefined;
  queue: unknown[];
  peer: PortLike | null;
}

/** Which end a Port is, or null when it is neither (it is then refused). */
export function sideOf(port: PortLike, extensionId: string, extensionOrigins: readonly string[]): Side | null {
  const sender = port.sender;
  if (!sender || sender.id !== extensionId || !sender.url) return null;
  const url = URL.canParse(sender.url) ? new URL(sender.url) : null;
  if (!url) return null;
  const onExtension = extensionOrigins.includes(url.origin) || url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:';
  if (onExtension) return url.pathname === EDITOR_PAGE ? 'frame' : null;
  return sender.tab?.id !== undefined && sender.frameId === 0 ? 'lens' : null;
}

export function createEditorRelay(extensionId: string, extensionOrigins: readonly string[]) {
  const byName = new Map<string, Waiting[]>();
  return (port: PortLike) => {
    if (!port.name.startsWith(PORT_PREFIX)) return;
    const side = sideOf(port, extensionId, extensionOrigins);
    const ends = byName.get(port.name) ?? [];
    const tabId = port.sender?.tab?.id;
    if (!side || ends.some((e) => e.side === side) || ends.some((e) => e.tabId !== undefined && tabId !== undefined && e.tabId !== tabId)) {
      port.disconnect();
      return;
    }
    const me: Waiting = { side, port, tabId, queue: [], peer: null };
    ends.push(me);
    byName.set(port.name, ends);
    const other = ends.find((e) => e !== me);
    if (other) {
      me.peer = other.port;
      other.peer = port;
      for (const m of other.queue) port.postMessage(m);
      other.queue = [];
    }
    port.onMessage.addListener((m) => {
      // Its work is done by arriving here (the background stays up); the other end needs none.
      if (isKeepAlive(m)) return;
      if (me.peer) me.peer.postMessage(m);
      else me.queue.push(m);
    });
    port.onDisconnect.addListener(() => {
      byName.delete(port.name);
      for (const e of ends) if (e !== me) e.port.disconnect();
    });
  };
}
