/**
 * Reading a zip backup's entries without trusting it: the central directory says where each file
 * is and how large it claims to be; only the files asked for are inflated, in slices, counting
 * every byte that comes out, so a file that unpacks to more than it claims (or than its cap) is
 * stopped at once instead of being inflated to the end. Between slices the page gets the thread
 * back, so a large backup never freezes it.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipError extends Error {}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** The central directory's entries (zip64 and encrypted files are not backups we write: refused). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('no end of central directory (cut short?)');
  const count = u16(bytes, end + 10);
  let p = u32(bytes, end + 16);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipError('the central directory is damaged');
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const entry: ZipEntry = {
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      localOffset: u32(bytes, p + 42),
    };
    if (flags & 1) throw new ZipError(`${entry.name} is encrypted`);
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw new ZipError(`${entry.name} is a zip64 entry`);
    entries.push(entry);
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

function compressedData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipError(`${e.name}: no local header`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start + e.compressedSize > bytes.length) throw new ZipError(`${e.name} is cut short`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** Hands the thread back to the page (a macrotask, so input and painting run). */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const SLICE = 16 * 1024;
/** About this long on the thread between yields. */
const BUDGET_MS = 30;

/**
 * Inflates `e`, refusing more than `cap` bytes or more than the entry claims. `onBytes` hears of
 * compressed bytes read, for progress.
 */
export async function inflateEntry(bytes: Uint8Array, e: ZipEntry, cap: number, onBytes: (n: number) => void = () => undefined, clock: () => number = () => performance.now()): Promise<Uint8Array> {
  if (e.size > cap) throw new ZipError(`${e.name} is ${(e.size / 1048576).toFixed(0)} MB unpacked, over the ${(cap / 1048576).toFixed(0)} MB limit`);
  const data = compressedData(bytes, e);
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipError(`${e.name}: stored size does not match`);
    onBytes(data.length);
    return data.slice();
  }
  if (e.method !== 8) throw new ZipError(`${e.name}: compression method ${e.method} is not one a backup uses`);
  const out = new Uint8Array(e.size);
  let written = 0;
  let overflow = false;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > e.size) overflow = true;
    else out.set(chunk, written);
    written += chunk.length;
  });
  let since = clock();
  for (let i = 0; i < data.length; i += SLICE) {
    inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    onBytes(Math.min(SLICE, data.length - i));
    if (overflow) throw new ZipError(`${e.name} unpacks to more than the ${e.size} bytes it claims`);
    if (clock() - since > BUDGET_MS) {
      await yieldToPage();
      since = clock();
    }
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  if (written !== e.size) throw new ZipError(`${e.name} unpacks to ${written} bytes, not the ${e.size} it claims`);
  return out;
}
