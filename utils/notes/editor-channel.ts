/**
 * The channel between the lens (content script) and the note editor's frame (an extension page,
 * entrypoints/note-editor). The text is typed in that frame: key events inside a cross-origin frame
 * never reach the page's document, not even its capture-phase listeners, and the page cannot read
 * the frame. Nothing here trusts `window.postMessage`, which the page can send to any frame it
 * reaches through `window.frames`: the lens names a runtime Port after a random token that only it
 * and the frame know (it travels in the frame URL's fragment, which the page cannot read in a
 * cross-origin frame inside our closed shadow root). Both ends open a runtime Port of that name to
 * the background, which joins them (./editor-relay); only the extension's own contexts can open a
 * runtime Port at all.
 */
import * as v from 'valibot';
import { DraftSchema } from './drafts';
import type { Lang } from '../i18n';
import type { NoteEditorView } from '../page/views';

export const EDITOR_PAGE = '/note-editor.html';
export const PORT_PREFIX = 'tcl-note-editor:';

export const portName = (token: string) => PORT_PREFIX + token;
/**
 * Chromium stops an idle extension service worker after ~30 s, and an open Port alone does not
 * keep it: the lens's end sends this over the Port while the editor is open (a person may read or
 * think longer than that), and the background's relay drops it (./editor-relay).
 */
export const KEEPALIVE = { type: 'keepalive' } as const;
export const KEEPALIVE_MS = 20_000;
export const isKeepAlive = (m: unknown): boolean => typeof m === 'object' && m !== null && (m as { type?: unknown }).type === KEEPALIVE.type;

/** 128 random bits, as hex: the frame's name and the Port's. */
export function newToken(crypto: Pick<Crypto, 'getRandomValues'>): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The token a frame was given in its URL's fragment, or null when it is not one of ours. */
export function tokenOf(hash: string): string | null {
  const token = hash.replace(/^#/, '');
  return /^[0-9a-f]{32}$/.test(token) ? token : null;
}

/**
 * Lens → frame: everything the editor shows; and, once the lens has given the frame the focus,
 * that the editor may put it in its field (a frame cannot take the focus from the page itself).
 */
export type ToFrame = { type: 'view'; lang: Lang; editor: NoteEditorView } | { type: 'focus' };

/** Frame → lens: what the person did. Checked on arrival, like every message the lens acts on. */
export const FromFrameSchema = v.variant('type', [
  /** the Port is accepted: send the view */
  v.object({ type: v.literal('ready') }),
  /** the editor is drawn and its text field holds the frame's focus: the lens focuses the frame */
  v.object({ type: v.literal('shown') }),
  v.object({ type: v.literal('size'), height: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000)) }),
  v.object({ type: v.literal('draft'), draft: DraftSchema }),
  v.object({ type: v.literal('save'), draft: DraftSchema }),
  v.object({ type: v.literal('keep-mine'), draft: DraftSchema }),
  v.object({ type: v.literal('keep-theirs') }),
  v.object({ type: v.literal('cancel') }),
]);
export type FromFrame = v.InferOutput<typeof FromFrameSchema>;

/** What both ends need of a runtime Port (browser.runtime.Port). */
export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string; frameId?: number; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
