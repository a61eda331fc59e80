/**
 * The backup format, validated with valibot: a file that is not exactly this shape is refused
 * before anything is written, with the record and field that are wrong.
 */
import * as v from 'valibot';
import { NoteKindSchema, NoteStatusSchema, SeveritySchema } from '../db/vocab';
import { ORG_IDS } from '../orgs/ids';
import { LangSchema, StoredSettingsSchema } from '../settings/schema';
import { LANG_KEY, SETTINGS_KEY } from '../settings/user-settings';

export const BACKUP_FORMAT = 'taiwan-city-lens-backup';
export const BACKUP_VERSION = 2;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** The latest instant `Date` can hold (ECMAScript: 8.64e15 ms after 1970). */
export const MAX_DATE_MS = 8.64e15;
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_DATE_MS, 'is beyond any date'));
const text = (max = 100_000) => v.pipe(v.string(), v.maxLength(max));
/** Only web pages: a `javascript:` or `data:` URL in a backup is refused, never made a link. */
const pageUrl = v.pipe(v.string(), v.maxLength(4000), v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'));
const stamps = { id, createdAt: time, updatedAt: time, deletedAt: v.optional(time) };

const selector = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: text(10_000), prefix: text(1000), suffix: text(1000) }),
  v.object({ type: v.literal('TextPositionSelector'), start: time, end: time }),
]);

export const NoteSchema = v.object({
  ...stamps,
  url: pageUrl,
  title: text(2000),
  org: v.nullable(v.picklist(ORG_IDS)),
  kind: NoteKindSchema,
  status: NoteStatusSchema,
  severity: v.optional(SeveritySchema),
  places: v.array(text(40)),
  tags: v.array(text(200)),
  body: text(),
  ruleId: v.optional(text(100)),
  target: v.array(selector),
  suggestion: v.optional(text(1000)),
  evidenceIds: v.array(id),
  evidenceMissing: v.optional(v.boolean()),
  rev: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const evidenceFields = {
  ...stamps,
  noteId: id,
  url: pageUrl,
  capturedAt: time,
  mimeType: v.picklist(['image/png', 'image/jpeg', 'image/webp']),
  passageSha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'))),
};

/** In a JSON backup the image is inline, base64. */
export const EvidenceSchema = v.object({
  ...evidenceFields,
  data: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')),
});

/** In a zip backup the JSON is `backup.json` and each image a file in `evidence/`. */
export const ZIP_BACKUP_JSON = 'backup.json';
export const ZIP_EVIDENCE_DIR = 'evidence/';
export const ZipEvidenceSchema = v.object({
  ...evidenceFields,
  file: v.pipe(v.string(), v.regex(/^evidence\/[A-Za-z0-9._-]{1,200}$/, 'must name a file in the zip\'s evidence/ folder')),
});

export const DismissalSchema = v.object({ ...stamps, ruleId: text(100), quote: text(1000), url: v.optional(pageUrl) });
export const SightingSchema = v.object({ ...stamps, url: pageUrl, ruleId: text(100), quote: text(1000), firstSeen: time, lastSeen: time });
/** Only the settings this extension keeps, each value against its own schema: anything else is refused. */
export const SettingSchema = v.variant('key', [
  v.object({ key: v.literal(SETTINGS_KEY), value: StoredSettingsSchema, updatedAt: time }),
  v.object({ key: v.literal(LANG_KEY), value: LangSchema, updatedAt: time }),
]);

function backupSchema<E extends typeof EvidenceSchema | typeof ZipEvidenceSchema>(evidence: E) {
  return v.object({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: time,
    notes: v.array(NoteSchema),
    evidence: v.array(evidence),
    dismissals: v.array(DismissalSchema),
    findingsLog: v.array(SightingSchema),
    settings: v.array(SettingSchema),
  });
}
export const BackupSchema = backupSchema(EvidenceSchema);
/** `backup.json` inside a zip backup: the same, with each image as a file beside it. */
export const ZipBackupSchema = backupSchema(ZipEvidenceSchema);

export type Backup = v.InferOutput<typeof BackupSchema>;
export type BackupEvidence = v.InferOutput<typeof EvidenceSchema>;
export type ZipBackup = v.InferOutput<typeof ZipBackupSchema>;
/** A backup read from either kind of file, ready to merge: every image as a Blob. */
export type IncomingEvidence = Omit<BackupEvidence, 'data'> & { image: Blob };
export type IncomingBackup = Omit<Backup, 'evidence'> & { evidence: IncomingEvidence[] };
