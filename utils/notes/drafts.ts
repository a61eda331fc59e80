/**
 * What is being typed in a page's note editor, kept in the extension's local storage as it is
 * typed: an extension reload or update (which ends this page's copy of the lens) or a closed tab
 * loses nothing, and the editor offers the text back on the next visit. `storage.local`, not
 * `storage.session`: Chromium empties the session area when the extension reloads or updates,
 * the very moment a draft is needed. One draft per page; it goes when the note is saved or the
 * user cancels, and after two weeks.
 */
import * as v from 'valibot';
import type { NoteDraft } from '../page/views';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const DraftSchema = v.object({
  kind: v.picklist(['naming-concern', 'membership', 'follow-up', 'general']),
  status: v.picklist(['open', 'reported', 'resolved', 'wont-fix']),
  severity: v.optional(v.picklist(['critical', 'high', 'medium', 'low'])),
  body: v.pipe(v.string(), v.maxLength(100_000)),
  tags: v.pipe(v.string(), v.maxLength(10_000)),
  quote: v.pipe(v.string(), v.maxLength(10_000)),
});

export const StoredDraftSchema = v.object({
  mode: v.picklist(['create', 'edit']),
  noteId: v.nullable(v.string()),
  baseRev: v.optional(v.number()),
  draft: DraftSchema,
  /** for a new note: what it is about (selectors, places, rule), as the editor had it */
  pending: v.nullable(v.record(v.string(), v.unknown())),
  savedAt: v.number(),
});
export type StoredDraft = v.InferOutput<typeof StoredDraftSchema> & { draft: NoteDraft };

export interface DraftStore {
  get(url: string): Promise<StoredDraft | null>;
  put(url: string, draft: StoredDraft): Promise<void>;
  remove(url: string): Promise<void>;
}

const MAX_AGE_MS = 14 * 24 * 3600 * 1000;
const keyOf = (url: string) => `tcl-draft:${url}`;

export function createDraftStore(area: StorageAreaLike, now: () => number = Date.now): DraftStore {
  return {
    async get(url) {
      const raw = (await area.get(keyOf(url)))[keyOf(url)];
      const parsed = v.safeParse(StoredDraftSchema, raw);
      if (!parsed.success || now() - parsed.output.savedAt > MAX_AGE_MS) return null;
      return parsed.output as StoredDraft;
    },
    // async: after an extension update the storage API may throw at once rather than reject.
    put: async (url, draft) => area.set({ [keyOf(url)]: draft }),
    remove: async (url) => area.remove(keyOf(url)),
  };
}
