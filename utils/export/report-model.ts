/**
 * What a report for a letter of protest says, once, for both the HTML and the Word document: a
 * summary with labelled numbers and a list of exhibits, then per page each concern with its quote
 * in context, the rule's explanation (the ministry's position), the suggested wording, the places'
 * memberships (the user's corrections applied) and its screenshots as numbered exhibits, latest
 * first. Text from pages is passed with its bidi controls made visible.
 */
import type { Note } from '../db/types';
import { t, type Lang } from '../i18n';
import { membershipsOf, type Membership, type MembershipData } from '../memberships';
import { membershipData } from '../memberships/data';
import { membershipView } from '../page/membership-views';
import { RULES, type Rule } from '../naming/rules';
import { isPlaceId, type PlaceId } from '../places/ids';
import { neutralizeBidi as safe } from './bidi';
import { colon, kindName, listOf, quoted, localTime, orgName, placeName, quoteOf, ruleName, severityName, statusName, utcTime } from './labels';

export interface ReportShot {
  noteId: string;
  capturedAt: number;
  url: string;
  mimeType: string;
  /** data: URL (HTML) */
  dataUrl: string;
  /** the image's bytes (Word) */
  bytes: Uint8Array;
}

export interface ReportInput {
  notes: readonly Note[];
  screenshots: readonly ReportShot[];
  lang: Lang;
  generatedAt: number;
  /** the user's membership corrections (settings) */
  overrides?: readonly Membership[];
  /** shipped rules and the user's own phrases */
  rules?: readonly Rule[];
}

export interface Exhibit {
  number: number;
  shot: ReportShot;
  caption: string;
  /** the concern it belongs to, for the list of exhibits */
  about: string;
}

export interface MembershipLine {
  text: string;
  corrected: boolean;
  sources: { label: string; href: string | null }[];
}

export interface Concern {
  id: string;
  /** the organization whose page it is: the memberships shown are in that organization */
  org: Note['org'];
  meta: string;
  quote: { before: string; exact: string; after: string } | null;
  rule: string;
  explanation: string;
  suggestion: string;
  body: string;
  tags: string;
  memberships: MembershipLine[];
  /** the note's places, for the HTML's own membership display (report-memberships) */
  places: PlaceId[];
  exhibits: Exhibit[];
  noScreenshot: boolean;
}

export interface ReportModel {
  lang: Lang;
  /** the shipped memberships with the user's corrections over them */
  data: MembershipData;
  title: string;
  generated: string;
  figures: { label: string; value: string }[];
  tables: { caption: string; rows: [string, number][] }[];
  exhibits: Exhibit[];
  sections: { org: string; pages: { title: string; url: string; href: string | null; concerns: Concern[] }[] }[];
}

function counts(notes: readonly Note[], key: (n: Note) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const n of notes) m.set(key(n), (m.get(key(n)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

const CONTEXT = 80;
export { colon, quoted };
const href = (url: string) => (/^https?:\/\//i.test(url) ? url : null);

function membershipLines(note: Note, lang: Lang, data: MembershipData): MembershipLine[] {
  return note.places.filter(isPlaceId).flatMap((id) =>
    membershipsOf(id, data.memberships).filter((m) => !note.org || m.org === note.org).map((m) => {
      const view = membershipView(m, lang, data.sources);
      const roles = view.roles.map((r) => r.text);
      return {
        text: `${placeName(id, lang)}${colon(lang)}${view.orgName}${lang === 'zh-TW' ? '，' : ', '}${view.status.text}${roles.length ? ` (${listOf(roles, lang)})` : ''}`,
        corrected: view.byUser,
        sources: [...new Map(view.status.evidence.map((e) => [e.source.title, { label: e.source.title, href: href(e.source.href ?? '') }])).values()],
      };
    }),
  );
}

export function reportModel({ notes, screenshots, lang, generatedAt, overrides = [], rules = RULES }: ReportInput): ReportModel {
  const live = notes.filter((n) => !n.deletedAt);
  const data = membershipData(overrides);
  const shotsOf = (id: string) => screenshots.filter((s) => s.noteId === id).sort((a, b) => b.capturedAt - a.capturedAt);
  const groups = new Map<string, Map<string, Note[]>>();
  for (const n of live) {
    const org = groups.get(n.org ?? '') ?? new Map<string, Note[]>();
    org.set(n.url, [...(org.get(n.url) ?? []), n]);
    groups.set(n.org ?? '', org);
  }
  const exhibits: Exhibit[] = [];
  const concern = (n: Note): Concern => {
    const selector = n.target.find((s) => s.type === 'TextQuoteSelector');
    const rule = rules.find((r) => r.id === n.ruleId);
    const about = `${safe(n.title || n.url)}${quoteOf(n) ? ` — ${quoted(safe(quoteOf(n)), lang)}` : ''}`;
    const mine = shotsOf(n.id).map((shot) => {
      const exhibit: Exhibit = {
        number: exhibits.length + 1,
        shot,
        caption: `${t(lang, 'reportExhibit', exhibits.length + 1)}${colon(lang)}${t(lang, 'reportCaptured', localTime(shot.capturedAt, lang), utcTime(shot.capturedAt), safe(shot.url))}`,
        about,
      };
      exhibits.push(exhibit);
      return exhibit;
    });
    return {
      id: n.id,
      org: n.org,
      meta: [kindName(n, lang), statusName(n, lang), severityName(n, lang), localTime(n.createdAt, lang)].filter(Boolean).join(' · '),
      quote: selector && selector.exact ? { before: safe(selector.prefix.slice(-CONTEXT)), exact: safe(selector.exact), after: safe(selector.suffix.slice(0, CONTEXT)) } : null,
      rule: ruleName(n.ruleId, lang, rules),
      explanation: rule?.explanation[lang] ?? '',
      suggestion: n.suggestion ?? rule?.suggestion[lang] ?? '',
      body: n.body,
      tags: listOf(n.tags, lang),
      memberships: membershipLines(n, lang, data),
      places: n.places.filter(isPlaceId),
      exhibits: mine,
      noScreenshot: mine.length === 0 && Boolean(n.evidenceMissing),
    };
  };
  const sections = [...groups].map(([org, pages]) => ({
    org: orgName(org || null, lang),
    pages: [...pages].map(([url, list]) => ({ title: safe(list[0]!.title || url), url: safe(url), href: href(url), concerns: list.map(concern) })),
  }));
  const times = live.map((n) => n.createdAt);
  const day = (ms: number) => new Date(ms).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-TW');
  return {
    lang,
    data,
    title: t(lang, 'reportTitle'),
    generated: t(lang, 'reportGenerated', localTime(generatedAt, lang)),
    figures: [
      { label: t(lang, 'reportConcerns'), value: String(live.length) },
      { label: t(lang, 'reportOrganizations'), value: String(groups.size) },
      { label: t(lang, 'reportPages'), value: String(new Set(live.map((n) => n.url)).size) },
      { label: t(lang, 'reportScreenshots'), value: String(exhibits.length) },
      { label: t(lang, 'reportPeriod'), value: times.length ? `${day(Math.min(...times))} – ${day(Math.max(...times))}` : '—' },
    ],
    tables: [
      { caption: t(lang, 'reportByOrg'), rows: counts(live, (n) => orgName(n.org, lang)) },
      { caption: t(lang, 'reportByKind'), rows: counts(live, (n) => kindName(n, lang)) },
      { caption: t(lang, 'reportByStatus'), rows: counts(live, (n) => statusName(n, lang)) },
    ],
    exhibits,
    sections,
  };
}
