import type { Severity } from '../db/types';
import type { PageSummary } from '../messaging/protocol';
import { t, type Lang } from '../i18n';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

// Same hues as the page underlines (Okabe–Ito), so the badge and the page agree.
const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '#d55e00',
  high: '#e69f00',
  medium: '#0072b2',
  low: '#666666',
};
const RECOGNIZED_COLOR = '#009e73';

/** The toolbar badge for a tab: open findings coloured by the worst, or a mark that the site was recognized. */
export function badgeFor(summary: PageSummary | null, lang: Lang): Badge | null {
  if (!summary) return null;
  const { open, worst } = summary.findings;
  const places = summary.places.reduce((n, p) => n + p.count, 0);
  const title = t(lang, 'badgeTitle', open, places);
  if (open > 0) return { text: open > 999 ? '999+' : String(open), color: SEVERITY_COLOR[worst ?? 'low'], title };
  if (summary.org) return { text: 'OK', color: RECOGNIZED_COLOR, title };
  return null;
}
