import { describe, expect, it } from 'vitest';
import { browserName } from '@/utils/browser/name';

describe('browserName', () => {
  it.each([
    [true, undefined, 'Firefox'],
    [true, { userAgentData: { brands: [{ brand: 'Google Chrome' }] } }, 'Firefox'],
    [false, { userAgentData: { brands: [{ brand: 'Not A Brand' }, { brand: 'Microsoft Edge' }, { brand: 'Chromium' }] } }, 'Edge'],
    [false, { userAgentData: { brands: [{ brand: 'Chromium' }, { brand: 'Google Chrome' }] } }, 'Chrome'],
    [false, { userAgentData: { brands: [{ brand: 'Chromium' }] } }, 'Chromium'],
    [false, {}, 'Chromium'],
    [false, undefined, 'Chromium'],
  ])('firefox build %s, navigator %j: %s', (isFirefox, nav, name) => {
    expect(browserName(isFirefox, nav)).toBe(name);
  });
});
