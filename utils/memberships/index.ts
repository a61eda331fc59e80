/**
 * Taiwan's memberships in the organizations, as data with a source for every fact
 * (memberships.json, built from ../shared/DOMAIN.md and the seed documents).
 */
import type { OrgId } from '../orgs/registry';
import type { PlaceId } from '../places/ids';
import raw from './memberships.json';

export interface Bilingual {
  en: string;
  'zh-TW': string;
}
export interface Source {
  /** a seed file name or a URL */
  ref: string;
  label: string;
}
export interface Role {
  title: Bilingual;
  from: string | null;
  to: string | null;
  source: string;
}
export interface Membership {
  org: OrgId;
  place: PlaceId;
  /** "2006", "2009-09" or "2011-03-01"; null when the sources do not say */
  since: string | null;
  sinceNote: Bilingual | null;
  type: string | null;
  formerName: string | null;
  roles: Role[];
  notes: Bilingual;
  sources: Source[];
  /** ISO date the facts were last checked against their sources */
  lastChecked: string;
}

export const MEMBERSHIPS = raw as Membership[];

const sinceOrder = (m: Membership) => m.since ?? '9999';

export function membersOf(org: OrgId, data: readonly Membership[] = MEMBERSHIPS): Membership[] {
  return data.filter((m) => m.org === org).sort((a, b) => sinceOrder(a).localeCompare(sinceOrder(b)));
}

export function membershipsOf(place: PlaceId, data: readonly Membership[] = MEMBERSHIPS): Membership[] {
  return data.filter((m) => m.place === place);
}

/** The user's corrections over the shipped data: same org and place replaces, others add. */
export function withOverrides(base: readonly Membership[], overrides: readonly Membership[]): Membership[] {
  const key = (m: Membership) => `${m.org}/${m.place}`;
  const over = new Map(overrides.map((m) => [key(m), m]));
  const merged = base.map((m) => over.get(key(m)) ?? m);
  const seen = new Set(base.map(key));
  return [...merged, ...overrides.filter((m) => !seen.has(key(m)))];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatSince(since: string | null, lang: 'en' | 'zh-TW'): string {
  if (!since) return lang === 'en' ? 'unknown' : '不詳';
  const [y, m, d] = since.split('-').map(Number);
  if (lang === 'zh-TW') return `${y} 年${m ? ` ${m} 月` : ''}${d ? ` ${d} 日` : ''}`;
  return [d, m ? MONTHS[m - 1] : undefined, y].filter((x) => x !== undefined).join(' ');
}
