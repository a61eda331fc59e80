import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRuleFolder } from '@/utils/naming/rule-folder';
import { RULES } from '@/utils/naming/rules';
import { compileMatcher } from '@/utils/naming/lexicon';

/** The build's config reads the rule folder itself (it runs outside the bundler): it must see the same rules the extension does. */
describe('the rule folder as the build reads it', () => {
  const folder = fileURLToPath(new URL('../../../utils/naming/rules/', import.meta.url));
  it('holds the same rules, in the same order, as the bundled rule set', () => {
    expect(readRuleFolder(folder).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(compileMatcher(readRuleFolder(folder))).toEqual(compileMatcher());
  });
});
