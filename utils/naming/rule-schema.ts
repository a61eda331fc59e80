/**
 * A naming rule as data (utils/naming/rules/<id>.json): what a policy officer reviews. The schema
 * is the source of the Rule type; every shipped file is checked against it when it is loaded.
 */
import * as v from 'valibot';
import { SeveritySchema } from '../db/vocab';

export const RULE_KINDS = ['province-of-china', 'taiwan-china', 'under-china', 'taipei-china', 'chinese-taipei', 'prc-romanization', 'custom'] as const;

/**
 * The context checks a rule uses, by name (utils/naming/engine.ts, structure.ts, records.ts):
 * - reads-as-list: "China, Taiwan and Japan" is a list of countries, not "China, Taiwan"
 * - not-the-name: "China–Taiwan relations", "China's Taiwan policy", 在中國台灣人 are not names
 * - next-to-china, labelled-line, tab-row, text-heading: a place next to "China", in a "China:"
 *   line, a tab-separated row or under a plain-text heading that says China
 * - table-row, heading, record, definition-list, option-group: the same in the page's structure
 * - grouping: "China (including … Chinese Taipei)"
 * - look-alike, surname: a name shared with a place in the PRC, or a person's given name
 */
export const CHECKS = [
  'reads-as-list', 'not-the-name', 'next-to-china', 'labelled-line', 'tab-row', 'text-heading', 'table-row', 'heading', 'record',
  'definition-list', 'option-group', 'grouping', 'look-alike', 'surname',
] as const;

const Bilingual = v.object({ en: v.pipe(v.string(), v.minLength(1)), 'zh-TW': v.pipe(v.string(), v.minLength(1)) });

export const RuleSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)),
  kind: v.picklist(RULE_KINDS),
  severity: SeveritySchema,
  /** literal phrases in every language, matched after folding (case, width, 臺/台, spaces, hyphens, accents) */
  phrases: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  checks: v.optional(v.array(v.picklist(CHECKS)), []),
  explanation: Bilingual,
  /** `<place>` stands for the place's name */
  suggestion: Bilingual,
  /** texts that must produce this rule, and texts that must not (run by tests/unit/naming/rules.test.ts) */
  examples: v.optional(v.object({ produce: v.array(v.string()), notProduce: v.array(v.string()) })),
});

export type Rule = v.InferOutput<typeof RuleSchema>;
export type RuleKind = Rule['kind'];

/**
 * Right names that contain a flagged phrase, and nouns that make "…Taiwan" a modifier
 * (utils/naming/exceptions.json): reviewed like the rules, with texts that must yield no finding.
 */
export const NamingExceptionsSchema = v.object({
  /** NAMING.md "Not issues": read as one phrase, so "Republic of China (Taiwan)" never yields "China (Taiwan)" */
  notIssues: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  /** "China's Taiwan policy" is China's policy on Taiwan: a noun after "Taiwan" that makes it a modifier */
  modifiedNouns: v.array(v.pipe(v.string(), v.regex(/^\p{Ll}+$/u))),
  examples: v.optional(v.object({ notProduce: v.array(v.string()) })),
});
