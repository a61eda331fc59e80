import { t, type Lang, type MessageKey } from '@/utils/i18n';
import type { Note } from '@/utils/db/types';
import type { SortKey } from '@/utils/dashboard/query';
import { quoteOf } from '@/utils/export/csv';
import { placeDisplayName } from '@/utils/page/membership-views';
import { KIND_KEYS, STATUS_KEYS } from '../panel/labels';

interface Props {
  lang: Lang;
  notes: Note[];
  sort: { key: SortKey; direction: 'asc' | 'desc' };
  selected: Set<string>;
  corrected: (n: Note) => number | null;
  onSort: (key: SortKey) => void;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
}

const COLUMNS: [SortKey, MessageKey][] = [
  ['org', 'colOrg'], ['title', 'colPage'], ['places', 'colPlaces'], ['kind', 'colKind'], ['status', 'colStatus'],
  ['severity', 'colSeverity'], ['quote', 'colQuote'], ['body', 'colNote'], ['updatedAt', 'colUpdated'],
];
const SEVERITY_KEYS: Record<string, MessageKey> = { critical: 'severityCritical', high: 'severityHigh', medium: 'severityMedium', low: 'severityLow' };
const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function NotesTable({ lang, notes, sort, selected, corrected, onSort, onSelect, onOpen }: Props) {
  const allShown = notes.length > 0 && notes.every((n) => selected.has(n.id));
  return (
    <table class="notes">
      <thead>
        <tr>
          <th>
            <input type="checkbox" aria-label={t(lang, 'selectAll')} checked={allShown} onChange={(e) => onSelect(notes.map((n) => n.id), e.currentTarget.checked)} />
          </th>
          {COLUMNS.map(([key, label]) => (
            <th key={key} aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button type="button" class="sort" data-sort={key} onClick={() => onSort(key)}>
                {t(lang, label)} {sort.key === key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {notes.map((n) => (
          <tr key={n.id} data-note-id={n.id} class={selected.has(n.id) ? 'selected' : ''}>
            <td>
              <input type="checkbox" aria-label={n.title} checked={selected.has(n.id)} onChange={(e) => onSelect([n.id], e.currentTarget.checked)} />
            </td>
            <td>{n.org ?? '—'}</td>
            <td>
              <button type="button" class="link" onClick={() => onOpen(n.id)}>
                {clip(n.title || n.url, 60)}
              </button>
            </td>
            <td>{n.places.map((p) => placeDisplayName(p, lang)).join(', ')}</td>
            <td>{t(lang, KIND_KEYS[n.kind] ?? 'kindGeneral')}</td>
            <td>
              {t(lang, STATUS_KEYS[n.status] ?? 'statusOpen')}
              {corrected(n) !== null ? <span class="corrected"> · {t(lang, 'filterPossiblyCorrected')}</span> : null}
            </td>
            <td>{n.severity ? t(lang, SEVERITY_KEYS[n.severity]!) : ''}</td>
            <td class="quote">{clip(quoteOf(n))}</td>
            <td>{clip(n.body)}</td>
            <td>{new Date(n.updatedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-TW')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
