/**
 * Evidence screenshots of the visible tab. Chromium allows them with an activeTab grant (a toolbar
 * click, context-menu item or keyboard shortcut) or the optional <all_urls> permission; without
 * either the note is still saved, marked "no screenshot", and one can be added later.
 */
import type { TclDatabase } from '../db/database';
import { addEvidence } from '../db/evidence';
import { updateNote } from '../db/notes';
import type { Note } from '../db/types';
import { err, ok, type Result } from '../result';
import type { StorageError } from '../db/errors';

export type CaptureTab = () => Promise<string>;

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('not a data: URL');
  const [, mime, base64, payload] = match;
  const bytes = base64 ? Uint8Array.from(atob(payload!), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(payload!));
  return new Blob([bytes], { type: mime });
}

/** SHA-256 of a text, in hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Takes a screenshot for the note; a refusal marks the note instead of failing it. `passage`: the
 * text of the note's passage as the page showed it at capture time, kept as its hash.
 */
export async function captureForNote(
  db: TclDatabase,
  note: Note,
  capture: CaptureTab,
  now: () => number = Date.now,
  passage?: string,
): Promise<Result<Note, StorageError>> {
  let image: Blob;
  try {
    image = await dataUrlToBlob(await capture());
  } catch {
    return updateNote(db, note.id, { evidenceMissing: true });
  }
  const passageSha256 = passage === undefined ? undefined : await sha256Hex(passage);
  const added = await addEvidence(db, note.id, image, { url: note.url, capturedAt: now(), ...(passageSha256 ? { passageSha256 } : {}) });
  if (!added.ok) return err(added.error);
  const fresh = await db.notes.get(note.id);
  return fresh ? ok(fresh) : err({ kind: 'not-found', message: `No note ${note.id}.` });
}
