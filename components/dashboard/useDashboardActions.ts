import { useState } from 'preact/hooks';
import type { TclDatabase } from '@/utils/db/database';
import type { Note, NoteStatus } from '@/utils/db/types';
import { ready } from '@/utils/db/database';
import { revOf } from '@/utils/db/notes';
import { notesToCsv } from '@/utils/export/csv';
import { exportBackup, exportBackupZip, noteFiles } from '@/utils/export/backup';
import { blobToDataUrl } from '@/utils/export/base64';
import { reportHtml } from '@/utils/export/report-html';
import { reportDocx } from '@/utils/export/report-docx';
import type { ReportShot } from '@/utils/export/report-model';
import { rulesFor, type UserSettings } from '@/utils/settings/user-settings';
import { t, type Lang } from '@/utils/i18n';
import { download } from './download';

export type Message = { kind: 'info' | 'error'; text: string; undo?: () => void } | null;

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Every live screenshot of `notes`, with its bytes, for the reports. */
async function shotsOf(db: TclDatabase, notes: readonly Note[]): Promise<ReportShot[]> {
  await ready(db);
  const shots: ReportShot[] = [];
  for (const n of notes) {
    for (const e of await db.evidence.where('noteId').equals(n.id).toArray()) {
      if (e.deletedAt) continue;
      shots.push({ noteId: n.id, capturedAt: e.capturedAt, url: e.url, mimeType: e.mimeType, dataUrl: await blobToDataUrl(e.image, e.mimeType), bytes: new Uint8Array(await e.image.arrayBuffer()) });
    }
  }
  return shots;
}

/** The dashboard's writes and files: bulk edits with undo, and exports that say what they wrote. */
export function useDashboardActions(db: TclDatabase, lang: Lang, settings: UserSettings, now: () => number = Date.now) {
  const [message, setMessage] = useState<Message>(null);

  const fail = (e: unknown) => setMessage({ kind: 'error', text: t(lang, 'actionFailed', String((e as Error)?.message ?? e)) });
  const saved = (name: string, count: number) => setMessage({ kind: 'info', text: t(lang, 'exportDone', name, count) });
  const save = (name: string, data: BlobPart, type: string, count: number) => {
    download(name, data, type);
    saved(name, count);
  };

  const bulk = async (ids: string[], change: (n: Note) => Note) => {
    await ready(db);
    await db.transaction('rw', db.notes, async () => {
      const notes = (await db.notes.bulkGet(ids)).filter((n): n is Note => Boolean(n));
      await db.notes.bulkPut(notes.map((n) => ({ ...change(n), updatedAt: now(), rev: revOf(n) + 1 })));
    });
  };
  const report = async (notes: Note[]) => ({
    notes,
    screenshots: await shotsOf(db, notes),
    lang,
    generatedAt: now(),
    overrides: settings.membershipOverrides,
    rules: rulesFor(settings),
  });

  return {
    message,
    setMessage,
    dismissMessage: () => setMessage(null),
    setStatus: (ids: string[], status: NoteStatus) => bulk(ids, (n) => ({ ...n, status })).catch(fail),
    addTag: (ids: string[], tag: string) => bulk(ids, (n) => ({ ...n, tags: n.tags.includes(tag) ? n.tags : [...n.tags, tag] })).catch(fail),
    async remove(ids: string[]) {
      try {
        const before = (await db.notes.bulkGet(ids)).filter((n): n is Note => Boolean(n));
        await bulk(ids, (n) => ({ ...n, deletedAt: now() }));
        setMessage({
          kind: 'info',
          text: t(lang, 'deletedCount', ids.length),
          undo: () => {
            // Undo is itself an update, so a later merge sees the restore.
            void db.notes.bulkPut(before.map(({ deletedAt: _d, ...n }) => ({ ...n, updatedAt: now(), rev: revOf(n) + 2 }))).catch(fail);
            setMessage(null);
          },
        });
      } catch (e) {
        fail(e);
      }
    },
    async exportCsv(notes: Note[], corrected: (n: Note) => number | null) {
      try {
        const files = await noteFiles(db);
        const csv = notesToCsv(notes, lang, { correctedSince: corrected, files: (n) => files(n.id), rules: rulesFor(settings) });
        save(`taiwan-city-lens-${stamp(now())}.csv`, csv, 'text/csv;charset=utf-8', notes.length);
      } catch (e) {
        fail(e);
      }
    },
    async exportReport(notes: Note[]) {
      try {
        save(`taiwan-city-lens-report-${stamp(now())}.html`, reportHtml(await report(notes)), 'text/html;charset=utf-8', notes.length);
      } catch (e) {
        fail(e);
      }
    },
    async exportDocx(notes: Note[]) {
      try {
        const docx = await reportDocx(await report(notes));
        save(`taiwan-city-lens-report-${stamp(now())}.docx`, docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', notes.length);
      } catch (e) {
        fail(e);
      }
    },
    async exportBackup(notes: Note[] | null) {
      try {
        const backup = await exportBackup(db, now, notes ? new Set(notes.map((n) => n.id)) : undefined);
        save(`taiwan-city-lens-backup-${stamp(now())}.json`, JSON.stringify(backup), 'application/json', backup.notes.filter((n) => !n.deletedAt).length);
      } catch (e) {
        fail(e);
      }
    },
    async exportBackupZip() {
      try {
        const count = (await db.notes.toArray()).filter((n) => !n.deletedAt).length;
        save(`taiwan-city-lens-backup-${stamp(now())}.zip`, await exportBackupZip(db, now), 'application/zip', count);
      } catch (e) {
        fail(e);
      }
    },
  };
}
