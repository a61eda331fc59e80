import { describe, expect, it } from 'vitest';
import { createNote, softDeleteNote, updateNote } from '@/utils/db/notes';
import { exportBackup } from '@/utils/export/backup';
import { parseBackup } from '@/utils/import/parse';
import { importBackup, planMerge } from '@/utils/import/merge';
import { input, useSeededDatabases } from './seeded';

const { fresh, seeded, allTables } = useSeededDatabases();

describe('JSON backup', () => {
  it('round trip: export, wipe, import gives identical records', async () => {
    const source = await seeded();
    const json = JSON.stringify(await exportBackup(source));
    const parsed = parseBackup(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const target = fresh();
    const result = await importBackup(target, parsed.value);
    expect(result).toMatchObject({ ok: true, value: { notes: { added: 2, updated: 0, unchanged: 0, skipped: 0 } } });
    expect(await allTables(target)).toEqual(await allTables(source));
  });

  it('merges: newer wins, deletes honoured, the other side’s new notes added', async () => {
    const mine = await seeded();
    const theirs = fresh();
    const backupOfMine = parseBackup(JSON.stringify(await exportBackup(mine)));
    if (!backupOfMine.ok) throw new Error('bad');
    await importBackup(theirs, backupOfMine.value);
    await updateNote(theirs, 'a', { status: 'reported' }, { now: () => 9000 });
    await softDeleteNote(theirs, 'b', { now: () => 9001 });
    await createNote(theirs, input({ body: 'theirs' }), { uuid: () => 'c', now: () => 9002 });
    await updateNote(mine, 'a', { status: 'resolved' }, { now: () => 8000 });
    const back = parseBackup(JSON.stringify(await exportBackup(theirs)));
    if (!back.ok) throw new Error('bad');
    expect(await importBackup(mine, back.value)).toMatchObject({ ok: true, value: { notes: { added: 1, updated: 2, unchanged: 0, skipped: 0 } } });
    expect((await mine.notes.get('a'))?.status).toBe('reported');
    expect((await mine.notes.get('b'))?.deletedAt).toBe(9001);
    expect((await mine.notes.get('c'))?.body).toBe('theirs');
  });

  it('planMerge counts older incoming records as skipped and equal ones as unchanged', () => {
    const existing = [{ id: 'x', updatedAt: 5 }, { id: 'y', updatedAt: 5 }];
    expect(planMerge(existing, [{ id: 'x', updatedAt: 4 }, { id: 'y', updatedAt: 5 }]).summary).toEqual({ added: 0, updated: 0, unchanged: 1, skipped: 1 });
  });

  it('an exception half-way keeps nothing of the import', async () => {
    const source = await seeded();
    const parsed = parseBackup(JSON.stringify(await exportBackup(source)));
    if (!parsed.ok) throw new Error('bad');
    const target = fresh();
    await createNote(target, input({ body: 'mine' }), { uuid: () => 'z' });
    const before = await allTables(target);
    const result = await importBackup(target, parsed.value, () => {
      throw new Error('disk unplugged');
    });
    expect(result.ok).toBe(false);
    expect(await allTables(target)).toEqual(before);
  });

  it('migrates a version 1 backup', () => {
    const v1 = { format: 'taiwan-city-lens-backup', version: 1, exportedAt: 1, notes: [{ id: 'o', createdAt: 1, updatedAt: 2, url: 'https://uclg.org/', title: 't', org: 'uclg', kind: 'general', status: 'open', body: 'old' }], dismissals: [], settings: [] };
    const parsed = parseBackup(JSON.stringify(v1));
    expect(parsed.ok && parsed.value.notes[0]).toMatchObject({ id: 'o', tags: [], evidenceIds: [], target: [] });
  });
});

describe('broken files are refused with a clear message and change nothing', () => {
  const good = () => ({ format: 'taiwan-city-lens-backup', version: 2, exportedAt: 1, notes: [], evidence: [], dismissals: [], findingsLog: [], settings: [] });
  const note = (over: Record<string, unknown> = {}) => ({
    id: 'n', createdAt: 1, updatedAt: 1, url: 'https://iclei.org/', title: 't', org: 'iclei', kind: 'general', status: 'open', places: [], tags: [], body: '', target: [], evidenceIds: [], ...over,
  });
  it.each([
    ['truncated JSON', JSON.stringify(good()).slice(0, 40), /Not a JSON file/],
    ['not a backup', JSON.stringify({ hello: 'world' }), /Not a Taiwan City Lens backup/],
    ['a future version', JSON.stringify({ ...good(), version: 99 }), /version 99/],
    ['wrong types', JSON.stringify({ ...good(), notes: [note({ updatedAt: 'yesterday' })] }), /notes\[0\]\.updatedAt/],
    ['a javascript: URL', JSON.stringify({ ...good(), notes: [note({ url: 'javascript:alert(1)' })] }), /notes\[0\]\.url: must be an http\(s\) URL/],
    ['duplicated ids', JSON.stringify({ ...good(), notes: [note(), note()] }), /notes\[1\]\.id: "n" appears twice/],
    ['an unknown kind', JSON.stringify({ ...good(), notes: [note({ kind: '<img src=x onerror=alert(1)>' })] }), /notes\[0\]\.kind/],
  ])('%s', async (_name, file, message) => {
    const db = fresh();
    const result = parseBackup(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
    expect(await db.notes.count()).toBe(0);
  });

  it('megabytes of garbage are refused', () => {
    const garbage = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    const result = parseBackup(garbage);
    expect(!result.ok && result.error.kind).toBe('not-json');
  });

  it('HTML and script in text fields are kept as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = parseBackup(JSON.stringify({ ...good(), notes: [note({ body: hostile, title: hostile, tags: [hostile] })] }));
    expect(result.ok && result.value.notes[0]!.body).toBe(hostile);
  });
});
