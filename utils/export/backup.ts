/** A JSON backup of every table, screenshots as base64, under a format name and version. */
import { ready, type TclDatabase } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../import/schema';

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBlob(data: string, type: string): Blob {
  return new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type });
}

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
