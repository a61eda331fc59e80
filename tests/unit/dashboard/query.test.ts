import { describe, expect, it } from 'vitest';
import { applyFilter, correctedSince, sortNotes, textFragmentUrl } from '@/utils/dashboard/query';
import type { FindingSighting, Note } from '@/utils/db/types';

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id, createdAt: 1, updatedAt: 1, url: 'https://iclei.org/m', title: 'Members', org: 'iclei', kind: 'general', status: 'open',
  places: [], tags: [], body: '', target: [], evidenceIds: [], ...over,
});
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];

const NOTES = [
  note('a', { org: 'iclei', kind: 'naming-concern', ruleId: 'chinese-taipei', severity: 'medium', places: ['kaohsiung'], target: quote('Chinese Taipei'), updatedAt: 10 }),
  note('b', { org: 'citynet', status: 'reported', tags: ['urgent'], body: '高雄市 follow-up', url: 'https://citynet-ap.org/n', updatedAt: 20 }),
  note('c', { org: null, kind: 'follow-up', places: ['taipei'], title: 'News about 臺北', updatedAt: 30 }),
  note('d', { deletedAt: 5, body: 'deleted' }),
];

describe('applyFilter', () => {
  it.each([
    [{ org: 'citynet' as const }, ['b']],
    [{ org: 'none' as const }, ['c']],
    [{ kind: 'naming-concern' as const }, ['a']],
    [{ status: 'reported' as const }, ['b']],
    [{ severity: 'medium' as const }, ['a']],
    [{ place: 'taipei' }, ['c']],
    [{ tag: 'urgent' }, ['b']],
    [{ from: 15, to: 25 }, ['b']],
    [{ search: 'chinese taipei' }, ['a']],
    [{ search: '台北' }, ['c']],
    [{ search: 'CITYNET-AP' }, ['b']],
    [{}, ['a', 'b', 'c']],
  ])('%j', (filter, ids) => expect(applyFilter(NOTES, filter).map((n) => n.id)).toEqual(ids));

  it('possibly corrected: quote not seen on the latest visit', () => {
    const s = (ruleId: string, q: string, lastSeen: number): FindingSighting => ({ id: ruleId, createdAt: 0, updatedAt: 0, url: 'https://iclei.org/m', ruleId, quote: q, firstSeen: 0, lastSeen });
    const corrected = correctedSince([s('chinese-taipei', 'Chinese Taipei', 100), s('__visit__', '', 200)]);
    expect(applyFilter(NOTES, { possiblyCorrected: true }, corrected).map((n) => n.id)).toEqual(['a']);
    expect(correctedSince([s('chinese-taipei', 'Chinese Taipei', 200), s('__visit__', '', 200)])(NOTES[0]!)).toBeNull();
  });
});

describe('sortNotes', () => {
  it.each([
    ['updatedAt', 'desc', ['c', 'b', 'a']],
    ['updatedAt', 'asc', ['a', 'b', 'c']],
    ['org', 'asc', ['c', 'b', 'a']],
    ['status', 'asc', ['c', 'a', 'b']], // ties: newest first
  ] as const)('%s %s', (key, dir, ids) => expect(sortNotes(NOTES.slice(0, 3), key, dir).map((n) => n.id)).toEqual(ids));
});

describe('textFragmentUrl', () => {
  it('links to the passage, escaping dashes', () => {
    expect(textFragmentUrl(note('x', { url: 'https://iclei.org/m#top', target: quote('Chinese-Taipei members') }))).toBe(
      'https://iclei.org/m#:~:text=Chinese%2DTaipei%20members',
    );
    expect(textFragmentUrl(note('y'))).toBe('https://iclei.org/m');
  });
});
