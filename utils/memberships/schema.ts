/**
 * What a membership fact is, defined once: valibot schemas that validate the shipped data, the
 * user's corrections and backups alike, and from which the TypeScript types come.
 *
 * Every fact (a membership's status, its type, a former name, each role, each note) carries its
 * evidence: the source (a seed document or the exact page URL), the sentence quoted in the
 * source's own language, and — through its date's form and its kind — how precise the source is.
 */
import * as v from 'valibot';
import { PLACE_IDS } from '../places/ids';
import { ORG_IDS } from '../orgs/ids';

export { ORG_IDS };

/** "2006" (year), "2009-09" (month) or "2011-03-01" (day): the form says how precise the source is. */
export const DateSchema = v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const BilingualSchema = v.object({ en: text(500), 'zh-TW': text(500) });

/**
 * What a dated statement says happened:
 * - since: member (or holding the role) from that date;
 * - applied: applied to join on that date;
 * - toApply: the source, written then, says the place would apply (no outcome stated);
 * - listed: a source of that date lists it as a member — "member by then", joining date unknown;
 * - reelected: re-elected on that date (not the start of the role).
 */
export const STAMP_KINDS = ['since', 'applied', 'toApply', 'listed', 'reelected'] as const;
export const StampSchema = v.object({ kind: v.picklist(STAMP_KINDS), date: DateSchema });

/**
 * Where a fact is said. `source` is a seed document ("seeds/003_….txt"), the exact page URL, or —
 * in a user's correction — whatever citation the user typed. `quote` is the sentence that says it,
 * in the source's language (a user's correction may leave it empty).
 */
export const EvidenceSchema = v.object({ source: text(2000), quote: v.pipe(v.string(), v.trim(), v.maxLength(4000)) });
const EvidenceList = v.pipe(v.array(EvidenceSchema), v.minLength(1, 'every fact needs its evidence'));

export const StatusSchema = v.object({ ...StampSchema.entries, evidence: EvidenceList });

export const RoleSchema = v.object({
  title: BilingualSchema,
  /** the term as the source states it */
  term: v.nullable(v.object({ from: DateSchema, to: v.nullable(DateSchema) })),
  /** when the source dates the role, if it does so other than by a term */
  stamp: v.nullable(StampSchema),
  evidence: EvidenceList,
});

export const NoteSchema = v.object({ text: BilingualSchema, evidence: EvidenceList });

export const MembershipSchema = v.object({
  org: v.picklist(ORG_IDS),
  place: v.picklist(PLACE_IDS),
  /** one or more dated statements, oldest first: "applied 2011-01-20", "since 2011-03-01" */
  status: v.pipe(v.array(StatusSchema), v.minLength(1)),
  type: v.nullable(v.object({ value: v.picklist(['full']), evidence: EvidenceList })),
  /** the name the place had when it joined */
  formerName: v.nullable(v.object({ value: BilingualSchema, evidence: EvidenceList })),
  roles: v.array(RoleSchema),
  notes: v.array(NoteSchema),
  /** ISO date the facts were last checked against their sources */
  lastChecked: v.pipe(v.string(), v.isoDate()),
  /** true for the user's own correction (Settings) */
  byUser: v.optional(v.boolean()),
});

export const MembershipsSchema = v.array(MembershipSchema);

/** A document facts are cited from, as a reader should see it cited. */
export const SourceSchema = v.object({
  /** the seed file ("seeds/003_….txt") or the page's URL: what Evidence.source names */
  id: text(2000),
  /** the title as published, in the source's language */
  title: text(500),
  /** what it is, for a reader of the other language (empty when the title says it) */
  gloss: v.object({ en: v.string(), 'zh-TW': v.string() }),
  publisher: BilingualSchema,
  /** publication date; null when the page does not give one */
  date: v.nullable(DateSchema),
  /** a link a reader can follow; null when the document is not online to our knowledge */
  url: v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\/[^/]+\/./, 'the exact page, never a bare domain'))),
  lang: v.picklist(['en', 'zh-TW']),
  /** for pages: the day their quotes were checked by hand */
  checked: v.nullable(v.pipe(v.string(), v.isoDate())),
});
export const SourcesSchema = v.array(SourceSchema);

export type Bilingual = v.InferOutput<typeof BilingualSchema>;
export type StampKind = (typeof STAMP_KINDS)[number];
export type Stamp = v.InferOutput<typeof StampSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type Status = v.InferOutput<typeof StatusSchema>;
export type Role = v.InferOutput<typeof RoleSchema>;
export type MembershipNote = v.InferOutput<typeof NoteSchema>;
export type Membership = v.InferOutput<typeof MembershipSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
