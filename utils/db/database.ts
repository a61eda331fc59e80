/**
 * The one database, in the extension's origin: the background and extension pages open it; the
 * content script never does (a content script's IndexedDB belongs to the visited site).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Dismissal, Evidence, FindingSighting, Note, Setting } from './types';
import { declareVersions } from './schema';

export type TclDatabase = Dexie & {
  notes: EntityTable<Note, 'id'>;
  evidence: EntityTable<Evidence, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  dismissals: EntityTable<Dismissal, 'id'>;
  findingsLog: EntityTable<FindingSighting, 'id'>;
};

export const DB_NAME = 'taiwan-city-lens';

export function openDatabase(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): TclDatabase {
  const db = new Dexie(name, options) as TclDatabase;
  declareVersions(db);
  return db;
}

const checked = new WeakMap<TclDatabase, Promise<void>>();

/**
 * Opens the database and refuses one written by a newer extension: Dexie would open it anyway,
 * and records of a newer shape could be misread or damaged. The error names itself VersionError.
 */
export function ready(db: TclDatabase): Promise<void> {
  // Closed on purpose (or by the browser): say so rather than quietly reopening.
  if (db.hasBeenClosed()) return Promise.reject(new Dexie.DatabaseClosedError());
  let done = checked.get(db);
  if (!done) {
    done = db.open().then(() => {
      const installed = Math.floor((db.backendDB()?.version ?? 0) / 10);
      if (installed > db.verno) {
        const error = new Error(`database version ${installed} is newer than this extension's ${db.verno}`);
        error.name = 'VersionError';
        throw error;
      }
    });
    checked.set(db, done);
  }
  return done;
}
