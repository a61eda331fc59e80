/**
 * The naming rules as data (NAMING.md): what to flag, how bad it is, why, and what to write instead.
 * Phrases are matched after folding (case, width, 臺/台, spaces, hyphens), so each is listed once.
 */
import { parseDataFile } from '../data-check';
import type * as v from 'valibot';
import { NamingExceptionsSchema, RuleSchema, type Rule } from './rule-schema';
import exceptionsFile from './exceptions.json';

export type { Rule, RuleKind } from './rule-schema';

/**
 * The shipped rules, one data file each (utils/naming/rules/<id>.json), collected by the bundler
 * (Vite in the build, Vitest in the tests): a new file is a new rule, with no line of code. They
 * are checked against the schema by the build (for the content script, wxt.config.ts) or as they
 * load: a wrong file stops the build and its tests, never a page. The build's own config runs
 * outside a bundler, finds none here, and reads the folder itself (readRuleFolder).
 */
function ruleFiles(): unknown[] {
  try {
    return Object.values(import.meta.glob('./rules/*.json', { eager: true, import: 'default' }));
  } catch {
    return [];
  }
}
export const RULE_FILES: readonly unknown[] = ruleFiles();
declare const __TCL_DATA_CHECKED__: boolean | undefined;
const checked = typeof __TCL_DATA_CHECKED__ !== 'undefined';
export const RULES: readonly Rule[] = checked ? (RULE_FILES as unknown as Rule[]) : RULE_FILES.map((file) => parseDataFile(RuleSchema, file, `utils/naming/rules/${(file as { id?: string }).id}.json`));

const exceptions = checked ? (exceptionsFile as unknown as v.InferOutput<typeof NamingExceptionsSchema>) : parseDataFile(NamingExceptionsSchema, exceptionsFile, 'utils/naming/exceptions.json');

/**
 * Names that contain a flagged phrase but are right (NAMING.md "Not issues"), from
 * utils/naming/exceptions.json. The matcher reads them as one phrase, so "Republic of China
 * (Taiwan)" never yields "China (Taiwan)".
 */
export const NOT_ISSUES: readonly string[] = exceptions.notIssues;

/**
 * Nouns that make a phrase ending in "Taiwan" a modifier, not a name for the country: "China's
 * Taiwan policy" is China's policy on Taiwan, "China's Taiwan Affairs Office" a PRC office.
 */
export const MODIFIED_NOUNS: readonly string[] = exceptions.modifiedNouns;

/** Texts that must yield no finding at all (run by tests/unit/naming/rules.test.ts). */
export const EXCEPTION_EXAMPLES: readonly string[] = exceptions.examples?.notProduce ?? [];

/** Second words of the "China …" names above: "KAOHSIUNG, CHINA STEEL" is the company even in capitals. */
export const CHINA_NAME_WORDS: ReadonlySet<string> = new Set(
  NOT_ISSUES.filter((p) => /^China /.test(p)).map((p) => p.split(' ')[1]!.toLowerCase()),
);

const byId = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown naming rule ${id}`);
  return rule;
}
