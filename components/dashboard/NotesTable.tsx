import { t, type Lang, type MessageKey } from '@/utils/i18n';
import type { Note } from '@/utils/db/types';
import type { SortKey } from '@/utils/dashboard/query';
import { kindName, listOf, localTime, orgName, placeName, quoteOf, severityName, shown, statusName } from '@/utils/export/labels';

interface Props {
  lang: Lang;
  notes: Note[];
  sort: { key: SortKey; direction: 'asc' | 'desc' };
  selected: Set<string>;
  corrected: (n: Note) => number | null;
  onSort: (key: SortKey) => void;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string, opener: HTMLElement) => void;
}

const COLUMNS: [SortKey | null, MessageKey][] = [
  ['org', 'colOrg'], ['title', 'colPage'], ['places', 'colPlaces'], ['kind', 'colKind'], ['status', 'colStatus'],
  ['severity', 'colSeverity'], ['quote', 'colQuote'], ['body', 'colNote'], [null, 'colTags'], [null, 'colScreenshot'], ['updatedAt', 'colUpdated'],
];
const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function NotesTable({ lang, notes, sort, selected, corrected, onSort, onSelect, onOpen }: Props) {
  const allShown = notes.length > 0 && notes.every((n) => selected.has(n.id));
  return (
    <div class="table-wrap">
      <table class="notes">
        <thead>
          <tr>
            <th scope="col" class="select">
              <input type="checkbox" aria-label={t(lang, 'selectAll')} checked={allShown} onChange={(e) => onSelect(notes.map((n) => n.id), e.currentTarget.checked)} />
            </th>
            {COLUMNS.map(([key, label]) =>
              key ? (
                <th scope="col" key={key} class={`col-${key}`} aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" class="sort" data-sort={key} onClick={() => onSort(key)}>
                    {t(lang, label)}
                    <span class="arrow" aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ) : (
                <th scope="col" key={label} class={`col-${label}`}>
                  {t(lang, label)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {notes.map((n) => {
            const shots = n.evidenceIds.length;
            return (
              <tr key={n.id} data-note-id={n.id} class={selected.has(n.id) ? 'selected' : ''}>
                <td class="select">
                  <input type="checkbox" aria-label={shown(n.title || n.url)} checked={selected.has(n.id)} onChange={(e) => onSelect([n.id], e.currentTarget.checked)} />
                </td>
                <td data-col="org" data-label={t(lang, 'colOrg')}>{n.org ? orgName(n.org, lang) : '—'}</td>
                <td data-col="title" data-label={t(lang, 'colPage')}>
                  <button type="button" class="link" data-action="open-note" onClick={(e) => onOpen(n.id, e.currentTarget)}>
                    {clip(shown(n.title || n.url), 60)}
                  </button>
                </td>
                <td data-col="places" data-label={t(lang, 'colPlaces')}>{listOf(n.places.map((p) => placeName(p, lang)), lang)}</td>
                <td data-col="kind" data-label={t(lang, 'colKind')}>{kindName(n, lang)}</td>
                <td data-col="status" data-label={t(lang, 'colStatus')}>
                  {statusName(n, lang)}
                  {corrected(n) !== null ? <span class="corrected"> · {t(lang, 'filterPossiblyCorrected')}</span> : null}
                </td>
                <td data-col="severity" data-label={t(lang, 'colSeverity')}>{n.severity ? <span class={`sev sev-${n.severity}`}>{severityName(n, lang)}</span> : ''}</td>
                <td data-col="quote" data-label={t(lang, 'colQuote')} class="quote">
                  {clip(shown(quoteOf(n)))}
                </td>
                <td data-col="body" data-label={t(lang, 'colNote')}>{clip(n.body)}</td>
                <td data-col="tags" data-label={t(lang, 'colTags')}>
                  {n.tags.map((tag) => (
                    <span class="chip small" key={tag}>
                      {tag}
                    </span>
                  ))}
                </td>
                <td data-col="screenshots" data-label={t(lang, 'colScreenshot')}>
                  {shots ? (
                    <span class="shots">{shots === 1 ? t(lang, 'screenshotsOne') : t(lang, 'screenshotsCount', shots)}</span>
                  ) : (
                    <span class="muted">{t(lang, 'screenshotsNone')}</span>
                  )}
                </td>
                <td data-col="updatedAt" data-label={t(lang, 'colUpdated')}>{localTime(n.updatedAt, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
