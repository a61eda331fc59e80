import { describe, expect, it, vi } from 'vitest';
import { checked, MessageSchemas } from '@/utils/messaging/schemas';
import * as v from 'valibot';

const sender = { tab: { id: 3, windowId: 1 } };
const note = {
  url: 'https://www.iclei.org/members',
  title: 'Members',
  org: 'iclei',
  kind: 'naming-concern',
  status: 'open',
  severity: 'critical',
  places: ['kaohsiung'],
  tags: [],
  body: 'Protest',
  ruleId: 'under-china',
  target: [{ type: 'TextQuoteSelector', exact: 'Kaohsiung, China', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 10, end: 26 }],
};

describe('messages from content scripts', () => {
  it.each([
    ['createNote', { note, capture: true, passage: 'Kaohsiung, China' }],
    ['updateNote', { id: 'n1', patch: { body: 'x', tags: ['a'] }, baseRev: 2 }],
    ['addDismissal', { ruleId: 'chinese-taipei', quote: 'chinese taipei' }],
    ['recordSightings', { url: 'https://citynet-ap.org/x', findings: [{ ruleId: 'r', quote: 'q' }] }],
    ['reportPage', { url: 'https://uclg-aspac.org/', title: 't', org: 'uclg', places: [{ id: 'taipei', count: 2 }], findings: { open: 1, dismissed: 0, worst: 'high' }, scannedAt: 1 }],
    ['getMessages', 'zh-TW'],
  ] as const)('%s: a well-formed message passes', (name, data) => {
    expect(v.safeParse(MessageSchemas[name], data).success).toBe(true);
  });

  it.each([
    ['createNote', { note: { ...note, url: 'javascript:alert(1)' }, capture: false }, 'note.url'],
    ['createNote', { note: { ...note, kind: 'evil' }, capture: false }, 'note.kind'],
    ['createNote', { note: { ...note, body: 'x'.repeat(100_001) }, capture: false }, 'note.body'],
    ['createNote', { note: { ...note, target: [{ type: 'TextPositionSelector', start: -1, end: 3 }] }, capture: false }, 'note.target'],
    ['updateNote', { id: '', patch: {} }, 'id'],
    ['recordSightings', { url: 'https://citynet-ap.org/x', findings: Array.from({ length: 5001 }, () => ({ ruleId: 'r', quote: 'q' })) }, 'findings'],
    ['addDismissal', { ruleId: 'r', quote: 'q'.repeat(1001) }, 'quote'],
    ['reportPage', { url: 'https://uclg-aspac.org/', title: 't', org: 'nato', places: [], findings: { open: 0, dismissed: 0, worst: null }, scannedAt: 1 }, 'org'],
    ['getMessages', 'fr', null],
  ] as const)('%s: refused, changing nothing, with the field named (%j)', async (name, data, field) => {
    const handler = vi.fn(() => 'handled');
    const answer = (checked(name, handler) as (m: unknown) => unknown)({ data, sender });
    expect(handler).not.toHaveBeenCalled();
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-message' } });
    if (field) expect((answer as { error: { message: string } }).error.message).toContain(field);
  });

  it('a patch cannot set fields the database keeps (id, dates, revision): they are dropped', () => {
    const handler = vi.fn((m: { data: unknown }) => m.data);
    const out = (checked('updateNote', handler) as (m: unknown) => unknown)({ data: { id: 'n', patch: { body: 'b', rev: 99, id: 'other', createdAt: 5 } }, sender });
    expect(out).toEqual({ id: 'n', patch: { body: 'b' } });
  });
});
