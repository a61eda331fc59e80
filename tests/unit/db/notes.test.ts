import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { createNote, listNotes, notesForUrl, restoreNote, softDeleteNote, updateNote, type NoteInput } from '@/utils/db/notes';
import { addEvidence, evidenceFor } from '@/utils/db/evidence';
import { recordSightings, sightingsFor, VISIT_RULE } from '@/utils/db/findings-log';

let n = 0;
const dbs: TclDatabase[] = [];
function freshDb() {
  const db = openDatabase(`test-notes-${++n}-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const input = (over: Partial<NoteInput> = {}): NoteInput => ({
  url: 'https://iclei.org/members',
  title: 'Members',
  org: 'iclei',
  kind: 'naming-concern',
  status: 'open',
  severity: 'medium',
  places: ['kaohsiung'],
  tags: ['2026'],
  body: 'Protest this',
  ruleId: 'chinese-taipei',
  target: [{ type: 'TextQuoteSelector', exact: 'Chinese Taipei', prefix: 'lists ', suffix: ' as' }],
  ...over,
});

describe('note revisions: two tabs editing one note', () => {
  it('an edit based on an older revision is a conflict carrying the stored note, and overwrites nothing', async () => {
    const db = freshDb();
    const created = await createNote(db, input(), { uuid: () => 'n' });
    expect(created.ok && created.value.rev).toBe(1);
    // Tab A saves first, from revision 1.
    const a = await updateNote(db, 'n', { body: 'From tab A' }, {}, 1);
    expect(a).toMatchObject({ ok: true, value: { body: 'From tab A', rev: 2 } });
    // Tab B also began from revision 1.
    const b = await updateNote(db, 'n', { body: 'From tab B' }, {}, 1);
    expect(b).toMatchObject({ ok: false, error: { kind: 'conflict', current: { body: 'From tab A', rev: 2 } } });
    expect((await db.notes.get('n'))!.body).toBe('From tab A');
    // B saw A's text and keeps its own: it saves from revision 2.
    expect(await updateNote(db, 'n', { body: 'From tab B' }, {}, 2)).toMatchObject({ ok: true, value: { body: 'From tab B', rev: 3 } });
  });

  it('every write counts a revision; a note stored before revisions counts as 0', async () => {
    const db = freshDb();
    await createNote(db, input(), { uuid: () => 'n' });
    await softDeleteNote(db, 'n');
    await restoreNote(db, 'n');
    expect((await db.notes.get('n'))!.rev).toBe(3);
    await db.notes.put({ ...(await db.notes.get('n'))!, rev: undefined });
    expect(await updateNote(db, 'n', { body: 'x' }, {}, 0)).toMatchObject({ ok: true, value: { rev: 1 } });
  });
});

describe('notes', () => {
  it('creates, reads, updates and soft-deletes', async () => {
    const db = freshDb();
    let t = 1000;
    const clock = { now: () => t, uuid: () => 'note-1' };
    const created = await createNote(db, input(), clock);
    expect(created).toMatchObject({ ok: true, value: { id: 'note-1', createdAt: 1000, updatedAt: 1000, evidenceIds: [] } });
    t = 2000;
    const updated = await updateNote(db, 'note-1', { status: 'reported', body: 'Sent to MOFA' }, clock);
    expect(updated.ok && [updated.value.status, updated.value.updatedAt, updated.value.createdAt]).toEqual(['reported', 2000, 1000]);
    t = 3000;
    await softDeleteNote(db, 'note-1', clock);
    expect((await notesForUrl(db, 'https://iclei.org/members')).ok).toBe(true);
    expect(await notesForUrl(db, 'https://iclei.org/members')).toEqual({ ok: true, value: [] });
    expect((await db.notes.get('note-1'))?.deletedAt).toBe(3000);
    expect((await updateNote(db, 'note-1', { body: 'x' })).ok).toBe(false);
    await restoreNote(db, 'note-1', clock);
    expect(await listNotes(db)).toHaveLength(1);
  });

  it.each([
    [{ place: 'taipei' }, ['b']],
    [{ tag: 'urgent' }, ['b']],
    [{ status: 'resolved' as const }, ['c']],
    [{ kind: 'general' as const }, ['c']],
    [{ org: 'citynet' as const }, ['b']],
    [{ updatedFrom: 150, updatedTo: 250 }, ['b']],
    [{}, ['c', 'b', 'a']],
  ])('lists by %j', async (filter, ids) => {
    const db = freshDb();
    await createNote(db, input(), { now: () => 100, uuid: () => 'a' });
    await createNote(db, input({ places: ['taipei'], tags: ['urgent'], org: 'citynet' }), { now: () => 200, uuid: () => 'b' });
    await createNote(db, input({ kind: 'general', status: 'resolved', tags: [] }), { now: () => 300, uuid: () => 'c' });
    await createNote(db, input({ places: ['taipei'] }), { now: () => 400, uuid: () => 'd' });
    await softDeleteNote(db, 'd');
    expect((await listNotes(db, filter)).map((x) => x.id)).toEqual(ids);
  });

  it('evidence and its note are written together', async () => {
    const db = freshDb();
    await createNote(db, input({ evidenceMissing: true }), { uuid: () => 'n' });
    const image = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    const added = await addEvidence(db, 'n', image, { url: 'https://iclei.org/members', capturedAt: 5 });
    expect(added.ok).toBe(true);
    const note = await db.notes.get('n');
    expect(note?.evidenceIds).toHaveLength(1);
    expect(note?.evidenceMissing).toBe(false);
    expect((await evidenceFor(db, 'n'))[0]?.mimeType).toBe('image/png');
    expect((await addEvidence(db, 'missing', image, { url: 'u', capturedAt: 5 })).ok).toBe(false);
    expect(await db.evidence.count()).toBe(1);
  });

  it('a failure inside the transaction leaves nothing half-written', async () => {
    const db = freshDb();
    await createNote(db, input(), { uuid: () => 'n' });
    const add = db.evidence.add.bind(db.evidence);
    db.evidence.add = (async (...args: Parameters<typeof add>) => {
      await add(...args);
      throw new Error('QuotaExceededError');
    }) as unknown as typeof db.evidence.add;
    const result = await addEvidence(db, 'n', new Blob(['x']), { url: 'u', capturedAt: 1 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect(await db.evidence.count()).toBe(0);
    expect((await db.notes.get('n'))?.evidenceIds).toEqual([]);
  });

  it('a closed database is a clear error', async () => {
    const db = freshDb();
    db.close();
    const result = await createNote(db, input());
    expect(result).toMatchObject({ ok: false, error: { kind: 'closed' } });
  });
});

describe('findings log', () => {
  it('keeps the first sighting and moves the last', async () => {
    const db = freshDb();
    const f = [{ ruleId: 'chinese-taipei', quote: 'Chinese Taipei' }];
    await recordSightings(db, 'u', [...f, ...f], { now: () => 10 });
    await recordSightings(db, 'u', f, { now: () => 20 });
    const sightings = await sightingsFor(db, 'u');
    expect(sightings.filter((s) => s.ruleId === 'chinese-taipei').map((s) => [s.firstSeen, s.lastSeen])).toEqual([[10, 20]]);
    expect(sightings.find((s) => s.ruleId === VISIT_RULE)?.lastSeen).toBe(20);
  });
});
