import { describe, expect, it } from 'vitest';
import { requestOrigins } from '@/utils/browser/permissions';

const permissions = (answer: () => Promise<boolean>) => ({ request: answer }) as never;

describe('requestOrigins', () => {
  it.each([
    ['granted', () => Promise.resolve(true), { ok: true, value: 'granted' }],
    ['refused', () => Promise.resolve(false), { ok: true, value: 'refused' }],
    [
      'an error (Firefox, origin not declared)',
      () => Promise.reject(new Error('Cannot request origin permission for <all_urls> since it was not declared in the manifest')),
      { ok: false, error: { kind: 'permission', message: 'Cannot request origin permission for <all_urls> since it was not declared in the manifest' } },
    ],
    ['a thrown non-error', () => Promise.reject('no'), { ok: false, error: { kind: 'permission', message: 'no' } }],
  ])('%s', async (_, answer, expected) => {
    expect(await requestOrigins(permissions(answer), ['<all_urls>'])).toEqual(expected);
  });
});
