import { describe, expect, it } from 'vitest';
import { mayMatch, scanText } from '@/utils/naming/engine';
import { textIndexFromString } from '@/utils/dom/text-index';
import * as v from 'valibot';
import { EXCEPTION_EXAMPLES, RULE_FILES, RULES } from '@/utils/naming/rules';
import { RuleSchema } from '@/utils/naming/rule-schema';

/**
 * Each rule carries its own examples (utils/naming/rules.ts): texts that must produce it and texts
 * that must not, the way LanguageTool and Vale keep theirs. One table runs them all.
 */
const rulesFound = (text: string) => new Set(scanText(textIndexFromString(text)).findings.map((f) => f.ruleId));

const produce = RULES.flatMap((r) => (r.examples?.produce ?? []).map((text) => [r.id, text] as const));
const notProduce = RULES.flatMap((r) => (r.examples?.notProduce ?? []).map((text) => [r.id, text] as const));

describe('rule examples', () => {
  it('every rule has examples both ways, explanations and suggestions in both languages', () => {
    for (const r of RULES) {
      expect(r.examples?.produce.length, r.id).toBeGreaterThan(0);
      expect(r.examples?.notProduce.length, r.id).toBeGreaterThan(0);
      for (const lang of ['en', 'zh-TW'] as const) {
        expect(r.explanation[lang].length, `${r.id} ${lang}`).toBeGreaterThan(10);
        expect(r.suggestion[lang].length, `${r.id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });
  it.each(produce)('%s: produced by %j', (id, text) => expect(rulesFound(text).has(id)).toBe(true));
  // The page's text is read for any phrase before it is walked: every example must get through.
  it.each(produce)('%s: %j gets past the first read (mayMatch)', (_id, text) => expect(mayMatch(text)).toBe(true));
  it.each(notProduce)('%s: not produced by %j', (id, text) => expect(rulesFound(text).has(id)).toBe(false));
  it.each(EXCEPTION_EXAMPLES)('a right name (utils/naming/exceptions.json): no finding in %j', (text) => expect([...rulesFound(text)]).toEqual([]));
});

describe('rule data files', () => {
  it('each file passes the rule schema as it is (the pages read the files unchecked)', () => {
    for (const file of RULE_FILES) {
      const parsed = v.safeParse(RuleSchema, file);
      expect(parsed.issues?.[0]?.message, (file as { id?: string }).id).toBeUndefined();
      // Nothing the schema would fill in or drop: what pages read is what was checked.
      expect(parsed.output).toEqual(file);
    }
  });
  it('each file is named by its rule id, and every id and phrase is used once', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(new URL('../../../utils/naming/rules/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(RULES.map((r) => `${r.id}.json`).sort());
    const phrases = RULES.flatMap((r) => r.phrases.map((p) => p.toLowerCase()));
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });
});
