/** Screenshots kept as evidence for a note; the note lists its evidence, both written together. */
import { ready, type TclDatabase } from './database';
import type { Evidence } from './types';
import { storageError, type StorageError } from './errors';
import { err, ok, type Result } from '../result';
import type { Clock } from './notes';

export async function addEvidence(
  db: TclDatabase,
  noteId: string,
  image: Blob,
  meta: { url: string; capturedAt: number; passageSha256?: string },
  clock: Clock = {},
): Promise<Result<Evidence, StorageError>> {
  const now = (clock.now ?? Date.now)();
  const evidence: Evidence = {
    id: (clock.uuid ?? (() => crypto.randomUUID()))(),
    createdAt: now,
    updatedAt: now,
    noteId,
    url: meta.url,
    capturedAt: meta.capturedAt,
    mimeType: image.type || 'image/png',
    image,
    ...(meta.passageSha256 ? { passageSha256: meta.passageSha256 } : {}),
  };
  try {
    await ready(db);
    const done = await db.transaction('rw', db.notes, db.evidence, async () => {
      const note = await db.notes.get(noteId);
      if (!note || note.deletedAt) return false;
      await db.evidence.add(evidence);
      await db.notes.put({ ...note, evidenceIds: [...note.evidenceIds, evidence.id], evidenceMissing: false, updatedAt: now });
      return true;
    });
    return done ? ok(evidence) : err({ kind: 'not-found', message: `No note ${noteId}.` });
  } catch (e) {
    return storageError(e);
  }
}

export async function evidenceFor(db: TclDatabase, noteId: string): Promise<Evidence[]> {
  return (await db.evidence.where('noteId').equals(noteId).toArray()).filter((e) => !e.deletedAt);
}
