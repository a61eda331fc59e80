/**
 * The naming rules as data (NAMING.md): what to flag, how bad it is, why, and what to write instead.
 * Phrases are matched after folding (case, width, 臺/台, spaces, hyphens), so each is listed once.
 */
import type { Rule } from './rule-schema';
import provinceOfChina from './rules/province-of-china.json';
import taiwanChina from './rules/taiwan-china.json';
import taipeiChina from './rules/taipei-china.json';
import chineseTaipei from './rules/chinese-taipei.json';
import underChina from './rules/under-china.json';
import prcRomanization from './rules/prc-romanization.json';

export type { Rule, RuleKind } from './rule-schema';

/**
 * The shipped rules, one data file each (utils/naming/rules/<id>.json), checked against the schema
 * by the tests (tests/unit/naming/rules.test.ts): a wrong file stops the build's tests, never a
 * page, and the content script carries no schema library to read its own data.
 */
export const RULE_FILES: readonly unknown[] = [provinceOfChina, taiwanChina, taipeiChina, chineseTaipei, underChina, prcRomanization];
export const RULES = RULE_FILES as readonly Rule[];

/**
 * Names that contain a flagged phrase but are right (NAMING.md "Not issues"). The matcher reads
 * them as one phrase, so "Republic of China (Taiwan)" never yields "China (Taiwan)".
 */
export const NOT_ISSUES: readonly string[] = [
  'Republic of China (Taiwan)', 'Republic of China, Taiwan', 'Republic of China on Taiwan', 'Republic of China',
  'ROC (Taiwan)', 'Taiwan (ROC)', 'Taiwan (R.O.C.)', 'China Airlines', 'China Steel', 'China Times', 'China Post',
  'China Medical University', 'China Development Financial', 'China Motor', 'China Life', 'China Petrochemical',
  'China Shipbuilding', 'China Television', 'China Trust', 'China Youth Corps', 'China Productivity Center',
  // a business region, not the country: "Greater China (including Taiwan)" is not a grouping under China
  'Greater China',
  '中華民國（台灣）', '中華民國台灣', '中華民國',
];

/**
 * Nouns that make a phrase ending in "Taiwan" a modifier, not a name for the country: "China's
 * Taiwan policy" is China's policy on Taiwan, "China's Taiwan Affairs Office" a PRC office.
 */
export const MODIFIED_NOUNS: readonly string[] = [
  'affairs', 'policy', 'policies', 'strategy', 'question', 'issue', 'problem', 'work', 'drills', 'threat', 'invasion',
  'blockade', 'ambitions', 'claims', 'claim', 'stance', 'rhetoric', 'relations', 'ties', 'tensions', 'trade', 'office',
  'strait', 'straits', 'plans', 'pressure', 'war', 'crisis', 'reunification', 'unification',
];

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
