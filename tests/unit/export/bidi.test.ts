import { describe, expect, it } from 'vitest';
import { neutralizeBidi } from '@/utils/export/bidi';

describe('neutralizeBidi', () => {
  it.each([
    ['abc\u202Egnp.exe', 'abc[U+202E]gnp.exe'],
    ['\u2066x\u2069', '[U+2066]x[U+2069]'],
    ['\u200Fא', '[U+200F]א'],
    ['臺灣 Taiwan', '臺灣 Taiwan'],
  ])('%j -> %j', (input, out) => expect(neutralizeBidi(input)).toBe(out));
});
