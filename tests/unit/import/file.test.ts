import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportBackup, exportBackupZip } from '@/utils/export/backup';
import { importBackup } from '@/utils/import/merge';
import { isZip, parseBackupFile } from '@/utils/import/file';
import type { ZipBackup } from '@/utils/import/schema';
import { useSeededDatabases } from './seeded';

const { fresh, seeded, allTables } = useSeededDatabases();

/** The zip with `name`'s uncompressed size rewritten in its local and central headers: a liar. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  const at = (i: number) => encoded.every((b, j) => out[i + j] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === encoded.length && at(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === encoded.length && at(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

async function zipOf(db: Awaited<ReturnType<typeof seeded>>) {
  return bytesOf(await exportBackupZip(db, () => 5000));
}

describe('zip backup', () => {
  it('holds backup.json and each screenshot as an image file', async () => {
    const files = unzipSync(await zipOf(await seeded()));
    expect(Object.keys(files).sort()).toEqual(['backup.json', 'evidence/1-e1.png']);
    expect([...files['evidence/1-e1.png']!]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    const json = JSON.parse(new TextDecoder().decode(files['backup.json']));
    expect(json).toMatchObject({ format: 'taiwan-city-lens-backup', version: 2, exportedAt: 5000 });
    expect(json.evidence[0]).toMatchObject({ id: 'e1', noteId: 'a', file: 'evidence/1-e1.png' });
    expect(json.evidence[0].data).toBeUndefined();
  });

  it('round trip: export, wipe, import gives identical records and image bytes', async () => {
    const source = await seeded();
    const parsed = await parseBackupFile(await zipOf(source));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const target = fresh();
    expect(await importBackup(target, parsed.value)).toMatchObject({ ok: true, value: { notes: { added: 2, updated: 0, unchanged: 0, skipped: 0 }, screenshots: 1 } });
    expect(await allTables(target)).toEqual(await allTables(source));
  });

  it('a JSON backup still reads through the same door', async () => {
    const source = await seeded();
    const parsed = await parseBackupFile(strToU8(JSON.stringify(await exportBackup(source))));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const target = fresh();
    await importBackup(target, parsed.value);
    expect(await allTables(target)).toEqual(await allTables(source));
  });
});

describe('broken zips are refused with a clear message', () => {
  const good = async () => unzipSync(await zipOf(await seeded()));
  /** A good zip whose backup.json was changed by `edit`. */
  const goodWithJson = async (edit: (json: ZipBackup) => unknown) => {
    const files = await good();
    const json = JSON.parse(new TextDecoder().decode(files['backup.json']));
    edit(json);
    return zipSync({ ...files, 'backup.json': strToU8(JSON.stringify(json)) });
  };

  it.each([
    ['cut short', async () => (await zipOf(await seeded())).subarray(0, 60), /not a readable zip backup/i],
    ['no backup.json', async () => zipSync({ 'evidence/1-e1.png': new Uint8Array([1]) }), /no backup\.json/],
    ['an image it names is missing', async () => zipSync({ 'backup.json': (await good())['backup.json']! }), /evidence\[0\]\.file: evidence\/1-e1\.png is not in the zip/],
    ['backup.json is not JSON', async () => zipSync({ 'backup.json': strToU8('{"format": "taiwan-ci') }), /not a JSON file/i],
    [
      'an evidence file name outside evidence/',
      () => goodWithJson((json) => (json.evidence[0]!.file = '../../etc/passwd')),
      /evidence\[0\]\.file: must name a file in the zip's evidence\/ folder/,
    ],
    [
      'a wrong type inside',
      () => goodWithJson((json) => (json.notes[1]!.updatedAt = 'yesterday' as unknown as number)),
      /notes\[1\]\.updatedAt/,
    ],
  ])('%s', async (_name, make, message) => {
    const result = await parseBackupFile(await make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('an entry declared over its limit is refused before it is inflated', async () => {
    const zip = withDeclaredSize(zipSync({ 'backup.json': strToU8('{}') }), 'backup.json', 300 * 1024 * 1024);
    const result = await parseBackupFile(zip);
    expect(!result.ok && result.error.message).toMatch(/backup\.json is 300 MB unpacked, over the 200 MB limit/);
  });

  it('a zip bomb that lies about its size is stopped as soon as it unpacks more than it claims', async () => {
    // 2 MB of zeros deflate to ~2 KB; the zip says 100 bytes (today's main inflated all of it, however large).
    const files = await good();
    const bomb = withDeclaredSize(zipSync({ ...files, 'evidence/1-e1.png': new Uint8Array(2 * 1024 * 1024) }, { level: 1 }), 'evidence/1-e1.png', 100);
    const result = await parseBackupFile(bomb);
    expect(!result.ok && result.error.message).toMatch(/evidence\/1-e1\.png unpacks to more than the 100 bytes it claims/);
  });

  it('only the entries the backup names are inflated, and they count toward the total', async () => {
    const files = await good();
    const inflated: string[] = [];
    const zip = zipSync({ ...files, 'evidence/unnamed.png': new Uint8Array(1000), 'evidence/2-other.png': new Uint8Array(10) });
    const result = await parseBackupFile(zip, { onProgress: (phase) => inflated.push(phase) });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.evidence.map((e) => e.id)).toEqual(['e1']);
    expect(inflated).toContain('reading');
  });

  it('files a backup does not have are not even unpacked', async () => {
    const files = await good();
    const result = await parseBackupFile(zipSync({ ...files, 'extra/readme.txt': strToU8('hello'), '__MACOSX/x': new Uint8Array(3) }));
    expect(result.ok).toBe(true);
  });

  it('tells zips from JSON by their first bytes', () => {
    expect(isZip(zipSync({ a: new Uint8Array(1) }))).toBe(true);
    expect(isZip(strToU8('{"format":1}'))).toBe(false);
    expect(isZip(strToU8('PK'))).toBe(false);
  });
});
