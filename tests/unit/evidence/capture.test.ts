import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type TclDatabase } from '@/utils/db/database';
import { createNote } from '@/utils/db/notes';
import { evidenceFor } from '@/utils/db/evidence';
import { captureForNote, dataUrlToBlob } from '@/utils/evidence/capture';

const dbs: TclDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function withNote() {
  const db = openDatabase(`capture-${Math.random()}`);
  dbs.push(db);
  const created = await createNote(db, {
    url: 'https://iclei.org/m', title: 't', org: 'iclei', kind: 'naming-concern', status: 'open', places: [], tags: [], body: '', target: [],
  });
  if (!created.ok) throw new Error('no note');
  return { db, note: created.value };
}

// A 1x1 PNG, as tabs.captureVisibleTab returns it.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('captureForNote', () => {
  it('stores the screenshot with time and URL and links it to the note', async () => {
    const { db, note } = await withNote();
    const result = await captureForNote(db, note, async () => PNG, () => 42);
    expect(result.ok && result.value.evidenceIds).toHaveLength(1);
    const [evidence] = await evidenceFor(db, note.id);
    expect(evidence).toMatchObject({ capturedAt: 42, url: 'https://iclei.org/m', mimeType: 'image/png' });
    expect(new Uint8Array(await evidence!.image.arrayBuffer()).slice(1, 4)).toEqual(new Uint8Array([80, 78, 71]));
  });

  it('a refused capture keeps the note, marked "no screenshot"', async () => {
    const { db, note } = await withNote();
    const result = await captureForNote(db, note, async () => {
      throw new Error('Either the \'<all_urls>\' or \'activeTab\' permission is required.');
    });
    expect(result.ok && result.value.evidenceMissing).toBe(true);
    expect(await db.evidence.count()).toBe(0);
  });

  it('reads data: URLs', async () => {
    expect((await dataUrlToBlob(PNG)).type).toBe('image/png');
    await expect(dataUrlToBlob('javascript:alert(1)')).rejects.toThrow();
  });
});
