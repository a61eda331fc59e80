import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { createDismissalStore } from '@/utils/db/dismissals';

const dbs: TclDatabase[] = [];
const fresh = () => {
  const db = openDatabase(`dismissals-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('dismissal store', () => {
  it('keeps page and everywhere dismissals apart', async () => {
    const store = createDismissalStore(fresh());
    await store.add({ ruleId: 'chinese-taipei', quote: 'chinese taipei' });
    await store.add({ ruleId: 'province-of-china', quote: 'taiwan, province of china', url: 'https://iclei.org/a' });
    const onA = await store.list('https://iclei.org/a');
    const onB = await store.list('https://iclei.org/b');
    expect(onA.ok && onA.value.map((d) => d.ruleId).sort()).toEqual(['chinese-taipei', 'province-of-china']);
    expect(onB.ok && onB.value.map((d) => d.ruleId)).toEqual(['chinese-taipei']);
  });

  it('two dismissals at once both land', async () => {
    const store = createDismissalStore(fresh());
    await Promise.all([store.add({ ruleId: 'a', quote: 'x' }), store.add({ ruleId: 'b', quote: 'y' })]);
    const listed = await store.list('u');
    expect(listed.ok && listed.value).toHaveLength(2);
  });

  it('restoring is a soft delete, kept for merges', async () => {
    const db = fresh();
    const store = createDismissalStore(db, { now: () => 7 });
    const added = await store.add({ ruleId: 'a', quote: 'x' });
    if (!added.ok) throw new Error('not added');
    expect(await store.remove(added.value.id)).toEqual({ ok: true, value: null });
    expect(await store.list('u')).toEqual({ ok: true, value: [] });
    expect((await db.dismissals.get(added.value.id))?.deletedAt).toBe(7);
    expect((await store.remove('missing')).ok).toBe(false);
  });

  it('a closed database is an error result, not a throw', async () => {
    const db = fresh();
    db.close();
    expect(await createDismissalStore(db).add({ ruleId: 'a', quote: 'x' })).toMatchObject({ ok: false, error: { kind: 'closed' } });
  });
});
