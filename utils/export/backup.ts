/** A JSON backup of every table, screenshots as base64, under a format name and version. */
import { ready, type TclDatabase } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../import/schema';

import { blobToBase64 } from './base64';

/** Everything, deleted records included: a colleague's import must learn of deletes too. */
export async function exportBackup(db: TclDatabase, now: () => number = Date.now, noteIds?: ReadonlySet<string>): Promise<Backup> {
  await ready(db);
  const notes = (await db.notes.toArray()).filter((n) => !noteIds || noteIds.has(n.id));
  const keep = new Set(notes.map((n) => n.id));
  const evidence = await Promise.all(
    (await db.evidence.toArray())
      .filter((e) => keep.has(e.noteId))
      .map(async ({ image, ...rest }) => ({ ...rest, mimeType: rest.mimeType as 'image/png', data: await blobToBase64(image) })),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now(),
    notes,
    evidence,
    dismissals: await db.dismissals.toArray(),
    findingsLog: await db.findingsLog.toArray(),
    settings: await db.settings.toArray(),
  };
}
