/** Reading a JSON backup: size, JSON, format, version (older ones migrated), then every record. */
import * as v from 'valibot';
import { err, ok, type Result } from '../result';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup, type ZipBackupSchema } from './schema';

type Schema = typeof BackupSchema | typeof ZipBackupSchema;

export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface ImportError {
  kind: 'too-large' | 'not-json' | 'wrong-format' | 'future-version' | 'invalid' | 'duplicate-id' | 'bad-zip' | 'future-time' | 'orphan-evidence';
  /** technical detail (which record, which field), in English */
  message: string;
}

/** Clocks differ a little between colleagues' computers; a record may be this much younger than its file. */
export const CLOCK_MARGIN_MS = 10 * 60 * 1000;

/**
 * Version 1 backups (before screenshots and the findings log were kept) had notes without tags,
 * evidence ids or targets, and no evidence or findingsLog tables.
 */
function migrate(data: Record<string, unknown>): Record<string, unknown> {
  if (data.version !== 1) return data;
  const notes = Array.isArray(data.notes) ? data.notes : [];
  return {
    ...data,
    version: 2,
    notes: notes.map((n: Record<string, unknown>) => ({ tags: [], evidenceIds: [], target: [], places: [], ...n })),
    evidence: [],
    findingsLog: [],
    dismissals: data.dismissals ?? [],
    settings: data.settings ?? [],
  };
}

function path(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '');
}

export function parseBackup(input: string | Uint8Array, now: number = Date.now()): Result<Backup, ImportError> {
  return parseWith(BackupSchema, input, now) as Result<Backup, ImportError>;
}

type Parsed = v.InferOutput<Schema>;

/**
 * What a schema cannot see: every id once per table, no time after the file was written (a record
 * from the future would win every merge for ever), and screenshots only for notes the file carries.
 */
export function checkRecords(backup: Parsed, now: number): ImportError | null {
  for (const table of ['notes', 'evidence', 'dismissals', 'findingsLog'] as const) {
    const seen = new Set<string>();
    for (const [i, record] of backup[table].entries()) {
      if (seen.has(record.id)) return { kind: 'duplicate-id', message: `${table}[${i}].id: "${record.id}" appears twice` };
      seen.add(record.id);
    }
  }
  if (backup.exportedAt > now + CLOCK_MARGIN_MS) return { kind: 'future-time', message: `exportedAt: ${new Date(backup.exportedAt).toISOString()} is later than now` };
  const latest = backup.exportedAt + CLOCK_MARGIN_MS;
  const late = (table: string, i: number, field: string, value: number | undefined): ImportError | null =>
    value !== undefined && value > latest ? { kind: 'future-time', message: `${table}[${i}].${field}: ${new Date(value).toISOString()} is later than the file itself (${new Date(backup.exportedAt).toISOString()})` } : null;
  const stamped: [string, readonly Record<string, unknown>[], string[]][] = [
    ['notes', backup.notes, ['createdAt', 'updatedAt', 'deletedAt']],
    ['evidence', backup.evidence, ['createdAt', 'updatedAt', 'deletedAt', 'capturedAt']],
    ['dismissals', backup.dismissals, ['createdAt', 'updatedAt', 'deletedAt']],
    ['findingsLog', backup.findingsLog, ['createdAt', 'updatedAt', 'deletedAt', 'firstSeen', 'lastSeen']],
    ['settings', backup.settings, ['updatedAt']],
  ];
  for (const [table, records, fields] of stamped) {
    for (const [i, r] of records.entries()) {
      for (const f of fields) {
        const problem = late(table, i, f, r[f] as number | undefined);
        if (problem) return problem;
      }
    }
  }
  const notes = new Set(backup.notes.map((n) => n.id));
  for (const [i, e] of backup.evidence.entries()) {
    if (!notes.has(e.noteId)) return { kind: 'orphan-evidence', message: `evidence[${i}].noteId: "${e.noteId}" is not a note in this file` };
  }
  return null;
}

/** Size, JSON, format, version (older ones migrated), every record against `schema`, unique ids. */
export function parseWith<S extends Schema>(schema: S, input: string | Uint8Array, now: number = Date.now()): Result<v.InferOutput<S>, ImportError> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_BACKUP_BYTES) return err({ kind: 'too-large', message: `The file is ${(size / 1048576).toFixed(0)} MB; backups over 200 MB are refused.` });
  const textIn = typeof input === 'string' ? input : new TextDecoder().decode(input);
  let raw: unknown;
  try {
    raw = JSON.parse(textIn);
  } catch (e) {
    return err({ kind: 'not-json', message: `Not a JSON file (it may be cut short): ${(e as Error).message}` });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return err({ kind: 'wrong-format', message: `Not a Taiwan City Lens backup (format "${BACKUP_FORMAT}" expected).` });
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || version > BACKUP_VERSION || version < 1) {
    return err({ kind: 'future-version', message: `Backup version ${String(version)} is not one this extension reads (1 to ${BACKUP_VERSION}); update the extension.` });
  }
  const result = v.safeParse(schema, migrate(raw as Record<string, unknown>));
  if (!result.success) {
    const first = result.issues[0]!;
    return err({ kind: 'invalid', message: `${path(first) || 'file'}: ${first.message}` });
  }
  const output = result.output as v.InferOutput<S>;
  const problem = checkRecords(output, now);
  return problem ? err(problem) : ok(output);
}
