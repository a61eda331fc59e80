/**
 * What the background accepts from a content script, validated with the same valibot schemas that
 * validate a backup (utils/import/schema): a page's script cannot make a content script send
 * anything, but a compromised or outdated one could, and a wrong message must change nothing.
 * Each handler gets its data only after it passed; otherwise the answer is an `invalid-message`
 * error naming the field.
 */
import * as v from 'valibot';
import { DismissalSchema, NoteSchema } from '../import/schema';
import { err, type Result } from '../result';
import { PLACE_IDS } from '../places/ids';

const url = NoteSchema.entries.url;
const id = NoteSchema.entries.id;
const passage = v.optional(v.pipe(v.string(), v.maxLength(10_000)));

export const NoteInputSchema = v.object({
  ...v.omit(NoteSchema, ['id', 'createdAt', 'updatedAt', 'deletedAt', 'evidenceIds', 'rev']).entries,
  evidenceIds: v.optional(NoteSchema.entries.evidenceIds),
});
export const NotePatchSchema = v.partial(v.omit(NoteSchema, ['id', 'createdAt', 'updatedAt', 'rev', 'url']));

const finding = v.object({ ruleId: DismissalSchema.entries.ruleId, quote: DismissalSchema.entries.quote });

export const MessageSchemas = {
  reportPage: v.object({
    url,
    title: NoteSchema.entries.title,
    org: NoteSchema.entries.org,
    places: v.pipe(v.array(v.object({ id: v.picklist(PLACE_IDS), count: v.pipe(v.number(), v.integer(), v.minValue(0)) })), v.maxLength(200)),
    findings: v.object({
      open: v.pipe(v.number(), v.integer(), v.minValue(0)),
      dismissed: v.pipe(v.number(), v.integer(), v.minValue(0)),
      worst: v.nullable(v.picklist(['critical', 'high', 'medium', 'low'])),
    }),
    groups: v.optional(
      v.pipe(
        v.array(
          v.object({
            ruleId: DismissalSchema.entries.ruleId,
            quote: DismissalSchema.entries.quote,
            severity: v.picklist(['critical', 'high', 'medium', 'low']),
            count: v.pipe(v.number(), v.integer(), v.minValue(1)),
          }),
        ),
        v.maxLength(20),
      ),
    ),
    scannedAt: v.number(),
  }),
  listDismissals: v.object({ url }),
  addDismissal: v.object({ ruleId: DismissalSchema.entries.ruleId, quote: DismissalSchema.entries.quote, url: v.optional(url) }),
  removeDismissal: v.object({ id }),
  pageNotes: v.object({ url }),
  createNote: v.object({ note: NoteInputSchema, capture: v.boolean(), passage }),
  updateNote: v.object({ id, patch: NotePatchSchema, baseRev: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  deleteNote: v.object({ id }),
  restoreNote: v.object({ id }),
  captureEvidence: v.object({ noteId: id, passage }),
  /** a page's findings at one scan: at most a few thousand distinct ones are worth a record */
  recordSightings: v.object({ url, findings: v.pipe(v.array(finding), v.maxLength(5000)) }),
  getMessages: v.picklist(['en', 'zh-TW']),
} as const;

export type CheckedMessage = keyof typeof MessageSchemas;

/** Where a message came from, as the background reads it. */
export interface SenderLike {
  sender: { tab?: { id?: number; windowId?: number } };
}

/** The handler, called only with data that passed the message's schema. */
export function checked<K extends CheckedMessage, R>(
  name: K,
  handler: (message: SenderLike & { data: v.InferOutput<(typeof MessageSchemas)[K]> }) => R,
): (message: SenderLike & { data: unknown }) => R | Result<never> {
  return (message) => {
    const parsed = v.safeParse(MessageSchemas[name], message.data);
    if (parsed.success) return handler({ ...message, data: parsed.output });
    const issue = parsed.issues[0];
    const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
    return err({ kind: 'invalid-message', message: `Refused a ${name} message: ${path ? `${path}: ` : ''}${issue.message}` });
  };
}
