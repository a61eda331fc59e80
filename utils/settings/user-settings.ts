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
  /** stable: the rule's id in findings, notes and dismissals; never reused when another phrase is deleted */
  id: string;
  phrase: string;
  severity: Severity;
  /** why it is a problem, in both languages (one may be empty: the other is shown) */
  explanation: { en: string; 'zh-TW': string };
}

const SEVERITY_NAMES: readonly string[] = ['critical', 'high', 'medium', 'low'];

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
  value.forEach((p: Partial<CustomPhrase> & { explanation?: unknown }, i) => {
    if (typeof p?.phrase !== 'string' || p.phrase.trim() === '') return;
    let id = typeof p.id === 'string' && /^custom-[\w-]{1,40}$/.test(p.id) ? p.id : `custom-${i}`;
    if (seen.has(id)) id = newPhraseId();
    seen.add(id);
    const e = p.explanation as unknown;
    const explanation =
      typeof e === 'string'
        ? { en: e, 'zh-TW': e }
        : e && typeof e === 'object'
          ? { en: String((e as Record<string, unknown>).en ?? ''), 'zh-TW': String((e as Record<string, unknown>)['zh-TW'] ?? '') }
          : { en: '', 'zh-TW': '' };
    const severity = SEVERITY_NAMES.includes(p.severity as string) ? (p.severity as Severity) : 'medium';
    out.push({ id, phrase: p.phrase, severity, explanation });
  });
  return out;
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
    customPhrases: readPhrases(v.customPhrases),
    extraSites: Array.isArray(v.extraSites) ? v.extraSites.filter((s) => typeof s === 'string') : [],
    // Corrections of the older shape are upgraded here (see memberships/overrides).
    membershipOverrides: readOverrides(v.membershipOverrides),
    lang: v.lang === 'en' || v.lang === 'zh-TW' ? v.lang : null,
  };
}

/** The shipped rules plus one rule per custom phrase. */
export function rulesFor(settings: UserSettings): Rule[] {
  const custom: Rule[] = settings.customPhrases.map((p) => ({
    id: p.id,
    kind: 'custom',
    severity: p.severity,
    phrases: [p.phrase],
    explanation: {
      en: p.explanation.en || p.explanation['zh-TW'] || p.phrase,
      'zh-TW': p.explanation['zh-TW'] || p.explanation.en || p.phrase,
    },
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
