/** Reading a JSON backup: size, JSON, format, version (older ones migrated), then every record. */
import * as v from 'valibot';
import { err, ok, type Result } from '../result';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, type Backup, type ZipBackupSchema } from './schema';

type Schema = typeof BackupSchema | typeof ZipBackupSchema;

export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface ImportError {
  kind: 'too-large' | 'not-json' | 'wrong-format' | 'future-version' | 'invalid' | 'duplicate-id' | 'bad-zip';
  message: string;
}

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

export function parseBackup(input: string | Uint8Array): Result<Backup, ImportError> {
  return parseWith(BackupSchema, input) as Result<Backup, ImportError>;
}

/** Size, JSON, format, version (older ones migrated), every record against `schema`, unique ids. */
export function parseWith<S extends Schema>(schema: S, input: string | Uint8Array): Result<v.InferOutput<S>, ImportError> {
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
  for (const table of ['notes', 'evidence', 'dismissals', 'findingsLog'] as const) {
    const seen = new Set<string>();
    for (const [i, record] of output[table].entries()) {
      if (seen.has(record.id)) return err({ kind: 'duplicate-id', message: `${table}[${i}].id: "${record.id}" appears twice` });
      seen.add(record.id);
    }
  }
  return ok(output);
}
