/**
 * The report as one self-contained HTML file for letters of protest (see report-model): printable
 * to PDF from the browser. Everything the user typed or a page said is escaped: the report never
 * runs or links anything it was not built to.
 */
import { t } from '../i18n';
import type { MembershipData } from '../memberships';
import { colon, reportModel, type Concern, type ReportInput } from './report-model';
import { membershipsHtml } from './report-memberships';
import { placeName } from './labels';

export type { ReportInput, ReportShot } from './report-model';

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const dataImage = (src: string) => (/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(src) ? src : null);
const link = (href: string | null, text: string) => (href && /^https?:\/\//i.test(href) ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text));

function concernHtml(c: Concern, lang: ReportInput['lang'], data: MembershipData): string {
  const row = (label: string, value: string) => (value ? `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>` : '');
  const quote = c.quote
    ? `<blockquote>${c.quote.before ? `…${escapeHtml(c.quote.before)}` : ''}<mark>${escapeHtml(c.quote.exact)}</mark>${c.quote.after ? `${escapeHtml(c.quote.after)}…` : ''}</blockquote>`
    : '';
  // Memberships as the panel shows them (facts with precision, sources on demand), corrections applied.
  const memberships = membershipsHtml(c.places, (id) => placeName(id, lang), lang, c.org ? { ...data, memberships: data.memberships.filter((m) => m.org === c.org) } : data);
  const corrected = c.memberships.some((m) => m.corrected) ? ` <p class="muted">${escapeHtml(t(lang, 'reportCorrectedNote'))}</p>` : '';
  const figures = c.exhibits
    .map((e) => {
      const src = dataImage(e.shot.dataUrl);
      return src ? `<figure id="exhibit-${e.number}"><img src="${src}" alt="${escapeHtml(e.caption)}"><figcaption>${escapeHtml(e.caption)}</figcaption></figure>` : '';
    })
    .join('');
  return `<article class="note" id="note-${escapeHtml(c.id)}">
<p class="meta">${escapeHtml(c.meta)}</p>
${quote ? `<h4>${escapeHtml(t(lang, 'reportQuote'))}</h4>${quote}` : ''}
<dl>
${row(t(lang, 'detailRule'), escapeHtml(c.rule))}
${row(t(lang, 'reportWhy'), escapeHtml(c.explanation))}
${row(t(lang, 'cardSuggestion'), c.suggestion ? `<strong>${escapeHtml(c.suggestion)}</strong>` : '')}
${row(t(lang, 'reportNote'), c.body ? `<span class="body">${escapeHtml(c.body)}</span>` : '')}
${row(t(lang, 'colTags'), escapeHtml(c.tags))}
${row(t(lang, 'reportMembership'), memberships ? `${memberships}${corrected}` : '')}
</dl>
${figures}${c.noScreenshot ? `<p class="muted">${escapeHtml(t(lang, 'noteNoScreenshot'))}</p>` : ''}
</article>`;
}

export function reportHtml(input: ReportInput): string {
  const m = reportModel(input);
  const lang = m.lang;
  const tables = m.tables
    .map((tb) => `<table><caption>${escapeHtml(tb.caption)}</caption>${tb.rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`).join('')}</table>`)
    .join('');
  const exhibits = m.exhibits.length
    ? `<h2>${escapeHtml(t(lang, 'reportExhibitsHeading'))}</h2><ul class="exhibits">${m.exhibits.map((e) => `<li><a href="#exhibit-${e.number}">${escapeHtml(t(lang, 'reportExhibit', e.number))}</a>${escapeHtml(colon(lang))}${escapeHtml(e.about)}</li>`).join('')}</ul>`
    : '';
  const body = m.sections
    .map(
      (s) =>
        `<section class="org"><h2>${escapeHtml(s.org)}</h2>${s.pages
          .map((p) => `<h3>${link(p.href, p.title)}</h3><p class="url">${escapeHtml(p.url)}</p>${p.concerns.map((c) => concernHtml(c, lang, m.data)).join('')}`)
          .join('')}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.title)}</title>
<style>
body{font:14px/1.6 system-ui,'Noto Sans TC','Microsoft JhengHei',sans-serif;color:#1f2933;max-width:900px;margin:24px auto;padding:0 16px}
h1{font-size:24px;margin-bottom:4px}h2{border-bottom:2px solid #0b5f8a;padding-bottom:4px;margin-top:32px}h3{margin:20px 0 0;font-size:16px}h4{margin:6px 0 2px;font-size:13px;color:#3e4c59}
.figures{display:flex;flex-wrap:wrap;gap:8px 24px;margin:12px 0;padding:0}.figures div{border:1px solid #cbd2d9;padding:6px 12px;min-width:120px}
.figures dt{font-size:12px;color:#3e4c59}.figures dd{margin:0;font-size:20px;font-weight:700}
table{border-collapse:collapse;margin:8px 16px 8px 0;display:inline-table;vertical-align:top}caption{text-align:left;font-weight:700}
th,td{border:1px solid #cbd2d9;padding:2px 8px;text-align:left;font-weight:400}
.note{border-left:4px solid #b34700;padding:4px 12px;margin:14px 0}
blockquote{margin:4px 0;padding:4px 10px;background:#fff8e1;word-break:keep-all;overflow-wrap:anywhere}mark{background:#ffd8a8;font-weight:700}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}dt{font-weight:700;color:#3e4c59}dd{margin:0}
.meta,.url,.muted{color:#3e4c59;font-size:12px}.url{overflow-wrap:anywhere}.ctx{margin:0;padding-left:18px}.ctx cite{display:block;font-style:normal;font-size:12px;color:#3e4c59}.evidence summary{cursor:pointer;color:#0b5f8a;text-decoration:underline}ul.exhibits{list-style:none;padding-left:0}
figure{margin:10px 0;break-inside:avoid}img{max-width:100%;border:1px solid #cbd2d9}figcaption{font-size:12px;color:#3e4c59;overflow-wrap:anywhere}
.body{white-space:pre-wrap}
@media print{section.org{break-before:page}a{color:inherit}}
</style></head><body><main>
<h1>${escapeHtml(m.title)}</h1>
<p class="muted">${escapeHtml(m.generated)}</p>
<h2>${escapeHtml(t(lang, 'reportSummaryHeading'))}</h2>
<dl class="figures">${m.figures.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd></div>`).join('')}</dl>
<div class="summary">${tables}</div>
${exhibits}
${body}
</main></body></html>`;
}
