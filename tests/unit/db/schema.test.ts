import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import { openDatabase } from '@/utils/db/database';
import { SCHEMA_V1, SCHEMA_V2 } from '@/utils/db/schema';
import { createNote } from '@/utils/db/notes';

async function writeV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('notes').bulkAdd(v1.notes);
  await old.table('settings').bulkAdd(v1.settings);
  old.close();
}

/** The newest version this extension declares. */
const LATEST = 3;

async function writeV2(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.table('notes').bulkAdd(v2.notes);
  await old.table('findingsLog').bulkAdd(v2.findingsLog);
  await old.table('settings').bulkAdd(v2.settings);
  old.close();
}

describe('schema upgrades', () => {
  it('version 2 -> 3: positions in the old index coordinates are dropped (the quote with its context places the note), notes get a revision', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    await writeV2(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes.map((n) => n.id)).toEqual(v2.notes.map((n) => n.id));
    expect(notes[0]!.target).toEqual([v2.notes[0]!.target[0]]);
    expect(notes.map((n) => n.rev)).toEqual([1, 1]);
    expect(notes[0]).toMatchObject({ body: 'Kaohsiung listed under China', tags: ['directory'], evidenceMissing: true, updatedAt: 1764000000000 });
    // The findings log keeps its records and answers the new index.
    expect(await db.findingsLog.where('[url+lastSeen]').between(['https://www.iclei.org/members', 0], ['https://www.iclei.org/members', Infinity]).count()).toBe(1);
    await db.delete();
  });

  it('opens a version 1 database with its data and upgrades every record', async () => {
    const name = `upgrade-${Math.random()}`;
    await writeV1(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes.map((n) => n.id)).toEqual(v1.notes.map((n) => n.id));
    for (const n of notes) {
      expect(Array.isArray(n.tags) && Array.isArray(n.evidenceIds) && Array.isArray(n.target)).toBe(true);
    }
    expect(notes[1]).toMatchObject({ tags: ['seminar'], deletedAt: 1700000003000, body: 'Follow up with Taichung' });
    expect(await db.settings.get('lang')).toMatchObject({ value: 'zh-TW' });
    // The indexes added in version 2 work on upgraded records.
    expect(await db.notes.where('tags').equals('seminar').count()).toBe(1);
    expect(await db.dismissals.count()).toBe(0);
    await db.delete();
  });

  it('an older extension on a newer database gets a clear error', async () => {
    const name = `downgrade-${Math.random()}`;
    const newer = new Dexie(name);
    newer.version(LATEST + 5).stores({ notes: 'id' });
    await newer.open();
    newer.close();
    const db = openDatabase(name);
    const result = await createNote(db, {
      url: 'u', title: 't', org: null, kind: 'general', status: 'open', places: [], tags: [], body: '', target: [],
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-new' } });
    expect(!result.ok && result.error.message).toMatch(/newer version/);
    await Dexie.delete(name);
  });
});
