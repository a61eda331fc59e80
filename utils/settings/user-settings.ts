/**
 * The user's settings: rules turned off or re-graded, phrases of their own to flag, extra sites
 * to run on, and corrections to the membership data. Kept in the database's `settings` table
 * (so backups carry them) under one key.
 */
import * as v from 'valibot';
import type { Severity } from '../db/types';
import { readOverrides } from '../memberships/overrides';
import { RULES, type Rule } from '../naming/rules';
import type { Lang } from '../i18n';
import { CustomPhraseSchema, OriginSchema, RuleChoiceSchema, RuleOverrideSchema, type CustomPhrase, type RuleOverride, type StoredSettings } from './schema';

export type { CustomPhrase, RuleOverride } from './schema';

/** A new phrase's id: random, so deleting or reordering phrases never renames another. */
export function newPhraseId(random: () => string = () => crypto.randomUUID()): string {
  return `custom-${random().replace(/-/g, '').slice(0, 12)}`;
}

/**
 * The user's phrases, repaired: settings written before phrases had ids get the id their rule had
 * then (`custom-<position>`), so notes and dismissals made with it still point at it; an
 * explanation written as one text serves both languages.
 */
function readPhrases(value: unknown): CustomPhrase[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: CustomPhrase[] = [];
  value.forEach((item, i) => {
    const r = v.safeParse(CustomPhraseSchema, item);
    if (!r.success) return;
    const p = r.output;
    let id = p.id ?? `custom-${i}`;
    if (seen.has(id)) id = newPhraseId();
    seen.add(id);
    const explanation = typeof p.explanation === 'string' ? { en: p.explanation, 'zh-TW': p.explanation } : p.explanation;
    out.push({ id, phrase: p.phrase, severity: p.severity, explanation, ...(p.pack ? { pack: p.pack } : {}) });
  });
  return out;
}

export type UserSettings = StoredSettings & {
  /** the language chosen in the dashboard; null: the browser's */
  lang: Lang | null;
};


export const SETTINGS_KEY = 'user-settings';
export const DEFAULT_SETTINGS: UserSettings = { rules: {}, customPhrases: [], extraSites: [], membershipOverrides: [], ruleOverrides: [], lang: null };
/** The dashboard keeps the language under its own key (it predates the other settings). */
export const LANG_KEY = 'lang';

/** Items of `list` that match `schema`; anything else is dropped, never passed on. */
function valid<S extends v.GenericSchema>(schema: S, list: unknown): v.InferOutput<S>[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const r = v.safeParse(schema, item);
    return r.success ? [r.output] : [];
  });
}

/** A pack's changes to shipped rules, each only while it still names a shipped rule of the same kind, once. */
function readRuleOverrides(list: unknown): RuleOverride[] {
  const seen = new Set<string>();
  return valid(RuleOverrideSchema, list).filter((r) => {
    const shipped = RULES.find((s) => s.id === r.id);
    if (!shipped || shipped.kind !== r.kind || seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}

/** Whatever is stored, read item by item against the schemas: one bad record drops itself only. */
export function withDefaults(value: unknown): UserSettings {
  const s = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const rules: UserSettings['rules'] = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [id, choice] of Object.entries(s.rules)) {
      const r = v.safeParse(RuleChoiceSchema, choice);
      if (r.success && /^[a-z0-9-]{1,100}$/.test(id)) rules[id] = r.output;
    }
  }
  return {
    rules,
    customPhrases: readPhrases(s.customPhrases),
    extraSites: valid(OriginSchema, s.extraSites),
    // Corrections of the older shape are upgraded here (see memberships/overrides); bad ones dropped.
    membershipOverrides: readOverrides(s.membershipOverrides),
    ruleOverrides: readRuleOverrides(s.ruleOverrides),
    lang: s.lang === 'en' || s.lang === 'zh-TW' ? s.lang : null,
  };
}

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

/** A site the user added, as an origin; null when it is not a web origin. */
export function siteOrigin(input: string): string | null {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
