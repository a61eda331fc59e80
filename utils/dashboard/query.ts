/** The dashboard's filters, full-text search and sorting, as pure functions over notes. */
import type { FindingSighting, Note, NoteKind, NoteStatus, Severity } from '../db/types';
import type { OrgId } from '../orgs/registry';
import { VISIT_RULE } from '../db/findings-log';
import { fold } from '../text/fold';
import { quoteOf } from '../export/csv';

export interface DashboardFilter {
  org?: OrgId | 'none';
  kind?: NoteKind;
  status?: NoteStatus;
  severity?: Severity;
  place?: string;
  tag?: string;
  from?: number;
  to?: number;
  possiblyCorrected?: boolean;
  search?: string;
}

export type SortKey = 'org' | 'title' | 'places' | 'kind' | 'status' | 'severity' | 'quote' | 'body' | 'updatedAt';

/**
 * A naming concern is possibly corrected when its quote was not seen on the page's latest visit:
 * the page's visit record is newer than the quote's last sighting.
 */
export function correctedSince(sightings: readonly FindingSighting[]): (note: Note) => number | null {
  const byKey = new Map(sightings.map((s) => [`${s.url}\u0000${s.ruleId}\u0000${s.quote}`, s.lastSeen]));
  return (note) => {
    if (note.kind !== 'naming-concern' || !note.ruleId) return null;
    const seen = byKey.get(`${note.url}\u0000${note.ruleId}\u0000${quoteOf(note)}`);
    const visited = byKey.get(`${note.url}\u0000${VISIT_RULE}\u0000`);
    return seen !== undefined && visited !== undefined && visited > seen ? seen : null;
  };
}

/** Text that full-text search looks in, folded like the page matcher (case, width, 臺/台). */
export function searchText(note: Note): string {
  return fold([quoteOf(note), note.body, note.title, note.url, note.tags.join(' ')].join('\u0000'));
}

export function applyFilter(notes: readonly Note[], f: DashboardFilter, corrected: (n: Note) => number | null = () => null): Note[] {
  const needle = f.search ? fold(f.search.trim()) : '';
  return notes.filter(
    (n) =>
      !n.deletedAt &&
      (f.org === undefined || (f.org === 'none' ? n.org === null : n.org === f.org)) &&
      (f.kind === undefined || n.kind === f.kind) &&
      (f.status === undefined || n.status === f.status) &&
      (f.severity === undefined || n.severity === f.severity) &&
      (f.place === undefined || n.places.includes(f.place)) &&
      (f.tag === undefined || n.tags.includes(f.tag)) &&
      (f.from === undefined || n.updatedAt >= f.from) &&
      (f.to === undefined || n.updatedAt <= f.to) &&
      (!f.possiblyCorrected || corrected(n) !== null) &&
      (needle === '' || searchText(n).includes(needle)),
  );
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function sortValue(n: Note, key: SortKey): string | number {
  switch (key) {
    case 'org':
      return n.org ?? '';
    case 'places':
      return n.places.join(',');
    case 'severity':
      return SEVERITY_RANK[n.severity ?? ''] ?? 9;
    case 'quote':
      return quoteOf(n);
    case 'updatedAt':
      return n.updatedAt;
    default:
      return n[key];
  }
}

export function sortNotes(notes: readonly Note[], key: SortKey = 'updatedAt', direction: 'asc' | 'desc' = 'desc'): Note[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...notes].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c * sign || (b.updatedAt - a.updatedAt);
  });
}

/** A link that opens the page scrolled to the passage, with or without the extension. */
export function textFragmentUrl(note: Note): string {
  const quote = note.target.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || !quote.exact.trim()) return note.url;
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const words = quote.exact.trim().split(/\s+/);
  const text = words.length > 8 ? `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}` : enc(words.join(' '));
  return `${note.url.split('#')[0]}#:~:text=${text}`;
}
