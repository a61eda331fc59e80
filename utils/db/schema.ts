/**
 * The database's versions. Each version keeps its upgrade: a user's database may be any age.
 * v1: notes, evidence, settings. v2: dismissal records and the findings log; notes get tags and
 * evidenceIds when they lacked them.
 */
import type Dexie from 'dexie';

export const SCHEMA_V1 = {
  notes: 'id, url, org, kind, status, updatedAt, *places',
  evidence: 'id, noteId',
  settings: 'key',
};

export const SCHEMA_V2 = {
  notes: 'id, url, org, kind, status, updatedAt, *places, *tags',
  evidence: 'id, noteId',
  settings: 'key',
  dismissals: 'id, ruleId, url, [ruleId+quote]',
  findingsLog: 'id, &[url+ruleId+quote], url, lastSeen',
};

export const CURRENT_VERSION = 2;

export function declareVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: Record<string, unknown>) => {
          note.tags ??= [];
          note.evidenceIds ??= [];
          note.target ??= [];
          note.places ??= [];
        }),
    );
}
