/**
 * Membership facts in words, with exactly the precision their sources give: "2006", "Sep 2009",
 * "1 Mar 2011"; "applied", "planned to apply", "listed as a member in a source of that date",
 * "re-elected". Nothing is rounded up into a "since" the sources do not say.
 */
import { t, type Lang } from '../i18n';
import type { Role, Stamp, Status } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2006" / "Sep 2009" / "1 Mar 2011"; "2009 年 9 月" in zh-TW. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh-TW') return `${y} 年${m ? ` ${m} 月` : ''}${d ? ` ${d} 日` : ''}`;
  return [d, m ? MONTHS[m - 1] : undefined, y].filter((x) => x !== undefined).join(' ');
}

const list = (items: string[], lang: Lang) => items.join(lang === 'en' ? ', ' : '、');

/** `subject`: a membership ("member since"), a full membership ("full member since") or a role ("since"). */
export function formatStamp(stamp: Stamp, lang: Lang, subject: 'membership' | 'full' | 'role' = 'membership'): string {
  const date = formatDate(stamp.date, lang);
  switch (stamp.kind) {
    case 'since':
      return t(lang, subject === 'membership' ? 'memberSince' : subject === 'full' ? 'fullMemberSince' : 'roleSince', date);
    case 'applied':
      return t(lang, 'stampApplied', date);
    case 'toApply':
      return t(lang, 'stampToApply', date);
    case 'listed':
      return t(lang, subject === 'role' ? 'roleListed' : 'stampListed', date);
    case 'reelected':
      return t(lang, 'stampReelected', date);
  }
}

/**
 * A membership's dated statements in order; listings side by side: "member (listed 2017, 2024)".
 * `full`: the sources say it is a full member ("applied Mar 2010; full member since May 2010").
 */
export function formatStatus(status: readonly Pick<Status, 'kind' | 'date'>[], lang: Lang, full = false): string {
  const parts: string[] = [];
  for (let i = 0; i < status.length; i++) {
    const s = status[i]!;
    if (s.kind !== 'listed') {
      parts.push(formatStamp(s, lang, full ? 'full' : 'membership'));
      continue;
    }
    const dates = [formatDate(s.date, lang)];
    while (status[i + 1]?.kind === 'listed') dates.push(formatDate(status[++i]!.date, lang));
    parts.push(t(lang, 'stampListed', list(dates, lang)));
  }
  return parts.join(lang === 'en' ? '; ' : '；');
}

/** "2016–2019" / "2016–2019 年"; "from Apr 2012" when open. */
export function formatTerm(term: NonNullable<Role['term']>, lang: Lang): string {
  if (!term.to) return t(lang, 'roleSince', formatDate(term.from, lang));
  if (/^\d{4}$/.test(term.from) && /^\d{4}$/.test(term.to)) return t(lang, 'termYears', term.from, term.to);
  return t(lang, 'termRange', formatDate(term.from, lang), formatDate(term.to, lang));
}

/** "UCLG ASPAC Council and Executive Bureau member (2020–2022; re-elected Feb 2021)" */
export function formatRole(role: Pick<Role, 'title' | 'term' | 'stamp'>, lang: Lang): string {
  const when = [role.term ? formatTerm(role.term, lang) : null, role.stamp ? formatStamp(role.stamp, lang, 'role') : null].filter(Boolean);
  if (when.length === 0) return role.title[lang];
  return lang === 'en' ? `${role.title.en} (${when.join('; ')})` : `${role.title['zh-TW']}（${when.join('；')}）`;
}
