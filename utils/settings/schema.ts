/**
 * The user's settings as valibot schemas, the source of their TypeScript types: what the dashboard
 * saves, what a backup may carry, and what the pages read. A value that is not exactly this shape
 * is refused at import and dropped (item by item) when read, so one bad record cannot hide the
 * panel or break the dashboard.
 */
import * as v from 'valibot';
import { SeveritySchema } from '../db/vocab';
import { PLACE_IDS } from '../places/ids';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const line = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const bilingual = v.object({ en: text(2000), 'zh-TW': text(2000) });
/** "2006", "2009-09" or "2011-03-01", a real date. */
export const SinceSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, year-month or date (2011, 2011-03, 2011-03-01)'),
);

export const CustomPhraseSchema = v.object({ phrase: line(200), severity: SeveritySchema, explanation: text(2000) });

/** An origin such as https://www.example.gov.tw: no path, no credentials, no other scheme. */
export const OriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'must be a web origin such as https://www.example.gov.tw'));

export const MembershipOverrideSchema = v.object({
  org: v.picklist(['iclei', 'citynet', 'uclg']),
  place: v.picklist(PLACE_IDS),
  since: v.nullable(SinceSchema),
  sinceNote: v.nullable(bilingual),
  type: v.nullable(text(200)),
  formerName: v.nullable(text(200)),
  roles: v.pipe(v.array(v.object({ title: bilingual, from: v.nullable(text(20)), to: v.nullable(text(20)), source: text(2000) })), v.maxLength(50)),
  notes: bilingual,
  sources: v.pipe(v.array(v.object({ ref: line(2000), label: line(2000) })), v.minLength(1, 'a correction needs a source'), v.maxLength(20)),
  lastChecked: v.pipe(v.string(), v.isoDate()),
});

export const RuleChoiceSchema = v.union([SeveritySchema, v.literal('off')]);

/** What is stored under SETTINGS_KEY (the language is kept under its own key). */
export const StoredSettingsSchema = v.object({
  rules: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,100}$/)), RuleChoiceSchema),
  customPhrases: v.pipe(v.array(CustomPhraseSchema), v.maxLength(500)),
  extraSites: v.pipe(v.array(OriginSchema), v.maxLength(200)),
  membershipOverrides: v.pipe(v.array(MembershipOverrideSchema), v.maxLength(500)),
});

export const LangSchema = v.picklist(['en', 'zh-TW']);

export type CustomPhrase = v.InferOutput<typeof CustomPhraseSchema>;
export type MembershipOverride = v.InferOutput<typeof MembershipOverrideSchema>;
export type StoredSettings = v.InferOutput<typeof StoredSettingsSchema>;
