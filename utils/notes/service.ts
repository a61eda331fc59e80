/** What the background does for the page's notes; every answer is a Result for the messaging. */
import type { TclDatabase } from '../db/database';
import { createNote, notesForUrl, restoreNote, softDeleteNote, updateNote, type NoteInput, type NotePatch } from '../db/notes';
import { evidenceFor } from '../db/evidence';
import { recordSightings, sightingsFor } from '../db/findings-log';
import { storageError } from '../db/errors';
import { captureForNote, type CaptureTab } from '../evidence/capture';
import type { PageNotes } from '../messaging/protocol';
import type { Note } from '../db/types';
import { blobToDataUrl } from '../export/base64';
import { err, ok, type Result } from '../result';

export function createNotesService(db: TclDatabase) {
  return {
    async pageNotes(url: string): Promise<Result<PageNotes>> {
      const notes = await notesForUrl(db, url);
      if (!notes.ok) return notes;
      try {
        const thumbnails: Record<string, string> = {};
        for (const note of notes.value) {
          const latest = (await evidenceFor(db, note.id)).sort((a, b) => b.capturedAt - a.capturedAt)[0];
          if (latest) thumbnails[note.id] = await blobToDataUrl(latest.image);
        }
        const lastSeen: Record<string, number> = {};
        for (const s of await sightingsFor(db, url)) lastSeen[`${s.ruleId}\u0000${s.quote}`] = s.lastSeen;
        return ok({ notes: notes.value, thumbnails, lastSeen });
      } catch (e) {
        return storageError(e);
      }
    },
    async create(input: NoteInput, capture: CaptureTab | null, passage?: string): Promise<Result<Note>> {
      const created = await createNote(db, input);
      if (!created.ok || !capture) return created;
      return captureForNote(db, created.value, capture, Date.now, passage);
    },
    update: (id: string, patch: NotePatch, baseRev?: number) => updateNote(db, id, patch, {}, baseRev),
    remove: (id: string) => softDeleteNote(db, id),
    restore: (id: string) => restoreNote(db, id),
    async captureEvidence(noteId: string, capture: CaptureTab, passage?: string): Promise<Result<Note>> {
      const note = await db.notes.get(noteId).catch(() => undefined);
      if (!note || note.deletedAt) return err({ kind: 'not-found', message: `No note ${noteId}.` });
      return captureForNote(db, note, capture, Date.now, passage);
    },
    recordSightings: (url: string, findings: { ruleId: string; quote: string }[]) => recordSightings(db, url, findings),
  };
}
