// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { usePanelOpen } from '@/components/panel/usePanelOpen';

/** A storage whose read answers only when told to: the slow first read Firefox showed. */
function slowStorage(stored: Record<string, unknown>) {
  let answer: () => void = () => undefined;
  const writes: Record<string, unknown>[] = [];
  return {
    writes,
    answer: () => answer(),
    storage: {
      get: (key: string) => new Promise<Record<string, unknown>>((resolve) => (answer = () => resolve({ [key]: stored[key] }))),
      set: async (items: Record<string, unknown>) => void writes.push(items),
    } as never,
  };
}

async function mount(storage: never) {
  const seen: { open: boolean; toggle: (open: boolean) => void } = { open: false, toggle: () => undefined };
  function Probe() {
    const [open, toggle] = usePanelOpen('www.iclei.org', storage);
    seen.open = open;
    seen.toggle = toggle;
    return null;
  }
  // act: the effect that reads the storage has run when it returns.
  await act(() => render(<Probe />, document.body.appendChild(document.createElement('div'))));
  return seen;
}

describe('usePanelOpen', () => {
  it.each([
    ['the remembered state when the user did nothing', true, null, true],
    ['the remembered state (closed)', false, null, false],
    ['a click before the remembered state was read wins over it', false, true, true],
    ['a close before the remembered "open" was read wins over it', true, false, false],
  ])('%s', async (_, remembered, clickedBeforeRead, expected) => {
    const s = slowStorage({ 'panel-open:www.iclei.org': remembered });
    const seen = await mount(s.storage);
    if (clickedBeforeRead !== null) await act(() => seen.toggle(clickedBeforeRead));
    await act(async () => {
      s.answer();
      await Promise.resolve();
    });
    expect(seen.open).toBe(expected);
    if (clickedBeforeRead !== null) expect(s.writes).toEqual([{ 'panel-open:www.iclei.org': clickedBeforeRead }]);
  });
});
