/**
 * When each finding (page, rule, quote) was first and last seen. A naming concern whose quote is
 * gone from the page is "possibly corrected — not seen since" its last sighting: how staff learn
 * whether a protest worked.
 */
import { ready, type TclDatabase } from './database';
import type { FindingSighting, Note } from './types';
import { storageError, type StorageError } from './errors';
import { ok, type Result } from '../result';
import type { Clock } from './notes';

/** A sighting of the page itself: when it was last visited, so an absent finding can be told apart. */
export const VISIT_RULE = '__visit__';

/**
 * The log's bounds: a hostile page could otherwise fill it without end (90,000 records, 63 MB in
 * a minute from one page). Past them the sightings seen longest ago go first.
 */
export const LOG_LIMITS = { perPage: 1000, total: 50_000 };

export async function recordSightings(
  db: TclDatabase,
  url: string,
  findings: readonly { ruleId: string; quote: string }[],
  clock: Clock = {},
  limits: { perPage: number; total: number } = LOG_LIMITS,
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
      await trim(db, url, limits);
    });
    return ok(unique.length - 1);
  } catch (e) {
    return storageError(e);
  }
}

/** Drops the oldest sightings past the page's bound, then past the log's (its own visit record stays). */
async function trim(db: TclDatabase, url: string, limits: { perPage: number; total: number }): Promise<void> {
  const page = db.findingsLog.where('[url+lastSeen]').between([url, -Infinity], [url, Infinity]);
  const onPage = await page.count();
  if (onPage > limits.perPage) {
    const oldest = await page.limit(onPage - limits.perPage + 1).toArray();
    await db.findingsLog.bulkDelete(oldest.filter((s) => s.ruleId !== VISIT_RULE).slice(0, onPage - limits.perPage).map((s) => s.id));
  }
  const total = await db.findingsLog.count();
  if (total > limits.total) await db.findingsLog.bulkDelete(await db.findingsLog.orderBy('lastSeen').limit(total - limits.total).primaryKeys());
}

/**
 * The sightings that tell whether the given naming concerns are possibly corrected: each one's
 * finding and its page's visit, read by index (the dashboard never reads the whole log, and a
 * live query on these keys is not woken by sightings of other pages).
 */
export async function sightingsForNotes(db: TclDatabase, notes: readonly Note[]): Promise<FindingSighting[]> {
  const keys = new Map<string, [string, string, string]>();
  for (const n of notes) {
    if (n.kind !== 'naming-concern' || !n.ruleId || n.deletedAt) continue;
    const quote = n.target.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
    keys.set(`${n.url}\u0000${n.ruleId}\u0000${quote}`, [n.url, n.ruleId, quote]);
    keys.set(`${n.url}\u0000${VISIT_RULE}`, [n.url, VISIT_RULE, '']);
  }
  if (keys.size === 0) return [];
  return db.findingsLog.where('[url+ruleId+quote]').anyOf([...keys.values()]).toArray();
}

export async function sightingsFor(db: TclDatabase, url: string): Promise<FindingSighting[]> {
  return db.findingsLog.where('url').equals(url).toArray();
}
