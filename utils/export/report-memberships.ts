/**
 * The memberships of a note's places in the HTML report: each fact with its precision, and its
 * evidence on demand (a <details> with the quoted sentence and the source's title, publisher,
 * date and link). Everything is escaped; only http(s) links are made.
 */
import type { Lang } from '../i18n';
import { t } from '../i18n';
import { membershipsOf, type MembershipData } from '../memberships';
import { membershipData } from '../memberships/data';
import { membershipView } from '../page/membership-views';
import type { PlaceId } from '../places/ids';
import type { FactView, SourceView } from '../page/views';

const esc = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? esc(url) : null);

function citation(s: SourceView, lang: Lang): string {
  const href = safeHref(s.href);
  const title = href ? `<a href="${href}">${esc(s.title)}</a>` : esc(s.title);
  const gloss = s.gloss ? esc(lang === 'en' ? ` (${s.gloss})` : `（${s.gloss}）`) : '';
  const meta = [s.publisher, s.date].filter(Boolean).join(lang === 'en' ? ', ' : '，');
  const checked = s.checked ? esc(`${lang === 'en' ? '; ' : '；'}${t(lang, 'evidenceChecked', s.checked)}`) : '';
  return `<cite>${title}${gloss}${meta ? esc(lang === 'en' ? ` — ${meta}` : `—${meta}`) : ''}${checked}</cite>`;
}

function factHtml(f: FactView, lang: Lang): string {
  const items = f.evidence
    .map((e) => {
      const quote = e.quote
        ? `<blockquote${e.quoteLang ? ` lang="${e.quoteLang}"` : ''}>${esc(e.quote)}</blockquote>`
        : `<p class="muted">${esc(t(lang, 'evidenceNoQuote'))}</p>`;
      return `<div class="evidence-item">${quote}${citation(e.source, lang)}</div>`;
    })
    .join('');
  return `${esc(f.text)} <details class="evidence"><summary>${esc(t(lang, 'evidenceShow'))}</summary>${items}</details>`;
}

/** The memberships of these places, as HTML for the report ('' when none). */
export function membershipsHtml(places: readonly PlaceId[], placeName: (id: PlaceId) => string, lang: Lang, data: MembershipData = membershipData()): string {
  const blocks = places.flatMap((id) =>
    membershipsOf(id, data.memberships).map((m) => {
      const view = membershipView(m, lang, data.sources);
      const facts = [...view.details, ...view.roles, ...view.notes];
      const [colon, comma] = lang === 'en' ? [': ', ', '] : ['：', '，'];
      return `<li data-membership="${esc(`${m.org}/${m.place}`)}"><strong>${esc(placeName(id))}</strong>${colon}${esc(view.orgName)}${comma}${factHtml(view.status, lang)}${
        facts.length ? `<ul>${facts.map((f) => `<li>${factHtml(f, lang)}</li>`).join('')}</ul>` : ''
      }</li>`;
    }),
  );
  return blocks.length ? `<ul class="ctx">${blocks.join('')}</ul>` : '';
}
