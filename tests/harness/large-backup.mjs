// Generated notes and a large backup file of them (fixed seed, no randomness): the dashboard's
// bench and the e2e test of a large import read the same data. The screenshots are a real 2×1
// PNG followed by filler bytes up to the size asked (image decoders stop at the PNG's end), so
// a zip cannot squeeze them.
import { zipSync, strToU8 } from 'fflate';

const ORGS = ['iclei', 'citynet', 'uclg', null];
const PLACES = ['taipei', 'kaohsiung', 'taichung', 'tainan', 'taoyuan', 'new-taipei'];
const KINDS = ['naming-concern', 'membership', 'follow-up', 'general'];
const STATUSES = ['open', 'reported', 'resolved', 'wont-fix'];
const T0 = 1_700_000_000_000;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZYAwAqq8F+x7rqjAAAAAASUVORK5CYII=', 'base64');

export function generatedNotes(n) {
  const notes = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % 4];
    notes.push({
      id: `bench-${String(i).padStart(6, '0')}`,
      createdAt: T0 + i * 1000,
      updatedAt: T0 + i * 1000,
      url: `https://www.iclei.org/members/page-${i % 500}`,
      title: `Members page ${i % 500}`,
      org: ORGS[i % 4],
      kind,
      status: STATUSES[(i >> 2) % 4],
      ...(kind === 'naming-concern' ? { severity: 'medium', ruleId: 'chinese-taipei' } : {}),
      places: [PLACES[i % 6]],
      tags: i % 10 === 0 ? ['urgent'] : [],
      body: `Note ${i}: follow up with the secretariat about row ${i}.`,
      target: [{ type: 'TextQuoteSelector', exact: i % 7 === 0 ? 'Chinese Taipei' : `Kaohsiung City row ${i}`, prefix: '', suffix: '' }],
      evidenceIds: [],
    });
  }
  return notes;
}

/** A screenshot's bytes: the PNG, then filler from a simple generator (seeded by `seed`). */
function image(bytes, seed) {
  const out = Buffer.alloc(Math.max(bytes, PNG.length));
  PNG.copy(out);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = PNG.length; i < out.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * A backup of `notes` notes, every `shotEvery`-th with a screenshot of `shotBytes`, exported at
 * `now`: as a zip (backup.json and evidence/*.png, the form for large backups) or as JSON.
 */
export function largeBackup({ now, notes: count = 3000, shotEvery = 3, shotBytes = 20_000, zip = true }) {
  const notes = generatedNotes(count);
  const evidence = [];
  const files = {};
  notes.forEach((note, i) => {
    if (i % shotEvery !== 0) return;
    const id = `shot-${note.id}`;
    note.evidenceIds = [id];
    const bytes = image(shotBytes, i + 1);
    const record = { id, noteId: note.id, url: note.url, capturedAt: note.createdAt, createdAt: note.createdAt, updatedAt: note.updatedAt, mimeType: 'image/png' };
    if (zip) {
      files[`evidence/${id}.png`] = [bytes, { level: 0 }];
      evidence.push({ ...record, file: `evidence/${id}.png` });
    } else evidence.push({ ...record, data: bytes.toString('base64') });
  });
  const backup = { format: 'taiwan-city-lens-backup', version: 2, exportedAt: now, notes, evidence, dismissals: [], findingsLog: [], settings: [] };
  if (!zip) return Buffer.from(JSON.stringify(backup));
  return Buffer.from(zipSync({ 'backup.json': strToU8(JSON.stringify(backup)), ...files }));
}
