/**
 * The user's settings as valibot schemas, the source of their TypeScript types: what the dashboard
 * saves, what a backup may carry, and what the pages read. A value that is not exactly this shape
 * is refused at import and dropped (item by item) when read, so one bad record cannot hide the
 * panel or break the dashboard.
 */
import * as v from 'valibot';
import { SeveritySchema } from '../db/vocab';
import { MembershipSchema, type Membership } from '../memberships/schema';
import { LegacyMembershipSchema } from '../memberships/overrides';
import { RuleSchema } from '../naming/rule-schema';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const line = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const BilingualSchema = v.object({ en: text(2000), 'zh-TW': text(2000) });
const PhraseIdSchema = v.pipe(v.string(), v.regex(/^custom-[\w-]{1,40}$/, 'must be custom- and letters, digits or dashes'));
/**
 * A phrase of the user's as stored: its stable id and an explanation in both languages. Settings
 * written before ids and bilingual explanations (no id, one text) are read too, and upgraded by
 * user-settings.ts (the id their rule had then: custom-<position>).
 */
/** Where a phrase came from when it arrived in a rule pack (utils/settings/rule-pack.ts). */
export const PackMetaSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.-]{0,60}$/, 'must be lower-case letters, digits, dots or dashes')),
  version: v.pipe(v.string(), v.regex(/^\d{1,4}(\.\d{1,4}){0,2}$/, 'must be a version such as 1.2.0')),
  publisher: line(200),
  date: v.pipe(v.string(), v.isoDate('must be a date such as 2026-11-25')),
});
export const StoredPhraseSchema = v.object({
  id: PhraseIdSchema,
  phrase: line(200),
  severity: SeveritySchema,
  explanation: BilingualSchema,
  pack: v.optional(PackMetaSchema),
});
export const CustomPhraseSchema = v.object({
  pack: v.optional(PackMetaSchema),
  id: v.optional(PhraseIdSchema),
  phrase: line(200),
  severity: SeveritySchema,
  explanation: v.union([text(2000), BilingualSchema]),
});

/**
 * A shipped rule as a rule pack changed it (a ministry-reviewed pack re-grading it, adding phrases
 * or examples): the whole rule, and the pack it came from. Kept by rule id; removing it brings the
 * shipped rule back. The pack's id, version and date are what a team server would sync on.
 */
// Pure: the content script, which never reads stored settings itself, leaves it out.
export const RuleOverrideSchema = /* @__PURE__ */ v.intersect([RuleSchema, v.object({ pack: PackMetaSchema })]);

/** An origin such as https://www.example.gov.tw: no path, no credentials, no other scheme. */
export const OriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'must be a web origin such as https://www.example.gov.tw'));

/**
 * A correction as a backup may carry it: the current shape (memberships/schema), or the older one
 * that is upgraded on reading (memberships/overrides).
 */
export const MembershipOverrideSchema = v.union([MembershipSchema, LegacyMembershipSchema]);

export const RuleChoiceSchema = v.union([SeveritySchema, v.literal('off')]);

/** What is stored under SETTINGS_KEY (the language is kept under its own key). */
export const StoredSettingsSchema = v.object({
  rules: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,100}$/)), RuleChoiceSchema),
  customPhrases: v.pipe(v.array(CustomPhraseSchema), v.maxLength(500)),
  extraSites: v.pipe(v.array(OriginSchema), v.maxLength(200)),
  membershipOverrides: v.pipe(v.array(MembershipOverrideSchema), v.maxLength(500)),
  ruleOverrides: v.optional(v.pipe(v.array(RuleOverrideSchema), v.maxLength(50)), []),
});

export const LangSchema = v.picklist(['en', 'zh-TW']);

export type CustomPhrase = v.InferOutput<typeof StoredPhraseSchema>;
export type RuleOverride = v.InferOutput<typeof RuleOverrideSchema>;
/** Settings once read: every correction in the current shape. */
export type StoredSettings = Omit<v.InferOutput<typeof StoredSettingsSchema>, 'membershipOverrides' | 'customPhrases'> & {
  membershipOverrides: Membership[];
  customPhrases: CustomPhrase[];
};
