import { describe, expect, it } from 'vitest';
import { panelOpenKey, readPanelOpen, writePanelOpen, type PanelOpenStorage } from '@/utils/page/panel-open';

const storageWith = (items: Record<string, unknown>, fail = false): PanelOpenStorage & { items: Record<string, unknown> } => ({
  items,
  get: (key) => (fail ? Promise.reject(new Error('gone')) : Promise.resolve(key in items ? { [key]: items[key] } : {})),
  set: async (more) => void Object.assign(items, more),
});

describe('the panel’s remembered state', () => {
  it('is kept per site', () => {
    expect(panelOpenKey('www.iclei.org')).toBe('panel-open:www.iclei.org');
  });

  it.each([
    ['left open', { 'panel-open:www.iclei.org': true }, true],
    ['left closed', { 'panel-open:www.iclei.org': false }, false],
    ['never opened', {}, false],
    ['open on another site only', { 'panel-open:citynet-ap.org': true }, false],
    ['not a boolean', { 'panel-open:www.iclei.org': 'true' }, false],
  ])('reads as open only when it was left open (%s)', async (_, items, expected) => {
    expect(await readPanelOpen(storageWith(items), 'www.iclei.org')).toBe(expected);
  });

  it('reads as closed when the storage fails', async () => {
    expect(await readPanelOpen(storageWith({ 'panel-open:www.iclei.org': true }, true), 'www.iclei.org')).toBe(false);
  });

  it('a change is written for the next visit', async () => {
    const s = storageWith({});
    writePanelOpen(s, 'www.iclei.org', true);
    expect(await readPanelOpen(s, 'www.iclei.org')).toBe(true);
  });
});
