import { describe, expect, it } from 'vitest';
import { createDraftStore, type StorageAreaLike, type StoredDraft } from '@/utils/notes/drafts';

function memoryArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

const draft = (savedAt: number): StoredDraft => ({
  mode: 'create',
  noteId: null,
  draft: { kind: 'general', status: 'open', body: 'Half a sentence', tags: 'a, b', quote: 'Kaohsiung' },
  pending: { target: [], places: ['kaohsiung'] },
  savedAt,
});

describe('draft store', () => {
  it('keeps one draft per page until it is removed', async () => {
    const area = memoryArea();
    const store = createDraftStore(area, () => 5000);
    await store.put('https://www.iclei.org/a', draft(4000));
    expect(await store.get('https://www.iclei.org/a')).toEqual(draft(4000));
    expect(await store.get('https://www.iclei.org/b')).toBeNull();
    await store.remove('https://www.iclei.org/a');
    expect(await store.get('https://www.iclei.org/a')).toBeNull();
  });

  it.each([
    ['older than two weeks', draft(0), 15 * 24 * 3600 * 1000],
    ['not a draft', { body: 'x' }, 1],
    ['a wrong kind', { ...draft(0), draft: { ...draft(0).draft, kind: 'evil' } }, 1],
    ['a string', 'draft', 1],
  ])('%s: nothing is offered', async (_case, stored, now) => {
    const area = memoryArea();
    area.data['tcl-draft:u'] = stored;
    expect(await createDraftStore(area, () => now).get('u')).toBeNull();
  });
});
