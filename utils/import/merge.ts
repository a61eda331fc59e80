/**
 * Merging a colleague's backup: new ids are added, the same id keeps whichever side was updated
 * later (a delete is an update, so deletes are honoured), all in one transaction or not at all.
 */
import { ready, type TclDatabase } from '../db/database';
import { storageError, type StorageError } from '../db/errors';
import { ok, type Result } from '../result';
import { base64ToBlob } from '../export/base64';
import type { Backup, IncomingBackup } from './schema';

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

interface Stamped {
  id: string;
  updatedAt: number;
}

/** Pure: which incoming records to write, and the counts to show. */
export function planMerge<T extends Stamped>(existing: readonly T[], incoming: readonly T[]): { toPut: T[]; summary: MergeSummary } {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const toPut: T[] = [];
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const record of incoming) {
    const mine = byId.get(record.id);
    if (!mine) {
      toPut.push(record);
      summary.added++;
    } else if (record.updatedAt > mine.updatedAt) {
      toPut.push(record);
      summary.updated++;
    } else if (record.updatedAt === mine.updatedAt) summary.unchanged++;
    else summary.skipped++;
  }
  return { toPut, summary };
}

type Sighting = Backup['findingsLog'][number];

/** Two people may have seen the same finding: one record per (page, rule, quote), widest span of dates. */
export function mergeSightings(existing: readonly Sighting[], incoming: readonly Sighting[]): Sighting[] {
  const key = (s: Sighting) => `${s.url}\u0000${s.ruleId}\u0000${s.quote}`;
  const mine = new Map(existing.map((s) => [key(s), s]));
  const out = new Map<string, Sighting>();
  for (const s of incoming) {
    const base = out.get(key(s)) ?? mine.get(key(s));
    if (!base) out.set(key(s), s);
    else if (s.firstSeen < base.firstSeen || s.lastSeen > base.lastSeen) {
      out.set(key(s), {
        ...base,
        firstSeen: Math.min(base.firstSeen, s.firstSeen),
        lastSeen: Math.max(base.lastSeen, s.lastSeen),
        updatedAt: Math.max(base.updatedAt, s.updatedAt),
      });
    }
  }
  return [...out.values()];
}

/**
 * Applies a validated backup, its images inline (a JSON backup) or as Blobs (read from a zip).
 * `beforeCommit` lets tests fail the transaction half-way.
 */
export async function importBackup(db: TclDatabase, backup: Backup | IncomingBackup, beforeCommit: () => void = () => undefined): Promise<Result<MergeSummary, StorageError>> {
  try {
    await ready(db);
    return ok(
      await db.transaction('rw', [db.notes, db.evidence, db.dismissals, db.findingsLog, db.settings], async () => {
        const notes = planMerge(await db.notes.toArray(), backup.notes);
        await db.notes.bulkPut(notes.toPut);
        const evidenceIn = backup.evidence.map((e) => {
          if ('image' in e) return e;
          const { data, ...rest } = e;
          return { ...rest, image: base64ToBlob(data, rest.mimeType) };
        });
        await db.evidence.bulkPut(planMerge(await db.evidence.toArray(), evidenceIn).toPut);
        await db.dismissals.bulkPut(planMerge(await db.dismissals.toArray(), backup.dismissals).toPut);
        await db.findingsLog.bulkPut(mergeSightings(await db.findingsLog.toArray(), backup.findingsLog));
        const mine = new Map((await db.settings.toArray()).map((s) => [s.key, s]));
        await db.settings.bulkPut(backup.settings.filter((s) => (mine.get(s.key)?.updatedAt ?? -1) < s.updatedAt));
        beforeCommit();
        // The summary the user sees is about notes; their screenshots and the logs follow them.
        return notes.summary;
      }),
    );
  } catch (e) {
    return storageError(e);
  }
}
