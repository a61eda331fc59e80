/**
 * Notes as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF rows,
 * quoting by Papa Parse, and cells that Excel would run as formulas made inert.
 */
import Papa from 'papaparse';
import type { Note } from '../db/types';
import type { Lang } from '../i18n';

const BOM = '\ufeff';
/** Excel runs a cell starting with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralize(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const HEADERS: Record<Lang, string[]> = {
  en: ['Organization', 'Page title', 'URL', 'Places', 'Kind', 'Status', 'Severity', 'Quote', 'Note', 'Tags', 'Rule', 'Created', 'Updated', 'Possibly corrected since'],
  'zh-TW': ['組織', '頁面標題', '網址', '地方', '類別', '狀態', '嚴重程度', '引文', '筆記', '標籤', '規則', '建立時間', '更新時間', '可能已更正（自）'],
};

const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : '');

export function quoteOf(note: Note): string {
  return note.target.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
}

export function notesToCsv(notes: readonly Note[], lang: Lang, correctedSince: (n: Note) => number | null = () => null): string {
  const rows = notes.map((n) =>
    [
      n.org ?? '', n.title, n.url, n.places.join(', '), n.kind, n.status, n.severity ?? '', quoteOf(n), n.body, n.tags.join(', '),
      n.ruleId ?? '', iso(n.createdAt), iso(n.updatedAt), iso(correctedSince(n) ?? undefined),
    ].map((cell) => neutralize(String(cell))),
  );
  return BOM + Papa.unparse({ fields: HEADERS[lang], data: rows }, { newline: '\r\n', quotes: true });
}
