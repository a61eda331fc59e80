/**
 * Backups of every table under a format name and version: as one JSON file (screenshots inline
 * as base64) or as a zip of that JSON with each screenshot as an image file beside it, which
 * stays small and readable when months of evidence would make one JSON string too large.
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import * as v from 'valibot';
import { ready, type TclDatabase } from '../db/database';
import type { Evidence } from '../db/types';
import { BACKUP_FORMAT, BACKUP_VERSION, SettingSchema, ZIP_BACKUP_JSON, ZIP_EVIDENCE_DIR, type Backup, type ZipBackup } from '../import/schema';
import { blobToBase64 } from './base64';

type Tables<E> = Omit<Backup, 'evidence'> & { evidence: E[] };

/** Everything, deleted records included: a colleague's import must learn of deletes too. */
async function collect(db: TclDatabase, now: () => number, noteIds?: ReadonlySet<string>): Promise<Tables<Evidence>> {
  await ready(db);
  const notes = (await db.notes.toArray()).filter((n) => !noteIds || noteIds.has(n.id));
  const keep = new Set(notes.map((n) => n.id));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now(),
    notes,
    evidence: (await db.evidence.toArray()).filter((e) => keep.has(e.noteId)),
    dismissals: await db.dismissals.toArray(),
    findingsLog: await db.findingsLog.toArray(),
    // Only settings of the backup's shape: an export never writes what an import would refuse.
    settings: (await db.settings.toArray()).flatMap((s) => {
      const r = v.safeParse(SettingSchema, s);
      return r.success ? [r.output] : [];
    }),
  };
}

const asMime = (type: string) => type as Backup['evidence'][number]['mimeType'];

export async function exportBackup(db: TclDatabase, now: () => number = Date.now, noteIds?: ReadonlySet<string>): Promise<Backup> {
  const tables = await collect(db, now, noteIds);
  const evidence = await Promise.all(tables.evidence.map(async ({ image, ...rest }) => ({ ...rest, mimeType: asMime(rest.mimeType), data: await blobToBase64(image) })));
  return { ...tables, evidence };
}

const EXTENSION: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/**
 * Each screenshot's file name in the zip, by its place among all screenshots (numbered, so that
 * two ids that differ only in characters a file name cannot hold stay apart). The CSV names the
 * same files.
 */
export function evidenceFileNames(evidence: readonly { id: string; mimeType: string }[]): Map<string, string> {
  return new Map(evidence.map((e, i) => [e.id, `${ZIP_EVIDENCE_DIR}${i + 1}-${e.id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}.${EXTENSION[e.mimeType] ?? 'png'}`]));
}

/** Every note's screenshot files, as a zip backup made now would name them. */
export async function noteFiles(db: TclDatabase): Promise<(noteId: string) => string[]> {
  await ready(db);
  const all: { id: string; noteId: string; mimeType: string; deletedAt?: number }[] = [];
  await db.evidence.each((e) => void all.push({ id: e.id, noteId: e.noteId, mimeType: e.mimeType, deletedAt: e.deletedAt }));
  const names = evidenceFileNames(all);
  const byNote = new Map<string, string[]>();
  for (const e of all.filter((x) => !x.deletedAt)) byNote.set(e.noteId, [...(byNote.get(e.noteId) ?? []), names.get(e.id)!]);
  return (id) => byNote.get(id) ?? [];
}

/** The zip as Blob parts, written as it goes, so no single buffer holds every screenshot twice. */
export async function exportBackupZip(db: TclDatabase, now: () => number = Date.now): Promise<Blob> {
  const tables = await collect(db, now);
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk);
  });
  const evidence: ZipBackup['evidence'] = [];
  const names = evidenceFileNames(tables.evidence);
  for (const { image, ...rest } of tables.evidence) {
    const file = names.get(rest.id)!;
    // Screenshots are compressed already: stored as they are.
    const entry = new ZipPassThrough(file);
    zip.add(entry);
    entry.push(new Uint8Array(await image.arrayBuffer()), true);
    evidence.push({ ...rest, mimeType: asMime(rest.mimeType), file });
  }
  const json = new ZipDeflate(ZIP_BACKUP_JSON, { level: 6 });
  zip.add(json);
  json.push(new TextEncoder().encode(JSON.stringify({ ...tables, evidence } satisfies ZipBackup)), true);
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as Uint8Array<ArrayBuffer>[], { type: 'application/zip' });
}
