import { describe, expect, it } from 'vitest';
import { injectLensUi, LENS_UI_FILE, LENS_UI_GLOBAL, loadedLensUi } from '@/utils/page/lens-ui';

function scripting() {
  const calls: unknown[] = [];
  return { calls, executeScript: async (injection: unknown) => (calls.push(injection), [{}]) };
}

describe('the panel’s script, loaded on first use', () => {
  it('goes into the frame whose content script asked, from the extension’s own files', async () => {
    const s = scripting();
    await injectLensUi(s, { tab: { id: 7 }, frameId: 0 });
    expect(s.calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: [LENS_UI_FILE] }]);
    expect(LENS_UI_FILE).toBe('/lens-ui.js');
  });

  it('nowhere when the message came from no tab (an extension page)', async () => {
    const s = scripting();
    await injectLensUi(s, {});
    expect(s.calls).toEqual([]);
  });

  it('is found by the content script only once it has left its mount in the isolated world', () => {
    const world: Record<string, unknown> = {};
    expect(loadedLensUi(world)).toBeNull();
    world[LENS_UI_GLOBAL] = 'not a function';
    expect(loadedLensUi(world)).toBeNull();
    const mount = () => ({}) as never;
    world[LENS_UI_GLOBAL] = mount;
    expect(loadedLensUi(world)).toBe(mount);
  });
});
