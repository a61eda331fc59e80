/**
 * The database's versions. Each version keeps its upgrade: a user's database may be any age.
 * v1: notes, evidence, settings. v2: dismissal records and the findings log; notes get tags and
 * evidenceIds when they lacked them. v3: a note's TextPositionSelector means the W3C position
 * (offsets into the page's text content); the old ones counted the extension's own index (its
 * block separators, not the skipped elements), so they are dropped and the quote with its context
 * places the note; notes get a revision (`rev`) so two tabs cannot overwrite each other silently;
 * the findings log gets [url+lastSeen] to drop a page's oldest sightings.
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

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  findingsLog: 'id, &[url+ruleId+quote], url, lastSeen, [url+lastSeen]',
};

/** A version 2 note's target as version 3 reads it: positions in the old index's coordinates go. */
export function upgradeNoteV3(note: Record<string, unknown>): void {
  const target = Array.isArray(note.target) ? (note.target as { type?: unknown }[]) : [];
  note.target = target.filter((s) => s?.type !== 'TextPositionSelector');
  if (typeof note.rev !== 'number') note.rev = 1;
}

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
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade((tx) => tx.table('notes').toCollection().modify(upgradeNoteV3));
}
