/**
 * The shipped rule files read from disk, for the build's own config (wxt.config.ts), which runs in
 * Node outside the bundler and so cannot collect them with import.meta.glob as utils/naming/rules.ts
 * does. Each is checked against the schema, naming the file and the field when it is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataFile } from '../data-check';
import { RuleSchema, type Rule } from './rule-schema';

export function readRuleFolder(folder: string): Rule[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseDataFile(RuleSchema, JSON.parse(readFileSync(join(folder, f), 'utf8')), `utils/naming/rules/${f}`));
}
