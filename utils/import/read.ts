/**
 * Reads a backup in a worker when the page can start one (see ./worker), otherwise here, in
 * slices; either way nothing is written.
 */
import { parseBackupFile, type ReadOptions } from './file';
import type { WorkerAnswer } from './worker';
import BackupWorker from './worker?worker';

type Parsed = Awaited<ReturnType<typeof parseBackupFile>>;

export function readBackup(bytes: Uint8Array, { now = Date.now(), onProgress = () => undefined }: ReadOptions = {}, makeWorker: () => Worker | null = defaultWorker): Promise<Parsed> {
  let worker: Worker | null = null;
  try {
    worker = makeWorker();
  } catch {
    worker = null;
  }
  if (!worker) return parseBackupFile(bytes, { now, onProgress });
  const w = worker;
  return new Promise<Parsed>((resolve) => {
    const fallback = () => {
      w.terminate();
      resolve(parseBackupFile(bytes, { now, onProgress }));
    };
    w.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      if (e.data.type === 'progress') onProgress(e.data.phase, e.data.done);
      else {
        w.terminate();
        resolve(e.data.result);
      }
    };
    // A worker that cannot load (a browser without module workers) is not an error: read here.
    w.onerror = fallback;
    w.postMessage({ bytes, now });
  });
}

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new BackupWorker();
}
