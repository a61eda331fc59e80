import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutralize, notesToCsv } from '@/utils/export/csv';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import type { Note } from '@/utils/db/types';

loadCatalogs();

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1', createdAt: Date.UTC(2026, 10, 1, 2, 30), updatedAt: Date.UTC(2026, 10, 2, 15, 5), url: 'https://iclei.org/m', title: 'Members', org: 'iclei',
  kind: 'naming-concern', status: 'reported', severity: 'critical', places: ['kaohsiung', 'taichung'], tags: ['a', 'b'], body: 'Body',
  ruleId: 'under-china', suggestion: 'Kaohsiung City, Taiwan', target: [{ type: 'TextQuoteSelector', exact: 'Kaohsiung, China', prefix: '', suffix: '' }], evidenceIds: ['e1'], ...over,
});
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
const row = (csv: string) => {
  const [head, first] = parse(csv);
  return Object.fromEntries(head!.map((h, i) => [h, first![i]]));
};

describe('neutralize', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    ['Kaohsiung', 'Kaohsiung'],
    ['高雄=1', '高雄=1'],
  ])('%j -> %j', (input, out) => expect(neutralize(input)).toBe(out));
});

describe('notesToCsv', () => {
  it('starts with a BOM, uses CRLF, quotes commas, quotes and line breaks, keeps Chinese (bytes)', () => {
    const csv = notesToCsv([note({ body: 'He said "no", then\nleft. 中華臺北' })], 'zh-TW');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes.slice(3, 3 + 8)]).toEqual([...new TextEncoder().encode('"組織"')]);
    expect(csv).toContain('"He said ""no"", then\nleft. 中華臺北"');
    expect(csv.split('\r\n')).toHaveLength(2);
  });

  it.each([
    [
      'en',
      {
        Organization: 'ICLEI – Local Governments for Sustainability', Places: 'Kaohsiung City, Taichung City', Kind: 'Naming concern', Status: 'Reported', Severity: 'Critical',
        Tags: 'a, b', 'Created (UTC)': '2026-11-01T02:30:00Z', 'Updated (UTC)': '2026-11-02T15:05:00Z', 'Suggested wording': 'Kaohsiung City, Taiwan', 'Screenshot files': 'evidence/1-e1.png',
      },
    ],
    [
      'zh-TW',
      { 組織: '地方永續發展理事會（ICLEI）', 地方: '高雄市、臺中市', 類別: '稱呼問題', 狀態: '已回報', 嚴重程度: '嚴重', 標籤: 'a、b', '建立時間（UTC）': '2026-11-01T02:30:00Z', 截圖檔名: 'evidence/1-e1.png' },
    ],
  ] as const)('display values and both times in %s', (lang, expected) => {
    const csv = notesToCsv([note()], lang, { files: () => ['evidence/1-e1.png'] });
    const r = row(csv);
    expect(r).toMatchObject(expected);
    const localCol = lang === 'en' ? 'Created (local)' : '建立時間（本地）';
    expect(r[localCol]).toMatch(/2026/);
    expect(r[localCol]).not.toContain('T02:30');
  });

  it('one row per note; the rule in words; possibly corrected in both times', () => {
    const csv = notesToCsv([note(), note({ id: 'n2', ruleId: undefined, kind: 'general' })], 'en', { correctedSince: (n) => (n.id === 'n1' ? Date.UTC(2026, 10, 3) : null) });
    const rows = parse(csv);
    expect(rows).toHaveLength(3);
    const r = row(csv);
    expect(r.Rule).not.toBe('under-china');
    expect(r['Possibly corrected: not seen since (UTC)']).toBe('2026-11-03T00:00:00Z');
  });

  it('no cell can run as a formula, full-width forms included', () => {
    const csv = notesToCsv([note({ body: '=HYPERLINK("http://evil")', title: '＋cmd', tags: ['@x'], target: [{ type: 'TextQuoteSelector', exact: '－1+1', prefix: '', suffix: '' }] })], 'en');
    const cells = parse(csv).slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r＝＋－＠]/.test(c))).toEqual([]);
  });

  it('bidi controls in a title or quote are made visible', () => {
    const csv = notesToCsv([note({ title: 'Members \u202Egnp.exe', target: [{ type: 'TextQuoteSelector', exact: 'Tai\u2066wan', prefix: '', suffix: '' }] })], 'en');
    expect(csv).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(row(csv)['Page title']).toBe('Members [U+202E]gnp.exe');
  });
});
