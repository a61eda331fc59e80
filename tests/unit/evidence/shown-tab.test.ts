import { describe, expect, it } from 'vitest';
import { captureShownTab, type TabLike } from '@/utils/evidence/shown-tab';

const CURRENT = -2;
function tabs(now: TabLike) {
  const captured: number[] = [];
  return {
    captured,
    api: {
      get: async () => now,
      captureVisibleTab: async (windowId: number) => {
        captured.push(windowId);
        return 'data:image/png;base64,AAAA';
      },
    },
  };
}

const sender = { id: 7, windowId: 1, url: 'https://www.iclei.org/members#east-asia', active: true };

describe('a screenshot only of the note’s own page, still shown', () => {
  it.each([
    ['still shown, same page', { ...sender }, true],
    ['the page scrolled to another anchor of itself', { ...sender, url: 'https://www.iclei.org/members#top' }, true],
    ['another tab is shown in its window now', { ...sender, active: false }, false],
    ['the tab moved to another window', { ...sender, windowId: 2 }, false],
    ['the tab went to another page', { ...sender, url: 'https://mail.example.org/inbox' }, false],
    ['the page’s address cannot be read (no permission): only the tab is compared', { ...sender, url: undefined }, true],
  ])('%s', async (_, now, taken) => {
    const { api, captured } = tabs(now);
    const shot = captureShownTab(api, sender, CURRENT);
    if (taken) {
      await expect(shot).resolves.toMatch(/^data:image\/png/);
      expect(captured).toEqual([1]);
    } else {
      await expect(shot).rejects.toThrow(/no longer the one shown/);
      expect(captured).toEqual([]);
    }
  });

  it('asked from an extension page (no tab): the current window, as before', async () => {
    const { api, captured } = tabs({});
    await captureShownTab(api, undefined, CURRENT);
    expect(captured).toEqual([CURRENT]);
  });
});
