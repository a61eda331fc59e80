import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { FromFrameSchema, newToken, portName, tokenOf } from '@/utils/notes/editor-channel';

describe('the editor channel', () => {
  it('names each frame with 128 random bits, read back only from a fragment of that form', () => {
    const a = newToken(globalThis.crypto);
    const b = newToken(globalThis.crypto);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(tokenOf(`#${a}`)).toBe(a);
    expect(tokenOf('#not-a-token')).toBeNull();
    expect(tokenOf('')).toBeNull();
    expect(portName(a)).toBe(`tcl-note-editor:${a}`);
  });

  it('accepts from the frame only the messages the editor sends, in their shape', () => {
    const draft = { kind: 'general', status: 'open', body: 'Text', tags: '', quote: '' };
    expect(v.safeParse(FromFrameSchema, { type: 'save', draft }).success).toBe(true);
    expect(v.safeParse(FromFrameSchema, { type: 'size', height: 320 }).success).toBe(true);
    expect(v.safeParse(FromFrameSchema, { type: 'size', height: -1 }).success).toBe(false);
    expect(v.safeParse(FromFrameSchema, { type: 'save', draft: { ...draft, kind: 'anything' } }).success).toBe(false);
    expect(v.safeParse(FromFrameSchema, { type: 'delete-everything' }).success).toBe(false);
  });
});
