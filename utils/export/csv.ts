/**
 * Notes as CSV for Excel users: one row per note, values as the dashboard shows them in the
 * chosen language, local date-times beside ISO 8601 UTC, and the screenshot file names of the zip
 * backup. UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF rows, quoting by Papa Parse,
 * and cells that Excel would run as formulas made inert.
 */
import Papa from 'papaparse';
import type { Note } from '../db/types';
import type { Lang } from '../i18n';
import type { Rule } from '../naming/rules';
import { neutralizeBidi } from './bidi';
import { kindName, listOf, localTime, orgName, placeName, quoteOf, ruleName, severityName, statusName, utcTime } from './labels';

export { quoteOf };

const BOM = '\ufeff';
/**
 * Excel runs a cell starting with one of these as a formula (OWASP "CSV injection"), including
 * the full-width forms ＝＋－＠ that Excel folds to ASCII in East Asian locales.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function neutralize(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const HEADERS: Record<Lang, string[]> = {
  en: [
    'Organization', 'Page title', 'URL', 'Places', 'Kind', 'Status', 'Severity', 'Quote', 'Note', 'Tags', 'Rule', 'Suggested wording',
    'Created (local)', 'Created (UTC)', 'Updated (local)', 'Updated (UTC)', 'Possibly corrected: not seen since (local)', 'Possibly corrected: not seen since (UTC)', 'Screenshot files',
  ],
  'zh-TW': [
    '組織', '頁面標題', '網址', '地方', '類別', '狀態', '嚴重程度', '引文', '筆記', '標籤', '規則', '建議用語',
    '建立時間（本地）', '建立時間（UTC）', '更新時間（本地）', '更新時間（UTC）', '可能已更正：最後發現（本地）', '可能已更正：最後發現（UTC）', '截圖檔名',
  ],
};

export interface CsvOptions {
  correctedSince?: (n: Note) => number | null;
  /** each note's screenshot file names, as in the zip backup */
  files?: (n: Note) => string[];
  rules?: readonly Rule[];
}

export function notesToCsv(notes: readonly Note[], lang: Lang, { correctedSince = () => null, files = () => [], rules = [] }: CsvOptions = {}): string {
  const local = (ms: number | null | undefined) => (ms ? localTime(ms, lang) : '');
  const utc = (ms: number | null | undefined) => (ms ? utcTime(ms) : '');
  const rows = notes.map((n) => {
    const corrected = correctedSince(n);
    return [
      orgName(n.org, lang), n.title, n.url, listOf(n.places.map((p) => placeName(p, lang)), lang), kindName(n, lang), statusName(n, lang), severityName(n, lang),
      quoteOf(n), n.body, listOf(n.tags, lang), ruleName(n.ruleId, lang, rules), n.suggestion ?? '',
      local(n.createdAt), utc(n.createdAt), local(n.updatedAt), utc(n.updatedAt), local(corrected), utc(corrected), files(n).join(' '),
    ].map((cell) => neutralize(neutralizeBidi(String(cell))));
  });
  return BOM + Papa.unparse({ fields: HEADERS[lang], data: rows }, { newline: '\r\n', quotes: true });
}
