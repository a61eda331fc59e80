/**
 * Merging a colleague's backup: new ids are added, the same id keeps whichever side was updated
 * last, deletes travel as soft deletes. First a preview says everything the import would change
 * (notes, screenshots, dismissals, settings); the write recomputes the same plan inside one
 * transaction, so a failure half-way changes nothing at all.
 */
import { ready, type TclDatabase } from '../db/database';
import { storageError, type StorageError } from '../db/errors';
import type { Dismissal, Evidence, FindingSighting, Note, Setting } from '../db/types';
import { ok, type Result } from '../result';
import { base64ToBlob } from '../export/base64';
import { LANG_KEY, SETTINGS_KEY, withDefaults, type UserSettings } from '../settings/user-settings';
import type { Backup, IncomingBackup } from './schema';

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** What the user's settings would become: each difference named, none silent. */
export interface SettingsChange {
  rulesChanged: string[];
  phrasesAdded: string[];
  phrasesRemoved: string[];
  sitesAdded: string[];
  sitesRemoved: string[];
  membershipsChanged: number;
  langChanged: boolean;
}

export interface ImportPreview {
  notes: MergeSummary;
  /** screenshots new to this computer (or newer) */
  screenshots: number;
  dismissals: { everywhere: string[]; perPage: number; restored: number };
  settings: SettingsChange | null;
}

interface Stamped {
  id: string;
  updatedAt: number;
}

/** Pure: which incoming records to write, and the counts to show. */
export function planMerge<T extends Stamped>(existing: readonly T[], incoming: readonly T[]): { toPut: T[]; summary: MergeSummary } {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const toPut: T[] = [];
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  for (const record of incoming) {
    const mine = byId.get(record.id);
    if (!mine) {
      toPut.push(record);
      summary.added++;
    } else if (record.updatedAt > mine.updatedAt) {
      toPut.push(record);
      summary.updated++;
    } else if (record.updatedAt === mine.updatedAt) summary.unchanged++;
    else summary.skipped++;
  }
  return { toPut, summary };
}

type Sighting = Backup['findingsLog'][number];

/** Two people may have seen the same finding: one record per (page, rule, quote), widest span of dates. */
export function mergeSightings(existing: readonly Sighting[], incoming: readonly Sighting[]): Sighting[] {
  const key = (s: Sighting) => `${s.url}\u0000${s.ruleId}\u0000${s.quote}`;
  const mine = new Map(existing.map((s) => [key(s), s]));
  const out = new Map<string, Sighting>();
  for (const s of incoming) {
    const base = out.get(key(s)) ?? mine.get(key(s));
    if (!base) out.set(key(s), s);
    else if (s.firstSeen < base.firstSeen || s.lastSeen > base.lastSeen) {
      out.set(key(s), {
        ...base,
        firstSeen: Math.min(base.firstSeen, s.firstSeen),
        lastSeen: Math.max(base.lastSeen, s.lastSeen),
        updatedAt: Math.max(base.updatedAt, s.updatedAt),
      });
    }
  }
  return [...out.values()];
}

const differ = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Pure: how `theirs` differs from `mine`, in the terms the settings page uses. */
export function settingsChange(mine: UserSettings, theirs: UserSettings): SettingsChange {
  const ruleIds = new Set([...Object.keys(mine.rules), ...Object.keys(theirs.rules)]);
  const phrases = (s: UserSettings) => new Set(s.customPhrases.map((p) => p.phrase));
  const key = (m: UserSettings['membershipOverrides'][number]) => `${m.org}/${m.place}`;
  const mineOverrides = new Map(mine.membershipOverrides.map((m) => [key(m), m]));
  const theirKeys = new Set(theirs.membershipOverrides.map(key));
  // A shipped rule a rule pack changed (or whose change goes) counts as a rule changed.
  const overrideOf = (s: UserSettings, id: string) => s.ruleOverrides.find((r) => r.id === id);
  const overridden = new Set([...mine.ruleOverrides, ...theirs.ruleOverrides].map((r) => r.id));
  return {
    rulesChanged: [...new Set([...ruleIds, ...overridden])]
      .filter((id) => mine.rules[id] !== theirs.rules[id] || differ(overrideOf(mine, id), overrideOf(theirs, id)))
      .sort(),
    phrasesAdded: [...phrases(theirs)].filter((p) => !phrases(mine).has(p)),
    phrasesRemoved: [...phrases(mine)].filter((p) => !phrases(theirs).has(p)),
    sitesAdded: theirs.extraSites.filter((s) => !mine.extraSites.includes(s)),
    sitesRemoved: mine.extraSites.filter((s) => !theirs.extraSites.includes(s)),
    membershipsChanged:
      theirs.membershipOverrides.filter((m) => differ(mineOverrides.get(key(m)), m)).length + mine.membershipOverrides.filter((m) => !theirKeys.has(key(m))).length,
    langChanged: mine.lang !== theirs.lang,
  };
}

const isEmpty = (c: SettingsChange) =>
  !c.langChanged && c.membershipsChanged === 0 && [c.rulesChanged, c.phrasesAdded, c.phrasesRemoved, c.sitesAdded, c.sitesRemoved].every((l) => l.length === 0);

type Incoming = Backup | IncomingBackup;
type IncomingEvidenceRecord = Evidence;

function evidenceOf(backup: Incoming): IncomingEvidenceRecord[] {
  return backup.evidence.map((e) => {
    if ('image' in e) return e;
    const { data, ...rest } = e;
    return { ...rest, image: base64ToBlob(data, rest.mimeType) };
  });
}

interface Existing {
  notes: Note[];
  evidence: Stamped[];
  dismissals: Dismissal[];
  settings: Setting[];
}

/** Pure: the whole plan, what to write and what the user is told. */
export function planImport(existing: Existing, backup: Incoming) {
  const notes = planMerge(existing.notes, backup.notes as Note[]);
  const evidence = planMerge(existing.evidence, backup.evidence as Stamped[]);
  const dismissals = planMerge(existing.dismissals, backup.dismissals as Dismissal[]);
  const mineSettings = new Map(existing.settings.map((s) => [s.key, s]));
  const settingsToPut = (backup.settings as Setting[]).filter((s) => (mineSettings.get(s.key)?.updatedAt ?? -1) < s.updatedAt);
  const current = (key: string) => mineSettings.get(key)?.value;
  const user = (settings: Map<string, unknown>) => withDefaults({ ...((settings.get(SETTINGS_KEY) as object) ?? {}), lang: settings.get(LANG_KEY) });
  const before = new Map<string, unknown>([
    [SETTINGS_KEY, current(SETTINGS_KEY)],
    [LANG_KEY, current(LANG_KEY)],
  ]);
  const after = new Map(before);
  for (const s of settingsToPut) after.set(s.key, s.value);
  const change = settingsToPut.length ? settingsChange(user(before), user(after)) : null;
  const wasActive = new Map(existing.dismissals.map((d) => [d.id, !d.deletedAt]));
  const newlyActive = dismissals.toPut.filter((d) => !d.deletedAt && !wasActive.get(d.id));
  const preview: ImportPreview = {
    notes: notes.summary,
    screenshots: evidence.toPut.filter((e) => !(e as { deletedAt?: number }).deletedAt).length,
    dismissals: {
      everywhere: newlyActive.filter((d) => d.url === undefined).map((d) => d.quote),
      perPage: newlyActive.filter((d) => d.url !== undefined).length,
      restored: dismissals.toPut.filter((d) => d.deletedAt && wasActive.get(d.id)).length,
    },
    settings: change && !isEmpty(change) ? change : null,
  };
  return { preview, notes: notes.toPut, evidenceIds: new Set(evidence.toPut.map((e) => e.id)), dismissals: dismissals.toPut, settings: settingsToPut };
}

/** True when the import would change nothing the user can see. */
export function changesNothing(p: ImportPreview): boolean {
  return p.notes.added + p.notes.updated === 0 && p.screenshots === 0 && p.dismissals.everywhere.length + p.dismissals.perPage + p.dismissals.restored === 0 && p.settings === null;
}

async function existingOf(db: TclDatabase): Promise<Existing> {
  return {
    notes: await db.notes.toArray(),
    // Only ids and times: the images stay on disk.
    evidence: await stampsOfEvidence(db),
    dismissals: await db.dismissals.toArray(),
    settings: await db.settings.toArray(),
  };
}

async function stampsOfEvidence(db: TclDatabase): Promise<Stamped[]> {
  const out: Stamped[] = [];
  await db.evidence.each((e) => void out.push({ id: e.id, updatedAt: e.updatedAt }));
  return out;
}

/** What importing `backup` would change, without writing anything. */
export async function previewImport(db: TclDatabase, backup: Incoming): Promise<Result<ImportPreview, StorageError>> {
  try {
    await ready(db);
    return ok(planImport(await existingOf(db), backup).preview);
  } catch (e) {
    return storageError(e);
  }
}

export interface ImportOptions {
  /** lets tests fail the transaction half-way */
  beforeCommit?: () => void;
  /** records written so far, of all */
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 200;

/**
 * Applies a validated backup, its images inline (a JSON backup) or as Blobs (read from a zip), in
 * one transaction, in chunks (so progress can be shown and the page stays responsive).
 */
export async function importBackup(db: TclDatabase, backup: Incoming, options: ImportOptions | (() => void) = {}): Promise<Result<ImportPreview, StorageError>> {
  const { beforeCommit = () => undefined, onProgress = () => undefined } = typeof options === 'function' ? { beforeCommit: options } : options;
  try {
    await ready(db);
    return ok(
      await db.transaction('rw', [db.notes, db.evidence, db.dismissals, db.findingsLog, db.settings], async () => {
        const plan = planImport(await existingOf(db), backup);
        const evidence = evidenceOf(backup).filter((e) => plan.evidenceIds.has(e.id));
        const sightings = mergeSightings(await db.findingsLog.toArray(), backup.findingsLog);
        const total = plan.notes.length + evidence.length + plan.dismissals.length + sightings.length + plan.settings.length;
        let done = 0;
        const put = async <T>(table: { bulkPut(items: T[]): Promise<unknown> }, items: T[]) => {
          for (let i = 0; i < items.length; i += CHUNK) {
            await table.bulkPut(items.slice(i, i + CHUNK));
            onProgress((done += Math.min(CHUNK, items.length - i)), total);
          }
        };
        await put(db.notes, plan.notes);
        await put(db.evidence, evidence);
        await put(db.dismissals, plan.dismissals);
        await put(db.findingsLog, sightings as FindingSighting[]);
        await put(db.settings, plan.settings);
        beforeCommit();
        return plan.preview;
      }),
    );
  } catch (e) {
    return storageError(e);
  }
}

