/**
 * The user's membership corrections as stored in the settings (and in backups). Corrections made
 * before facts carried their evidence have an older shape — `since`, `sources: [{ ref, label }]`,
 * roles with `from`/`to`/`source` — and are upgraded on reading: each source becomes the evidence
 * of every fact (with no quote, as none was asked for then). Anything else is left out, whole.
 */
import * as v from 'valibot';
import { PLACE_IDS } from '../places/ids';
import { DateSchema, MembershipSchema, ORG_IDS, type Evidence, type Membership } from './schema';

const loose = v.string();
const LegacyBilingual = v.object({ en: loose, 'zh-TW': loose });

/** The shape the settings form wrote before evidence (kept here so old settings and backups still read). */
export const LegacyMembershipSchema = v.object({
  org: v.picklist(ORG_IDS),
  place: v.picklist(PLACE_IDS),
  since: v.nullable(DateSchema),
  sinceNote: v.nullish(LegacyBilingual),
  type: v.nullish(loose),
  formerName: v.nullish(loose),
  roles: v.array(v.object({ title: LegacyBilingual, from: v.nullish(loose), to: v.nullish(loose), source: loose })),
  notes: v.nullish(LegacyBilingual),
  sources: v.pipe(v.array(v.object({ ref: v.pipe(loose, v.trim(), v.minLength(1)), label: v.optional(loose) })), v.minLength(1)),
  lastChecked: loose,
});
export type LegacyMembership = v.InferOutput<typeof LegacyMembershipSchema>;

const isDate = (s: string | null | undefined): s is string => typeof s === 'string' && v.is(DateSchema, s);
const both = (b: { en: string; 'zh-TW': string }) => ({ en: b.en.trim() || b['zh-TW'].trim(), 'zh-TW': b['zh-TW'].trim() || b.en.trim() });
/** The note the old form added to every correction; the new shape says `byUser` instead. */
const OLD_FORM_NOTE = 'Corrected by the user';

/** An old-shape correction in the current shape; null when it cannot be made valid. */
export function upgradeLegacy(old: LegacyMembership): Membership | null {
  const evidence: Evidence[] = old.sources.map((s) => ({ source: s.ref.trim(), quote: '' }));
  const today = /^\d{4}-\d{2}-\d{2}/.test(old.lastChecked) ? old.lastChecked.slice(0, 10) : null;
  const status = old.since ? [{ kind: 'since' as const, date: old.since, evidence }] : today ? [{ kind: 'listed' as const, date: today, evidence }] : [];
  const notes = [old.sinceNote, old.notes]
    .filter((n): n is { en: string; 'zh-TW': string } => !!n && (n.en.trim() !== '' || n['zh-TW'].trim() !== '') && n.en !== OLD_FORM_NOTE)
    .map((n) => ({ text: both(n), evidence }));
  const upgraded = {
    org: old.org,
    place: old.place,
    status,
    type: old.type === 'full' ? { value: 'full' as const, evidence } : null,
    formerName: old.formerName?.trim() ? { value: { en: old.formerName.trim(), 'zh-TW': old.formerName.trim() }, evidence } : null,
    roles: old.roles
      .filter((r) => r.title.en.trim() || r.title['zh-TW'].trim())
      .map((r) => ({
        title: both(r.title),
        term: isDate(r.from) ? { from: r.from, to: isDate(r.to) ? r.to : null } : null,
        stamp: null,
        evidence: r.source.trim() ? [{ source: r.source.trim(), quote: '' }] : evidence,
      })),
    notes,
    lastChecked: today ?? '1970-01-01',
    byUser: true,
  };
  const parsed = v.safeParse(MembershipSchema, upgraded);
  return parsed.success ? parsed.output : null;
}

/** Corrections as stored, current or older shape, in the current shape; invalid ones are left out. */
export function readOverrides(value: unknown): Membership[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const current = v.safeParse(MembershipSchema, item);
    if (current.success) return [current.output];
    const legacy = v.safeParse(LegacyMembershipSchema, item);
    const upgraded = legacy.success ? upgradeLegacy(legacy.output) : null;
    return upgraded ? [upgraded] : [];
  });
}

/** A correction from the settings form: every fact carries the same evidence the user gave. */
export interface CorrectionInput {
  org: Membership['org'];
  place: Membership['place'];
  kind: 'since' | 'applied' | 'listed';
  date: string;
  role: string;
  source: string;
  quote: string;
}

export function correctionFrom(input: CorrectionInput, today: string): Membership | null {
  const evidence = [{ source: input.source.trim(), quote: input.quote.trim() }];
  const role = input.role.trim();
  // Without a date, the source says the place is a member as of the day it was entered.
  const date = input.date.trim();
  const parsed = v.safeParse(MembershipSchema, {
    org: input.org,
    place: input.place,
    status: [date ? { kind: input.kind, date, evidence } : { kind: 'listed', date: today, evidence }],
    type: null,
    formerName: null,
    roles: role ? [{ title: { en: role, 'zh-TW': role }, term: null, stamp: null, evidence }] : [],
    notes: [],
    lastChecked: today,
    byUser: true,
  });
  return parsed.success ? parsed.output : null;
}
