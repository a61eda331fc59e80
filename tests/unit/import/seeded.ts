/** Databases for the backup tests: fresh ones, one seeded with a note of every part, compared table by table. */
import { afterEach } from 'vitest';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { createNote, type NoteInput } from '@/utils/db/notes';
import { addEvidence } from '@/utils/db/evidence';
import { recordSightings } from '@/utils/db/findings-log';

export const input = (over: Partial<NoteInput> = {}): NoteInput => ({
  url: 'https://iclei.org/members', title: 'Members', org: 'iclei', kind: 'naming-concern', status: 'open', severity: 'medium',
  places: ['kaohsiung'], tags: [], body: 'b', ruleId: 'chinese-taipei',
  target: [{ type: 'TextQuoteSelector', exact: 'Chinese Taipei', prefix: 'p', suffix: 's' }], ...over,
});

export function useSeededDatabases() {
  const dbs: TclDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  const fresh = () => {
    const db = openDatabase(`import-${Math.random()}`);
    dbs.push(db);
    return db;
  };
  async function seeded() {
    const db = fresh();
    let t = 1000;
    const clock = (id: string) => ({ now: () => t++, uuid: () => id });
    await createNote(db, input(), clock('a'));
    await createNote(db, input({ kind: 'general', body: '中華臺北 <script>alert(1)</script>' }), clock('b'));
    await addEvidence(db, 'a', new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' }), { url: 'https://iclei.org/members', capturedAt: 5 }, clock('e1'));
    await recordSightings(db, 'https://iclei.org/members', [{ ruleId: 'chinese-taipei', quote: 'Chinese Taipei' }], clock('s1'));
    await db.settings.put({ key: 'lang', value: 'zh-TW', updatedAt: 1 });
    return db;
  }
  const allTables = async (db: TclDatabase) => ({
    notes: await db.notes.orderBy('id').toArray(),
    evidence: await Promise.all((await db.evidence.toArray()).map(async ({ image, ...e }) => ({ ...e, bytes: [...new Uint8Array(await image.arrayBuffer())] }))),
    findingsLog: await db.findingsLog.toArray(),
    settings: await db.settings.toArray(),
  });
  return { fresh, seeded, allTables };
}
