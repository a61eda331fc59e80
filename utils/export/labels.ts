/** A note's values as a person reads them, in the chosen language: for the table, CSV and reports. */
import type { Note } from '../db/types';
import { KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS } from '../db/vocab';
import { t, type Lang } from '../i18n';
import { ORGS } from '../orgs/registry';
import { PLACES } from '../places/data';
import type { Rule } from '../naming/rules';
import { neutralizeBidi } from './bidi';

export function quoteOf(note: Note): string {
  return note.target.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
}

export const orgName = (id: string | null, lang: Lang) => (id ? (ORGS.find((o) => o.id === id)?.names[lang] ?? id) : t(lang, 'reportOtherSites'));
export const placeName = (id: string, lang: Lang) => PLACES.find((p) => p.id === id)?.names[lang] ?? id;
export const kindName = (n: Note, lang: Lang) => t(lang, KIND_LABELS[n.kind] ?? 'kindGeneral');
export const statusName = (n: Note, lang: Lang) => t(lang, STATUS_LABELS[n.status] ?? 'statusOpen');
export const severityName = (n: Note, lang: Lang) => (n.severity ? t(lang, SEVERITY_LABELS[n.severity]) : '');
/** The list separator of each language: 、 in Chinese. */
export const listOf = (items: string[], lang: Lang) => items.join(lang === 'zh-TW' ? '、' : ', ');

/** Shipped rule ids named as on the settings page (custom phrases by their phrase). */
export const RULE_LABELS: Record<string, Parameters<typeof t>[1]> = {
  'province-of-china': 'ruleLabelProvinceOfChina',
  'taiwan-china': 'ruleLabelTaiwanChina',
  'taipei-china': 'ruleLabelTaipeiChina',
  'chinese-taipei': 'ruleLabelChineseTaipei',
  'under-china': 'ruleLabelUnderChina',
  'prc-romanization': 'ruleLabelPrcRomanization',
};

export function ruleName(ruleId: string | undefined, lang: Lang, rules: readonly Rule[] = []): string {
  if (!ruleId) return '';
  const key = RULE_LABELS[ruleId];
  if (key) return t(lang, key);
  const rule = rules.find((r) => r.id === ruleId);
  return rule ? rule.phrases.join(' / ') : ruleId;
}

/** Local date and time in the user's language, and the same instant in ISO 8601 UTC. */
export const localTime = (ms: number, lang: Lang) => new Date(ms).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-TW', { dateStyle: 'medium', timeStyle: 'short' });
export const utcTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Text from a page or a file, safe to show: bidi controls made visible. */
export const shown = (s: string) => neutralizeBidi(s);

/** 「」 and a full-width colon in Chinese, “” and ': ' in English. */
export const quoted = (s: string, lang: Lang) => (lang === 'zh-TW' ? `「${s}」` : `“${s}”`);
export const colon = (lang: Lang) => (lang === 'zh-TW' ? '：' : ': ');
