/**
 * A report as one self-contained HTML file for letters of protest: a summary first, then every
 * note grouped by organization and page, screenshots inline. Printable to PDF from the browser.
 * Everything the user typed or a page said is escaped: the report never runs or links anything
 * it was not built to.
 */
import type { Note } from '../db/types';
import { t, type Lang, type MessageKey } from '../i18n';
import { ORGS } from '../orgs/registry';
import { placeById } from '../places/data';
import { isPlaceId } from '../places/ids';
import { quoteOf } from './csv';
import { membershipsHtml } from './report-memberships';

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? escapeHtml(url) : null);
const dataImage = (src: string) => (/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(src) ? src : null);

export interface ReportInput {
  notes: readonly Note[];
  /** data: URL of each note's screenshot */
  screenshots: Record<string, string>;
  lang: Lang;
  generatedAt: number;
}

const KIND: Record<string, MessageKey> = { 'naming-concern': 'kindNamingConcern', membership: 'kindMembership', 'follow-up': 'kindFollowUp', general: 'kindGeneral' };
const STATUS: Record<string, MessageKey> = { open: 'statusOpen', reported: 'statusReported', resolved: 'statusResolved', 'wont-fix': 'statusWontFix' };
const SEVERITY: Record<string, MessageKey> = { critical: 'severityCritical', high: 'severityHigh', medium: 'severityMedium', low: 'severityLow' };

function counts<T extends string>(notes: readonly Note[], key: (n: Note) => T): [T, number][] {
  const m = new Map<T, number>();
  for (const n of notes) m.set(key(n), (m.get(key(n)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
}

function context(note: Note, lang: Lang): string {
  return membershipsHtml(note.places.filter(isPlaceId), (id) => placeById(id).names[lang], lang);
}

function noteHtml(n: Note, shot: string | undefined, lang: Lang): string {
  const date = new Date(n.createdAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'zh-TW');
  const quote = quoteOf(n);
  const img = shot ? dataImage(shot) : null;
  return `<article class="note">
<p class="meta">${escapeHtml(t(lang, KIND[n.kind] ?? 'kindGeneral'))} · ${escapeHtml(t(lang, STATUS[n.status] ?? 'statusOpen'))}${n.severity ? ` · <strong>${escapeHtml(t(lang, SEVERITY[n.severity]!))}</strong>` : ''} · ${escapeHtml(date)}</p>
${quote ? `<blockquote>${escapeHtml(quote)}</blockquote>` : ''}
${n.suggestion ? `<p>${escapeHtml(t(lang, 'cardSuggestion'))}: <strong>${escapeHtml(n.suggestion)}</strong></p>` : ''}
${n.body ? `<p class="body">${escapeHtml(n.body)}</p>` : ''}
${context(n, lang)}
${img ? `<img src="${img}" alt="${escapeHtml(t(lang, 'noteScreenshot'))}">` : n.evidenceMissing ? `<p class="muted">${escapeHtml(t(lang, 'noteNoScreenshot'))}</p>` : ''}
</article>`;
}

export function reportHtml({ notes, screenshots, lang, generatedAt }: ReportInput): string {
  const live = notes.filter((n) => !n.deletedAt);
  const orgName = (id: string | null) => (id ? (ORGS.find((o) => o.id === id)?.names[lang] ?? id) : t(lang, 'reportOtherSites'));
  const summary = (title: MessageKey, rows: [string, number][]) =>
    `<table><caption>${escapeHtml(t(lang, title))}</caption>${rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${v}</td></tr>`).join('')}</table>`;
  const groups = new Map<string, Map<string, Note[]>>();
  for (const n of live) {
    const org = groups.get(n.org ?? '') ?? new Map<string, Note[]>();
    org.set(n.url, [...(org.get(n.url) ?? []), n]);
    groups.set(n.org ?? '', org);
  }
  const body = [...groups]
    .map(
      ([org, pages]) =>
        `<section class="org"><h2>${escapeHtml(orgName(org || null))}</h2>${[...pages]
          .map(([url, list]) => {
            const href = safeHref(url);
            const title = escapeHtml(list[0]!.title || url);
            return `<h3>${href ? `<a href="${href}">${title}</a>` : title}</h3><p class="url">${escapeHtml(url)}</p>${list.map((n) => noteHtml(n, screenshots[n.id], lang)).join('')}`;
          })
          .join('')}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(t(lang, 'reportTitle'))}</title>
<style>
body{font:14px/1.5 system-ui,'Noto Sans TC','Microsoft JhengHei',sans-serif;color:#1f2933;max-width:900px;margin:24px auto;padding:0 16px}
h1{font-size:22px}h2{border-bottom:2px solid #0b5f8a;padding-bottom:4px;margin-top:32px}h3{margin:20px 0 0;font-size:15px}
table{border-collapse:collapse;margin:8px 16px 8px 0;display:inline-table;vertical-align:top}caption{text-align:left;font-weight:700}
td{border:1px solid #cbd2d9;padding:2px 8px}.note{border-left:4px solid #d55e00;padding:4px 12px;margin:10px 0;break-inside:avoid}
blockquote{margin:4px 0;padding:2px 8px;background:#fff8e1}.meta,.url,.muted,.ctx{color:#52606d;font-size:12px}.ctx{padding-left:18px}.ctx cite{display:block;font-style:normal}.evidence summary{cursor:pointer;color:#0b5f8a;text-decoration:underline}
img{max-width:100%;border:1px solid #cbd2d9;margin-top:6px}.body{white-space:pre-wrap}
@media print{section.org{break-before:page}a{color:inherit}}
</style></head><body>
<h1>${escapeHtml(t(lang, 'reportTitle'))}</h1>
<p class="muted">${escapeHtml(t(lang, 'reportGenerated', new Date(generatedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-TW')))} · ${live.length}</p>
<div class="summary">
${summary('reportByOrg', counts(live, (n) => orgName(n.org)))}
${summary('reportByKind', counts(live, (n) => t(lang, KIND[n.kind] ?? 'kindGeneral')))}
${summary('reportByStatus', counts(live, (n) => t(lang, STATUS[n.status] ?? 'statusOpen')))}
</div>
${body}
</body></html>`;
}
