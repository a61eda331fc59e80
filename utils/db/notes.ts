/** Notes: create, edit, soft-delete and query, each in one transaction. */
import { ready, type TclDatabase } from './database';
import type { Note } from './types';
import { storageError, type StorageError } from './errors';
import { err, ok, type Result } from '../result';

export type NoteInput = Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'evidenceIds' | 'rev'> & { evidenceIds?: string[] };
export type NotePatch = Partial<Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'rev'>>;

export { revOf } from './rev';
import { revOf } from './rev';

export interface Clock {
  now?: () => number;
  uuid?: () => string;
}

export async function createNote(db: TclDatabase, input: NoteInput, clock: Clock = {}): Promise<Result<Note, StorageError>> {
  const now = (clock.now ?? Date.now)();
  const note: Note = { ...input, evidenceIds: input.evidenceIds ?? [], id: (clock.uuid ?? (() => crypto.randomUUID()))(), createdAt: now, updatedAt: now, rev: 1 };
  try {
    await ready(db);
    await db.transaction('rw', db.notes, () => db.notes.add(note));
    return ok(note);
  } catch (e) {
    return storageError(e);
  }
}

/**
 * Writes the patch and counts a revision. With `baseRev` (the revision the edit began from), a
 * note written elsewhere since (another tab, window or an import) is not overwritten: the answer is
 * a conflict carrying the stored note, and the user decides.
 */
export async function updateNote(db: TclDatabase, id: string, patch: NotePatch, clock: Clock = {}, baseRev?: number): Promise<Result<Note, StorageError>> {
  try {
    await ready(db);
    const updated = await db.transaction('rw', db.notes, async () => {
      const current = await db.notes.get(id);
      if (!current || current.deletedAt) return null;
      if (baseRev !== undefined && revOf(current) !== baseRev) return { conflict: current };
      const next: Note = { ...current, ...patch, id, createdAt: current.createdAt, updatedAt: (clock.now ?? Date.now)(), rev: revOf(current) + 1 };
      await db.notes.put(next);
      return next;
    });
    if (updated && 'conflict' in updated)
      return err({ kind: 'conflict', message: 'This note was changed in another tab or window since you began editing it.', current: updated.conflict });
    return updated ? ok(updated) : err({ kind: 'not-found', message: `No note ${id}.` });
  } catch (e) {
    return storageError(e);
  }
}

export function softDeleteNote(db: TclDatabase, id: string, clock: Clock = {}): Promise<Result<Note, StorageError>> {
  const now = (clock.now ?? Date.now)();
  return updateNote(db, id, { deletedAt: now }, { now: () => now });
}

export async function restoreNote(db: TclDatabase, id: string, clock: Clock = {}): Promise<Result<Note, StorageError>> {
  try {
    await ready(db);
    const current = await db.notes.get(id);
    if (!current) return err({ kind: 'not-found', message: `No note ${id}.` });
    const { deletedAt: _gone, ...rest } = current;
    const next: Note = { ...rest, updatedAt: (clock.now ?? Date.now)(), rev: revOf(current) + 1 };
    await db.notes.put(next);
    return ok(next);
  } catch (e) {
    return storageError(e);
  }
}

/** The page's live notes, by the url index. */
export async function notesForUrl(db: TclDatabase, url: string): Promise<Result<Note[], StorageError>> {
  try {
    await ready(db);
    return ok((await db.notes.where('url').equals(url).toArray()).filter((n) => !n.deletedAt));
  } catch (e) {
    return storageError(e);
  }
}

export interface NoteFilter {
  org?: Note['org'];
  kind?: Note['kind'];
  status?: Note['status'];
  place?: string;
  tag?: string;
  updatedFrom?: number;
  updatedTo?: number;
}

/** Notes by one index (the most selective the filter names), the rest of the filter applied after. */
export async function listNotes(db: TclDatabase, filter: NoteFilter = {}): Promise<Note[]> {
  const base = filter.place
    ? db.notes.where('places').equals(filter.place)
    : filter.tag
      ? db.notes.where('tags').equals(filter.tag)
      : filter.status
        ? db.notes.where('status').equals(filter.status)
        : filter.kind
          ? db.notes.where('kind').equals(filter.kind)
          : filter.updatedFrom !== undefined || filter.updatedTo !== undefined
            ? db.notes.where('updatedAt').between(filter.updatedFrom ?? 0, filter.updatedTo ?? Number.MAX_SAFE_INTEGER, true, true)
            : db.notes.orderBy('updatedAt');
  const notes = await base.toArray();
  return notes
    .filter(
      (n) =>
        !n.deletedAt &&
        (filter.org === undefined || n.org === filter.org) &&
        (filter.kind === undefined || n.kind === filter.kind) &&
        (filter.status === undefined || n.status === filter.status) &&
        (filter.tag === undefined || n.tags.includes(filter.tag)) &&
        (filter.place === undefined || n.places.includes(filter.place)) &&
        (filter.updatedFrom === undefined || n.updatedAt >= filter.updatedFrom) &&
        (filter.updatedTo === undefined || n.updatedAt <= filter.updatedTo),
    )
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
