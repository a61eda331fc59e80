import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { exportBackup, exportBackupZip } from '@/utils/export/backup';
import { importBackup } from '@/utils/import/merge';
import { isZip, parseBackupFile } from '@/utils/import/file';
import type { ZipBackup } from '@/utils/import/schema';
import { useSeededDatabases } from './seeded';

const { fresh, seeded, allTables } = useSeededDatabases();

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

async function zipOf(db: Awaited<ReturnType<typeof seeded>>) {
  return bytesOf(await exportBackupZip(db, () => 42));
}

describe('zip backup', () => {
  it('holds backup.json and each screenshot as an image file', async () => {
    const files = unzipSync(await zipOf(await seeded()));
    expect(Object.keys(files).sort()).toEqual(['backup.json', 'evidence/1-e1.png']);
    expect([...files['evidence/1-e1.png']!]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    const json = JSON.parse(new TextDecoder().decode(files['backup.json']));
    expect(json).toMatchObject({ format: 'taiwan-city-lens-backup', version: 2, exportedAt: 42 });
    expect(json.evidence[0]).toMatchObject({ id: 'e1', noteId: 'a', file: 'evidence/1-e1.png' });
    expect(json.evidence[0].data).toBeUndefined();
  });

  it('round trip: export, wipe, import gives identical records and image bytes', async () => {
    const source = await seeded();
    const parsed = parseBackupFile(await zipOf(source));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const target = fresh();
    expect(await importBackup(target, parsed.value)).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0, skipped: 0 } });
    expect(await allTables(target)).toEqual(await allTables(source));
  });

  it('a JSON backup still reads through the same door', async () => {
    const source = await seeded();
    const parsed = parseBackupFile(strToU8(JSON.stringify(await exportBackup(source))));
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
    const result = parseBackupFile(await make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('a zip bomb is refused before it is inflated', () => {
    // A bomb declares its unpacked size in its headers: 300 MB here, as 300 MB of zeros would
    // (deflating those for real took 2 s on an idle machine and 50 s on a busy one). The declared
    // size is checked first, so the content does not matter.
    const bomb = declareUnpackedSize(zipSync({ 'backup.json': new Uint8Array(1024) }), 300 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const result = parseBackupFile(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/backup\.json is 300 MB unpacked, over the 200 MB limit/);
  });

  it('files a backup does not have are not even unpacked', async () => {
    const files = await good();
    const result = parseBackupFile(zipSync({ ...files, 'extra/readme.txt': strToU8('hello'), '__MACOSX/x': new Uint8Array(3) }));
    expect(result.ok).toBe(true);
  });

  it('tells zips from JSON by their first bytes', () => {
    expect(isZip(zipSync({ a: new Uint8Array(1) }))).toBe(true);
    expect(isZip(strToU8('{"format":1}'))).toBe(false);
    expect(isZip(strToU8('PK'))).toBe(false);
  });
});

/** The zip with every entry's uncompressed size (local header and central directory) set to `size`. */
function declareUnpackedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true); // local file header
    else if (sig === 0x02014b50) view.setUint32(i + 24, size, true); // central directory entry
  }
  return out;
}
