import { useState } from 'preact/hooks';
import type { TclDatabase } from '@/utils/db/database';
import type { Note, NoteStatus } from '@/utils/db/types';
import { ready } from '@/utils/db/database';
import { notesToCsv } from '@/utils/export/csv';
import { exportBackup, exportBackupZip } from '@/utils/export/backup';
import { blobToDataUrl } from '@/utils/export/base64';
import { reportHtml } from '@/utils/export/report-html';
import { parseBackupFile } from '@/utils/import/file';
import { importBackup } from '@/utils/import/merge';
import { t, type Lang } from '@/utils/i18n';
import { download } from './download';

export type Message = { kind: 'info' | 'error'; text: string; undo?: () => void } | null;

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

/** The dashboard's writes and files: bulk edits with undo, exports, and imports. */
export function useDashboardActions(db: TclDatabase, lang: Lang, now: () => number = Date.now) {
  const [message, setMessage] = useState<Message>(null);

  const fail = (e: unknown) => setMessage({ kind: 'error', text: t(lang, 'actionFailed', String((e as Error)?.message ?? e)) });

  const bulk = async (ids: string[], change: (n: Note) => Note) => {
    await ready(db);
    await db.transaction('rw', db.notes, async () => {
      const notes = (await db.notes.bulkGet(ids)).filter((n): n is Note => Boolean(n));
      await db.notes.bulkPut(notes.map((n) => ({ ...change(n), updatedAt: now() })));
    });
  };

  return {
    message,
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
            void db.notes.bulkPut(before.map(({ deletedAt: _d, ...n }) => ({ ...n, updatedAt: now() }))).catch(fail);
            setMessage(null);
          },
        });
      } catch (e) {
        fail(e);
      }
    },
    exportCsv(notes: Note[], corrected: (n: Note) => number | null) {
      download(`taiwan-city-lens-${stamp(now())}.csv`, notesToCsv(notes, lang, corrected), 'text/csv;charset=utf-8');
    },
    async exportReport(notes: Note[]) {
      try {
        const screenshots: Record<string, string> = {};
        for (const n of notes) {
          const latest = (await db.evidence.where('noteId').equals(n.id).toArray()).filter((e) => !e.deletedAt).pop();
          if (latest) screenshots[n.id] = await blobToDataUrl(latest.image, latest.mimeType);
        }
        download(`taiwan-city-lens-report-${stamp(now())}.html`, reportHtml({ notes, screenshots, lang, generatedAt: now() }), 'text/html;charset=utf-8');
      } catch (e) {
        fail(e);
      }
    },
    async exportBackup(notes: Note[] | null) {
      try {
        const backup = await exportBackup(db, now, notes ? new Set(notes.map((n) => n.id)) : undefined);
        download(`taiwan-city-lens-backup-${stamp(now())}.json`, JSON.stringify(backup), 'application/json');
      } catch (e) {
        fail(e);
      }
    },
    async exportBackupZip() {
      try {
        download(`taiwan-city-lens-backup-${stamp(now())}.zip`, await exportBackupZip(db, now), 'application/zip');
      } catch (e) {
        fail(e);
      }
    },
    async importFile(file: File) {
      // A file the browser cannot even read (too large for memory, gone from disk) is a message too.
      const bytes = await file.arrayBuffer().then((b) => new Uint8Array(b), (e: Error) => e);
      if (bytes instanceof Error) return setMessage({ kind: 'error', text: t(lang, 'importFailed', bytes.message) });
      const parsed = parseBackupFile(bytes);
      if (!parsed.ok) return setMessage({ kind: 'error', text: t(lang, 'importFailed', parsed.error.message) });
      const result = await importBackup(db, parsed.value);
      if (!result.ok) return setMessage({ kind: 'error', text: t(lang, 'importFailed', result.error.message) });
      const s = result.value;
      setMessage({ kind: 'info', text: t(lang, 'importDone', s.added, s.updated, s.unchanged, s.skipped) });
    },
  };
}
