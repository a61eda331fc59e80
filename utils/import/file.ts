/**
 * Reading a backup file of either kind, told apart by its first bytes: a zip (backup.json with
 * the screenshots as image files) or a JSON file (screenshots inline as base64). Either is ready
 * to merge, or the error says what is wrong; nothing is written here.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { err, ok, type Result } from '../result';
import { MAX_BACKUP_BYTES, parseBackup, parseWith, type ImportError } from './parse';
import { ZIP_BACKUP_JSON, ZIP_EVIDENCE_DIR, ZipBackupSchema, type Backup, type IncomingBackup } from './schema';

/** A zip is mostly screenshots, already compressed; the JSON inside keeps the JSON limit. */
export const MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024;
const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Only the files a backup has, each within its limit, checked before anything is inflated. */
function wanted(file: UnzipFileInfo, total: { bytes: number }): boolean {
  const isJson = file.name === ZIP_BACKUP_JSON;
  const isImage = file.name.startsWith(ZIP_EVIDENCE_DIR) && !file.name.endsWith('/');
  if (!isJson && !isImage) return false;
  const limit = isJson ? MAX_BACKUP_BYTES : MAX_IMAGE_BYTES;
  if (file.originalSize > limit) throw new Error(`${file.name} is ${(file.originalSize / 1048576).toFixed(0)} MB unpacked, over the ${limit / 1048576} MB limit`);
  total.bytes += file.originalSize;
  if (total.bytes > MAX_ZIP_BYTES) throw new Error('the zip unpacks to more than 2 GB');
  return true;
}

export function parseBackupZip(bytes: Uint8Array): Result<IncomingBackup, ImportError> {
  if (bytes.byteLength > MAX_ZIP_BYTES) return err({ kind: 'too-large', message: 'Zip backups over 2 GB are refused.' });
  let files: Record<string, Uint8Array>;
  try {
    const total = { bytes: 0 };
    files = unzipSync(bytes, { filter: (f) => wanted(f, total) });
  } catch (e) {
    return err({ kind: 'bad-zip', message: `Not a readable zip backup: ${(e as Error).message}` });
  }
  const json = files[ZIP_BACKUP_JSON];
  if (!json) return err({ kind: 'bad-zip', message: `The zip has no ${ZIP_BACKUP_JSON}: not a Taiwan City Lens backup.` });
  const parsed = parseWith(ZipBackupSchema, json);
  if (!parsed.ok) return parsed;
  const evidence: IncomingBackup['evidence'] = [];
  for (const [i, { file, ...rest }] of parsed.value.evidence.entries()) {
    const image = files[file];
    if (!image) return err({ kind: 'bad-zip', message: `evidence[${i}].file: ${file} is not in the zip` });
    evidence.push({ ...rest, image: new Blob([image as Uint8Array<ArrayBuffer>], { type: rest.mimeType }) });
  }
  return ok({ ...parsed.value, evidence });
}

export function parseBackupFile(bytes: Uint8Array): Result<Backup | IncomingBackup, ImportError> {
  return isZip(bytes) ? parseBackupZip(bytes) : parseBackup(bytes);
}
