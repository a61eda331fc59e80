import { describe, expect, it } from 'vitest';
import { base64ToBlob, blobToBase64, blobToDataUrl } from '@/utils/export/base64';

describe('base64', () => {
  it('round-trips a screenshot-sized blob, past the chunk size', async () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256);
    const back = base64ToBlob(await blobToBase64(new Blob([bytes])), 'image/png');
    expect(back.type).toBe('image/png');
    // Compared as bytes: a deep equality of 200,000 elements took seconds on a busy machine.
    const out = new Uint8Array(await back.arrayBuffer());
    expect(out.length).toBe(bytes.length);
    expect(out.findIndex((b, i) => b !== bytes[i])).toBe(-1);
  });

  it.each([
    [new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }), undefined, 'data:image/jpeg;base64,AQID'],
    [new Blob([new Uint8Array([1, 2, 3])]), undefined, 'data:image/png;base64,AQID'],
    [new Blob([new Uint8Array([1, 2, 3])]), 'image/webp', 'data:image/webp;base64,AQID'],
  ])('data URL of %o as %s', async (blob, type, expected) => expect(await blobToDataUrl(blob, type)).toBe(expected));
});
