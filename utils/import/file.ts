/**
 * Reading a backup file of either kind, told apart by its first bytes: a zip (backup.json with
 * the screenshots as image files) or a JSON file (screenshots inline as base64). Either is ready
 * to merge, or the error says what is wrong; nothing is written here.
 */
import { err, ok, type Result } from '../result';
import { MAX_BACKUP_BYTES, parseBackup, parseWith, type ImportError } from './parse';
import { ZIP_BACKUP_JSON, ZipBackupSchema, type Backup, type IncomingBackup } from './schema';
import { inflateEntry, yieldToPage, zipEntries, type ZipEntry } from './zip';

/** A zip is mostly screenshots, already compressed; the JSON inside keeps the JSON limit. */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

export type ImportPhase = 'reading' | 'checking' | 'writing';
export interface ReadOptions {
  now?: number;
  /** phase and fraction done (0..1) */
  onProgress?: (phase: ImportPhase, done: number) => void;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const badZip = (message: string) => err<ImportError>({ kind: 'bad-zip', message });

/**
 * backup.json first; then only the images it names, each within its limit and all within the
 * total, checked before any is inflated. Files the backup does not name are never unpacked.
 */
export async function parseBackupZip(bytes: Uint8Array, { now = Date.now(), onProgress = () => undefined }: ReadOptions = {}): Promise<Result<IncomingBackup, ImportError>> {
  if (bytes.byteLength > MAX_ZIP_BYTES) return err({ kind: 'too-large', message: 'Zip backups over 2 GB are refused.' });
  let entries: Map<string, ZipEntry>;
  try {
    entries = new Map(zipEntries(bytes).map((e) => [e.name, e]));
  } catch (e) {
    return badZip(`Not a readable zip backup: ${(e as Error).message}`);
  }
  const jsonEntry = entries.get(ZIP_BACKUP_JSON);
  if (!jsonEntry) return badZip(`The zip has no ${ZIP_BACKUP_JSON}: not a Taiwan City Lens backup.`);
  let read = 0;
  const progress = (n: number) => onProgress('reading', Math.min(1, (read += n) / Math.max(1, bytes.byteLength)));
  let json: Uint8Array;
  try {
    json = await inflateEntry(bytes, jsonEntry, MAX_BACKUP_BYTES, progress);
  } catch (e) {
    return badZip(`Not a readable zip backup: ${(e as Error).message}`);
  }
  onProgress('checking', 0);
  await yieldToPage();
  const parsed = parseWith(ZipBackupSchema, json, now);
  if (!parsed.ok) return parsed;
  const named = parsed.value.evidence.map((e, i) => ({ e, i, entry: entries.get(e.file) }));
  let total = jsonEntry.size;
  for (const { e, i, entry } of named) {
    if (!entry) return badZip(`evidence[${i}].file: ${e.file} is not in the zip`);
    if (entry.size > MAX_IMAGE_BYTES) return badZip(`${e.file} is ${(entry.size / 1048576).toFixed(0)} MB unpacked, over the ${MAX_IMAGE_BYTES / 1048576} MB limit`);
    total += entry.size;
  }
  if (total > MAX_ZIP_BYTES) return badZip('the zip unpacks to more than 2 GB');
  const evidence: IncomingBackup['evidence'] = [];
  for (const { e, entry } of named) {
    const { file: _file, ...rest } = e;
    try {
      const image = await inflateEntry(bytes, entry!, MAX_IMAGE_BYTES, progress);
      evidence.push({ ...rest, image: new Blob([image as Uint8Array<ArrayBuffer>], { type: rest.mimeType }) });
    } catch (error) {
      return badZip(`Not a readable zip backup: ${(error as Error).message}`);
    }
  }
  return ok({ ...parsed.value, evidence });
}

export async function parseBackupFile(bytes: Uint8Array, options: ReadOptions = {}): Promise<Result<Backup | IncomingBackup, ImportError>> {
  if (isZip(bytes)) return parseBackupZip(bytes, options);
  options.onProgress?.('checking', 0);
  await yieldToPage();
  return parseBackup(bytes, options.now);
}
