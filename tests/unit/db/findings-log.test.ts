import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { LOG_LIMITS, recordSightings, sightingsFor, sightingsForNotes, VISIT_RULE } from '@/utils/db/findings-log';
import type { Note } from '@/utils/db/types';

const dbs: TclDatabase[] = [];
function freshDb() {
  const db = openDatabase(`test-log-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const many = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ ruleId: 'custom', quote: `${tag} ${i}` }));

describe('findings log bounds', () => {
  it('has bounds per page and in total by default', () => {
    expect(LOG_LIMITS.perPage).toBeLessThanOrEqual(1000);
    expect(LOG_LIMITS.total).toBeLessThanOrEqual(50_000);
  });

  it('a page that shows ever new findings keeps only its latest ones, and its visit record', async () => {
    const db = freshDb();
    const limits = { perPage: 50, total: 1000 };
    for (let round = 0; round < 6; round++) await recordSightings(db, 'https://www.iclei.org/hostile', many(20, `round ${round}`), { now: () => 1000 + round }, limits);
    const kept = await sightingsFor(db, 'https://www.iclei.org/hostile');
    expect(kept).toHaveLength(50);
    expect(kept.some((s) => s.ruleId === VISIT_RULE)).toBe(true);
    // The oldest rounds went first.
    expect(kept.some((s) => s.quote.startsWith('round 0 '))).toBe(false);
    expect(kept.filter((s) => s.quote.startsWith('round 5 '))).toHaveLength(20);
  });

  it('many pages together stay within the total; the sightings seen longest ago go first', async () => {
    const db = freshDb();
    const limits = { perPage: 100, total: 120 };
    for (let p = 0; p < 10; p++) await recordSightings(db, `https://www.iclei.org/p${p}`, many(20, `p${p}`), { now: () => 1000 + p }, limits);
    expect(await db.findingsLog.count()).toBe(120);
    expect(await sightingsFor(db, 'https://www.iclei.org/p0')).toEqual([]);
    expect(await sightingsFor(db, 'https://www.iclei.org/p9')).toHaveLength(21);
  });
});

describe('sightingsForNotes', () => {
  it('reads only the sightings of the notes\' findings and their pages\' visits, by index', async () => {
    const db = freshDb();
    await recordSightings(db, 'https://citynet-ap.org/a', [{ ruleId: 'under-china', quote: 'Kaohsiung, China' }], { now: () => 10 });
    for (let p = 0; p < 30; p++) await recordSightings(db, `https://citynet-ap.org/other${p}`, many(30, 'x'), { now: () => 20 });
    const note = {
      id: 'n', kind: 'naming-concern', ruleId: 'under-china', url: 'https://citynet-ap.org/a',
      target: [{ type: 'TextQuoteSelector', exact: 'Kaohsiung, China', prefix: '', suffix: '' }],
    } as Note;
    const general = { ...note, id: 'g', kind: 'general', url: 'https://citynet-ap.org/other1' } as Note;
    const found = await sightingsForNotes(db, [note, general]);
    expect(found.map((s) => `${s.url} ${s.ruleId}`).sort()).toEqual(['https://citynet-ap.org/a __visit__', 'https://citynet-ap.org/a under-china']);
    expect(await sightingsForNotes(db, [])).toEqual([]);
  });
});
