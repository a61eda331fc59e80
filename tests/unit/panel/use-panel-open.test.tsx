// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePanelOpen } from '@/components/panel/usePanelOpen';
import type { PanelOpenStorage } from '@/utils/page/panel-open';

/** A storage that records what it is asked; its reads never answer (Firefox's late first read, at worst). */
function recordingStorage() {
  const reads: string[] = [];
  const writes: Record<string, unknown>[] = [];
  const storage: PanelOpenStorage = {
    get: (key) => {
      reads.push(key);
      return new Promise(() => undefined);
    },
    set: async (items) => void writes.push(items),
  };
  return { reads, writes, storage };
}

async function mount(startOpen: boolean, storage: PanelOpenStorage) {
  const seen: { renders: boolean[]; toggle: (open: boolean) => void } = { renders: [], toggle: () => undefined };
  function Probe() {
    const [open, toggle] = usePanelOpen('www.iclei.org', startOpen, storage);
    seen.renders.push(open);
    seen.toggle = toggle;
    return null;
  }
  await act(() => render(<Probe />, document.body.appendChild(document.createElement('div'))));
  return seen;
}

describe('usePanelOpen', () => {
  it.each([true, false])('draws the state read before mounting (%s) from its first render, and never reads it again', async (startOpen) => {
    const s = recordingStorage();
    const seen = await mount(startOpen, s.storage);
    expect(seen.renders).toEqual([startOpen]);
    // Nothing can arrive late and undo what the user does next.
    expect(s.reads).toEqual([]);
  });

  it.each([
    ['opening a panel that started closed', false, true],
    ['closing a panel that started open', true, false],
  ])('%s is shown and remembered for the site', async (_, startOpen, next) => {
    const s = recordingStorage();
    const seen = await mount(startOpen, s.storage);
    await act(() => seen.toggle(next));
    expect(seen.renders.at(-1)).toBe(next);
    expect(s.writes).toEqual([{ 'panel-open:www.iclei.org': next }]);
  });
});
