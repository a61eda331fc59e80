/**
 * Reading a backup off the page's thread: a JSON backup of months of screenshots is hundreds of
 * megabytes, and JSON.parse and the schema checks would freeze the dashboard while they run.
 * The worker answers with progress messages and then the result (images as Blobs, which the
 * browser hands over without copying them).
 */
import { parseBackupFile, type ImportPhase } from './file';

export type WorkerRequest = { bytes: Uint8Array; now: number };
export type WorkerAnswer =
  | { type: 'progress'; phase: ImportPhase; done: number }
  | { type: 'result'; result: Awaited<ReturnType<typeof parseBackupFile>> };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerAnswer): void };

scope.onmessage = (e) => {
  const { bytes, now } = e.data;
  void parseBackupFile(bytes, { now, onProgress: (phase, done) => scope.postMessage({ type: 'progress', phase, done }) }).then((result) =>
    scope.postMessage({ type: 'result', result }),
  );
};
