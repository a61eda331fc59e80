/** Membership facts shaped for the panel, the hover card and the popup. */
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { ORGS, type OrgId } from '../orgs/registry';
import { formatSince, membersOf, membershipsOf, MEMBERSHIPS, type Membership } from '../memberships';
import { placeById, PLACES } from '../places/data';
import type { PlaceId } from '../places/ids';
import type { CardContent, MembershipView, SourceView } from './views';

export function placeDisplayName(id: string, lang: Lang): string {
  const place = PLACES.find((p) => p.id === id);
  return place ? place.names[lang] : id;
}

function sourceView(ref: string, label: string): SourceView {
  return { label, href: /^https?:\/\//.test(ref) ? ref : null };
}

function view(m: Membership, lang: Lang): MembershipView {
  const org = ORGS.find((o) => o.id === m.org)!;
  const since = formatSince(m.since, lang) + (m.sinceNote ? ` (${m.sinceNote[lang]})` : '');
  const roles = m.roles.map((r) => (r.from ? `${r.title[lang]} (${r.from}${r.to && r.to !== r.from ? `–${r.to}` : ''})` : r.title[lang]));
  const former = m.formerName ? (lang === 'en' ? `joined as ${m.formerName}` : `以${m.formerName}名義加入`) : '';
  return {
    orgId: m.org,
    orgName: org.names[lang],
    placeId: m.place,
    placeName: placeById(m.place).names[lang],
    since: since === 'unknown' ? t(lang, 'unknownDate') : since,
    roles,
    notes: [former, m.notes[lang]].filter(Boolean).join('; '),
    sources: m.sources.map((s) => sourceView(s.ref, s.label)),
  };
}

export function membersView(org: OrgId, lang: Lang, data: readonly Membership[] = MEMBERSHIPS): MembershipView[] {
  return membersOf(org, data).map((m) => view(m, lang));
}

/** The hover card of a mention: every candidate place's names and memberships in all three organizations. */
export function placeCardView(ids: readonly PlaceId[], lang: Lang, data: readonly Membership[] = MEMBERSHIPS): CardContent {
  const places = ids.map(placeById);
  const other = lang === 'en' ? 'zh-TW' : 'en';
  return {
    type: 'place',
    placeIds: [...ids],
    name: places.map((p) => p.names[lang]).join(' / '),
    otherNames: places.map((p) => p.names[other]),
    memberships: ids.flatMap((id) => membershipsOf(id, data).map((m) => view(m, lang))),
  };
}
