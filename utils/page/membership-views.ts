/** Membership facts shaped for the panel, the hover card and the report: each fact in words, with its evidence. */
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { ORGS, type OrgId } from '../orgs/registry';
import { membersOf, membershipsOf, sourceById, type Evidence, type Membership, type MembershipData, type Source } from '../memberships';
import { formatDate, formatRole, formatStatus } from '../memberships/format';
import { placeById, PLACES } from '../places/data';
import type { PlaceId } from '../places/ids';
import type { CardContent, EvidenceView, FactView, MembershipView, SourceView } from './views';

export function placeDisplayName(id: string, lang: Lang): string {
  const place = PLACES.find((p) => p.id === id);
  return place ? place.names[lang] : id;
}

const isWeb = (s: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(s);

/** A catalogued source in full; a user's own citation as typed (a link when it is a URL). */
export function sourceView(id: string, lang: Lang, sources: readonly Source[]): SourceView {
  const s = sourceById(id, sources);
  if (!s) return { title: id, gloss: '', publisher: '', date: null, href: isWeb(id) ? id : null, checked: null };
  return {
    title: s.title,
    gloss: s.gloss[lang],
    publisher: s.publisher[lang],
    date: s.date ? formatDate(s.date, lang) : null,
    href: s.url && isWeb(s.url) ? s.url : null,
    checked: s.checked ? formatDate(s.checked, lang) : null,
  };
}

function evidenceView(e: Evidence, lang: Lang, sources: readonly Source[]): EvidenceView {
  return { quote: e.quote, quoteLang: sourceById(e.source, sources)?.lang ?? null, source: sourceView(e.source, lang, sources) };
}

/** The same sentence from the same source, once. */
const unique = (list: readonly Evidence[]) => list.filter((e, i) => list.findIndex((x) => x.source === e.source && x.quote === e.quote) === i);

export function membershipView(m: Membership, lang: Lang, sources: readonly Source[]): MembershipView {
  const fact = (text: string, evidence: readonly Evidence[]): FactView => ({ text, evidence: evidence.map((e) => evidenceView(e, lang, sources)) });
  const org = ORGS.find((o) => o.id === m.org)!;
  // "Full member" joins the date it qualifies when the sources give one: "full member since 2008".
  const fullSince = m.type?.value === 'full' && m.status.some((s) => s.kind === 'since');
  const details: FactView[] = [];
  if (m.type && !fullSince) details.push(fact(t(lang, 'memberTypeFull'), m.type.evidence));
  if (m.formerName) details.push(fact(t(lang, 'memberFormerName', m.formerName.value[lang]), m.formerName.evidence));
  const statusEvidence = [...m.status.flatMap((s) => s.evidence), ...(fullSince ? m.type!.evidence : [])];
  return {
    orgId: m.org,
    orgName: org.names[lang],
    placeId: m.place,
    placeName: placeById(m.place).names[lang],
    status: fact(formatStatus(m.status, lang, fullSince), unique(statusEvidence)),
    details,
    roles: m.roles.map((r) => fact(formatRole(r, lang), r.evidence)),
    notes: m.notes.map((n) => fact(n.text[lang], n.evidence)),
    byUser: m.byUser === true,
  };
}

export function membersView(org: OrgId, lang: Lang, data: MembershipData): MembershipView[] {
  return membersOf(org, data.memberships).map((m) => membershipView(m, lang, data.sources));
}

/** The hover card of a mention: every candidate place's names and memberships in all three organizations. */
export function placeCardView(ids: readonly PlaceId[], lang: Lang, data: MembershipData): CardContent {
  const places = ids.map(placeById);
  const other = lang === 'en' ? 'zh-TW' : 'en';
  return {
    type: 'place',
    placeIds: [...ids],
    name: places.map((p) => p.names[lang]).join(' / '),
    otherNames: places.map((p) => p.names[other]),
    memberships: ids.flatMap((id) => membershipsOf(id, data.memberships).map((m) => membershipView(m, lang, data.sources))),
  };
}
