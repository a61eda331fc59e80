/**
 * The user's settings: rules turned off or re-graded, phrases of their own to flag, extra sites
 * to run on, and corrections to the membership data. Kept in the database's `settings` table
 * (so backups carry them) under one key.
 */
import * as v from 'valibot';
import { readOverrides } from '../memberships/overrides';
import type { Lang } from '../i18n';
import { RULES } from '../naming/rules';
import { CustomPhraseSchema, OriginSchema, RuleChoiceSchema, RuleOverrideSchema, type CustomPhrase, type RuleOverride, type StoredSettings } from './schema';

export type { CustomPhrase, RuleOverride } from './schema';
// What the page's scan reads of the settings, in a module without the schemas (the content script's size).
export { DEFAULT_SETTINGS, hasOwnRules, rulesFor, severityFor, shippedRulesFor } from './scan-settings';

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

/** A site the user added, as an origin; null when it is not a web origin. */
export function siteOrigin(input: string): string | null {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
