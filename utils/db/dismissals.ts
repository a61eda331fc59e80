/**
 * Dismissed findings, in the extension's database (never the page's), honoured on every visit
 * and carried by backups. Restoring is a soft delete, so a colleague's older backup cannot bring
 * a restored finding back.
 */
import { ready, type TclDatabase } from './database';
import type { Dismissal } from './types';
import { storageError, type StorageError } from './errors';
import { err, ok, type Result } from '../result';
import type { Clock } from './notes';

export interface DismissInput {
  ruleId: string;
  quote: string;
  /** normalized page URL; absent means everywhere */
  url?: string;
}

export function createDismissalStore(db: TclDatabase, clock: Clock = {}) {
  const now = clock.now ?? Date.now;
  const uuid = clock.uuid ?? (() => crypto.randomUUID());
  return {
    async list(url: string): Promise<Result<Dismissal[], StorageError>> {
      try {
        await ready(db);
        const all = await db.dismissals.toArray();
        return ok(all.filter((d) => !d.deletedAt && (d.url === undefined || d.url === url)));
      } catch (e) {
        return storageError(e);
      }
    },
    async add(input: DismissInput): Promise<Result<Dismissal, StorageError>> {
      const t = now();
      const record: Dismissal = { id: uuid(), createdAt: t, updatedAt: t, ruleId: input.ruleId, quote: input.quote };
      if (input.url !== undefined) record.url = input.url;
      try {
        await ready(db);
        await db.transaction('rw', db.dismissals, () => db.dismissals.add(record));
        return ok(record);
      } catch (e) {
        return storageError(e);
      }
    },
    async remove(id: string): Promise<Result<null, StorageError>> {
      try {
        await ready(db);
        const t = now();
        const changed = await db.transaction('rw', db.dismissals, () => db.dismissals.update(id, { deletedAt: t, updatedAt: t }));
        return changed ? ok(null) : err({ kind: 'not-found', message: `No dismissal ${id}.` });
      } catch (e) {
        return storageError(e);
      }
    },
  };
}
