/**
 * The user's settings: rules turned off or re-graded, phrases of their own to flag, extra sites
 * to run on, and corrections to the membership data. Kept in the database's `settings` table
 * (so backups carry them) under one key.
 */
import type { Severity } from '../db/types';
import type { Membership } from '../memberships';
import { readOverrides } from '../memberships/overrides';
import { RULES, type Rule } from '../naming/rules';
import type { Lang } from '../i18n';

export interface CustomPhrase {
  phrase: string;
  severity: Severity;
  explanation: string;
}

export interface UserSettings {
  rules: Record<string, Severity | 'off'>;
  customPhrases: CustomPhrase[];
  /** origins such as "https://www.example.gov.tw" */
  extraSites: string[];
  membershipOverrides: Membership[];
  /** the language chosen in the dashboard; null: the browser's */
  lang: Lang | null;
}

export const SETTINGS_KEY = 'user-settings';
export const DEFAULT_SETTINGS: UserSettings = { rules: {}, customPhrases: [], extraSites: [], membershipOverrides: [], lang: null };
/** The dashboard keeps the language under its own key (it predates the other settings). */
export const LANG_KEY = 'lang';

export function withDefaults(value: unknown): UserSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<UserSettings>;
  return {
    rules: v.rules && typeof v.rules === 'object' ? v.rules : {},
    customPhrases: Array.isArray(v.customPhrases) ? v.customPhrases.filter((p) => typeof p?.phrase === 'string' && p.phrase.trim() !== '') : [],
    extraSites: Array.isArray(v.extraSites) ? v.extraSites.filter((s) => typeof s === 'string') : [],
    // Corrections of the older shape are upgraded here (see memberships/overrides).
    membershipOverrides: readOverrides(v.membershipOverrides),
    lang: v.lang === 'en' || v.lang === 'zh-TW' ? v.lang : null,
  };
}

/** The shipped rules plus one rule per custom phrase. */
export function rulesFor(settings: UserSettings): Rule[] {
  const custom: Rule[] = settings.customPhrases.map((p, i) => ({
    id: `custom-${i}`,
    kind: 'custom',
    severity: p.severity,
    phrases: [p.phrase],
    explanation: { en: p.explanation || p.phrase, 'zh-TW': p.explanation || p.phrase },
    suggestion: { en: 'Taiwan', 'zh-TW': '臺灣（Taiwan）' },
  }));
  return [...RULES, ...custom];
}

/** The severity a rule has for this user, or null when it is turned off. */
export function severityFor(settings: UserSettings): (rule: Rule) => Severity | null {
  return (rule) => {
    const chosen = settings.rules[rule.id];
    if (chosen === 'off') return null;
    return chosen ?? rule.severity;
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
