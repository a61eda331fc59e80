/**
 * When each finding (page, rule, quote) was first and last seen. A naming concern whose quote is
 * gone from the page is "possibly corrected — not seen since" its last sighting: how staff learn
 * whether a protest worked.
 */
import { ready, type TclDatabase } from './database';
import type { FindingSighting } from './types';
import { storageError, type StorageError } from './errors';
import { ok, type Result } from '../result';
import type { Clock } from './notes';

/** A sighting of the page itself: when it was last visited, so an absent finding can be told apart. */
export const VISIT_RULE = '__visit__';

export async function recordSightings(
  db: TclDatabase,
  url: string,
  findings: readonly { ruleId: string; quote: string }[],
  clock: Clock = {},
): Promise<Result<number, StorageError>> {
  const now = (clock.now ?? Date.now)();
  const unique = [...new Map([...findings, { ruleId: VISIT_RULE, quote: '' }].map((f) => [`${f.ruleId}\u0000${f.quote}`, f])).values()];
  try {
    await ready(db);
    await db.transaction('rw', db.findingsLog, async () => {
      const existing = await db.findingsLog.where('url').equals(url).toArray();
      const byKey = new Map(existing.map((s) => [`${s.ruleId}\u0000${s.quote}`, s]));
      const puts: FindingSighting[] = unique.map((f) => {
        const seen = byKey.get(`${f.ruleId}\u0000${f.quote}`);
        return seen
          ? { ...seen, lastSeen: now, updatedAt: now }
          : { id: (clock.uuid ?? (() => crypto.randomUUID()))(), createdAt: now, updatedAt: now, url, ruleId: f.ruleId, quote: f.quote, firstSeen: now, lastSeen: now };
      });
      await db.findingsLog.bulkPut(puts);
    });
    return ok(unique.length - 1);
  } catch (e) {
    return storageError(e);
  }
}

export async function sightingsFor(db: TclDatabase, url: string): Promise<FindingSighting[]> {
  return db.findingsLog.where('url').equals(url).toArray();
}
