import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { Packer } from 'docx';
import { imageSize, reportDocument } from '@/utils/export/report-docx';
import { loadCatalogs } from '@/utils/i18n/catalogs';
import type { Note } from '@/utils/db/types';

loadCatalogs();

// A 2×1 PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZYAwAqq8F+x7rqjAAAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, url: 'https://citynet-ap.org/demo/', title: 'CityNet seminar', org: 'citynet',
  kind: 'naming-concern', status: 'open', severity: 'critical', places: ['taipei'], tags: ['letter'], body: '已去函要求更正',
  ruleId: 'province-of-china', suggestion: 'Taipei City, Taiwan', target: [{ type: 'TextQuoteSelector', exact: 'Taipei City, Taiwan, Province of China', prefix: '', suffix: '' }], evidenceIds: ['e'], ...over,
});

describe('reportDocx', () => {
  it('opens as a Word document whose body holds each concern, its explanation, suggestion and captioned exhibit', async () => {
    const doc = reportDocument({
      notes: [note()],
      screenshots: [{ noteId: 'n1', capturedAt: Date.UTC(2026, 10, 5, 8), url: 'https://citynet-ap.org/demo/', mimeType: 'image/png', dataUrl: '', bytes: PNG }],
      lang: 'zh-TW',
      generatedAt: 0,
    });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
    expect(Object.keys(files)).toContain('word/document.xml');
    expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Taipei City, Taiwan, Province of China');
    expect(text).toContain('將臺灣稱為中國的一省');
    expect(text).toContain('Taipei City, Taiwan');
    expect(text).toContain('附件 1');
    expect(text).toContain('2026-11-05T08:00:00Z');
    expect(text).toContain('已去函要求更正');
    expect(xml).toContain('<w:drawing>');
  });

  it.each([
    ['png', PNG, { width: 2, height: 1 }],
    ['not an image', new Uint8Array([1, 2, 3]), null],
  ])('imageSize of %s', (_name, bytes, size) => expect(imageSize(bytes)).toEqual(size));
});
