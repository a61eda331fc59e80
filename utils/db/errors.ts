import { err } from '../result';

import type { Note } from './types';

export type StorageErrorKind = 'quota' | 'closed' | 'too-new' | 'not-found' | 'conflict' | 'unknown';
export interface StorageError {
  kind: StorageErrorKind;
  message: string;
  /** a conflict: the note as it is stored now, written elsewhere since the edit began */
  current?: Note;
}

/** A Dexie or IndexedDB failure as a result the UI can explain; nothing is thrown across contexts. */
export function storageError(error: unknown): { ok: false; error: StorageError } {
  const e = error as { name?: string; message?: string; inner?: { name?: string } };
  const name = `${e?.name ?? ''} ${e?.inner?.name ?? ''}`;
  const message = String(e?.message ?? error);
  if (/Quota/i.test(name) || /quota/i.test(message)) return err({ kind: 'quota', message: 'The disk is full: the browser refused to store more data.' });
  if (/DatabaseClosed/i.test(name)) return err({ kind: 'closed', message: 'The database is closed; reload the page and try again.' });
  if (/VersionError/i.test(name))
    return err({ kind: 'too-new', message: 'The database was written by a newer version of Taiwan City Lens: update the extension.' });
  return err({ kind: 'unknown', message });
}
