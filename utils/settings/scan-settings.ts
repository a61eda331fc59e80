/**
 * What the page's scan reads of the user's settings: the rules as the user graded them, and their
 * own phrases as rules. No schema here: the content script loads this on every matched page, and
 * the settings it gets were read against the schemas by the background (user-settings.ts).
 */
import type { Severity } from '../db/types';
import { RULES, type Rule } from '../naming/rules';
import { compileMatcher, shippedMatcher, type CompiledMatcher } from '../naming/lexicon';
import type { UserSettings } from './user-settings';

export const DEFAULT_SETTINGS: UserSettings = { rules: {}, customPhrases: [], extraSites: [], membershipOverrides: [], ruleOverrides: [], lang: null };

/** The shipped rules as the imported packs changed them (without the pack each came from). */
export function shippedRulesFor(settings: Pick<UserSettings, 'ruleOverrides'>): Rule[] {
  const overrides = new Map(settings.ruleOverrides.map(({ pack: _pack, ...rule }) => [rule.id, rule]));
  return RULES.map((rule) => overrides.get(rule.id) ?? rule);
}

/** The user's rules differ from the shipped ones: the page needs a matcher of its own. */
export function hasOwnRules(settings: UserSettings): boolean {
  return settings.customPhrases.length > 0 || settings.ruleOverrides.length > 0;
}

/** The shipped rules (as packs changed them) plus one rule per custom phrase. */
export function rulesFor(settings: UserSettings): Rule[] {
  const custom: Rule[] = settings.customPhrases.map((p) => ({
    id: p.id,
    kind: 'custom',
    severity: p.severity,
    phrases: [p.phrase],
    checks: [],
    explanation: {
      en: p.explanation.en || p.explanation['zh-TW'] || p.phrase,
      'zh-TW': p.explanation['zh-TW'] || p.explanation.en || p.phrase,
    },
    suggestion: { en: 'Taiwan', 'zh-TW': '臺灣（Taiwan）' },
  }));
  return [...shippedRulesFor(settings), ...custom];
}

/**
 * The matcher a page is scanned with, as plain data (it crosses from the background to the page):
 * the shipped one, compiled at build time, or one for the user's own rules. The background gives
 * it: the content script carries neither the matcher nor its compiler nor the place spellings it
 * is built from, and reads it with `lexiconFrom(matcher, rulesFor(settings))`.
 */
export function scanMatcher(settings: UserSettings): CompiledMatcher {
  return hasOwnRules(settings) ? compileMatcher(rulesFor(settings)) : shippedMatcher();
}

/** The severity a rule has for this user, or null when it is turned off. */
export function severityFor(settings: UserSettings): (rule: Rule) => Severity | null {
  // A pack's severity stands in for the shipped one; the user's own choice comes first.
  const fromPack = new Map(settings.ruleOverrides.map((r) => [r.id, r.severity]));
  return (rule) => {
    const chosen = settings.rules[rule.id];
    if (chosen === 'off') return null;
    return chosen ?? fromPack.get(rule.id) ?? rule.severity;
  };
}
