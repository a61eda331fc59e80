import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutralize, notesToCsv } from '@/utils/export/csv';
import type { Note } from '@/utils/db/types';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1', createdAt: 0, updatedAt: 1_700_000_000_000, url: 'https://iclei.org/m', title: 'Members', org: 'iclei',
  kind: 'naming-concern', status: 'open', severity: 'medium', places: ['kaohsiung'], tags: ['a'], body: 'Body',
  ruleId: 'chinese-taipei', target: [{ type: 'TextQuoteSelector', exact: 'Chinese Taipei', prefix: '', suffix: '' }], evidenceIds: [], ...over,
});

describe('neutralize', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Kaohsiung', 'Kaohsiung'],
    ['高雄=1', '高雄=1'],
  ])('%j -> %j', (input, out) => expect(neutralize(input)).toBe(out));
});

describe('notesToCsv', () => {
  it('starts with a BOM, uses CRLF, quotes commas, quotes and line breaks, keeps Chinese', () => {
    const csv = notesToCsv([note({ body: 'He said "no", then\nleft. 中華臺北' })], 'zh-TW');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain('\r\n');
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed[0]![0]).toBe('組織');
    expect(parsed[1]![8]).toBe('He said "no", then\nleft. 中華臺北');
    expect(new TextDecoder().decode(bytes)).toContain('中華臺北');
  });

  it('no cell can run as a formula', () => {
    const csv = notesToCsv([note({ body: '=HYPERLINK("http://evil")', title: '+cmd', tags: ['@x'] })], 'en');
    const cells = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
