// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { removeStaleCopies, whenExtensionGone, type GoneDeps, type LensWorld } from '@/utils/page/extension-gone';

const TAG = 'taiwan-city-lens';
/** Resolves after the MutationObserver callbacks of the current task. */
const mutationsDone = () => new Promise<void>((r) => setTimeout(r, 0));

function setup(over: Partial<GoneDeps> & { editor?: boolean; typed?: boolean } = {}) {
  document.body.innerHTML = '<p>Taipei</p>';
  const host = document.createElement(TAG);
  document.body.append(host);
  const world: LensWorld = { __taiwanCityLensStarted: true, __taiwanCityLensMounted: true };
  const log: string[] = [];
  let closed: (() => void) | null = null;
  let typed = over.typed ?? false;
  whenExtensionGone({
    doc: document,
    hostTag: TAG,
    ownHost: () => host,
    world,
    stop: () => log.push('stop'),
    editorOpen: () => over.editor ?? false,
    markEditor: () => log.push('mark'),
    typedSinceGone: () => typed,
    onEditorClosed: (cb) => {
      closed = cb;
      return () => (closed = null);
    },
    retire: () => log.push('retire'),
    ...over,
  });
  const successor = () => document.body.append(document.createElement(TAG));
  return { log, world, successor, close: () => closed?.(), type: () => (typed = true) };
}

describe('when the extension goes away under a page', () => {
  it('stops, forgets the one-lens flags of its world, and removes the panel at once when no editor is open', () => {
    const { log, world } = setup();
    expect(log).toEqual(['stop', 'retire']);
    expect(world).toEqual({});
  });

  it('with the editor open: the editor says so, and the panel goes when the new copy of the lens is in the page', async () => {
    const { log, successor } = setup({ editor: true });
    expect(log).toEqual(['stop', 'mark']);
    document.body.append(document.createElement('div'));
    await mutationsDone();
    expect(log).toEqual(['stop', 'mark']);
    successor();
    await mutationsDone();
    expect(log).toEqual(['stop', 'mark', 'retire']);
  });

  it('a new copy already there: the panel goes at once', () => {
    document.body.innerHTML = '';
    const newer = document.createElement(TAG);
    const host = document.createElement(TAG);
    document.body.append(host, newer);
    const log: string[] = [];
    whenExtensionGone({
      doc: document, hostTag: TAG, ownHost: () => host, world: {}, stop: () => log.push('stop'), editorOpen: () => true,
      markEditor: () => log.push('mark'), typedSinceGone: () => false, onEditorClosed: () => () => undefined, retire: () => log.push('retire'),
    });
    expect(log).toEqual(['stop', 'mark', 'retire']);
  });

  it('text typed after the extension went (kept nowhere else) keeps the editor until the user closes it', async () => {
    const { log, successor, close, type } = setup({ editor: true });
    type();
    successor();
    await mutationsDone();
    expect(log).toEqual(['stop', 'mark']);
    close();
    expect(log).toEqual(['stop', 'mark', 'retire']);
    close();
    expect(log).toEqual(['stop', 'mark', 'retire']);
  });
});

describe('a stale copy left by the extension before an update (Firefox: it cannot remove itself)', () => {
  /** An element as Firefox shows it to a content script: its closed root visible as openOrClosedShadowRoot. */
  function lensLike(panel: boolean, mode: ShadowRootMode = 'closed') {
    const el = document.createElement(TAG);
    const root = el.attachShadow({ mode });
    if (panel) root.innerHTML = '<div class="tcl-panel"></div>';
    Object.defineProperty(el, 'openOrClosedShadowRoot', { value: root });
    return el;
  }
  const isPanel = (root: ShadowRoot) => root.querySelector('.tcl-panel') !== null;

  it('is removed by the new copy; the page’s look-alikes are not', () => {
    document.body.innerHTML = '';
    const stale = lensLike(true);
    const ours = lensLike(true);
    const decoyWithText = document.createElement(TAG);
    decoyWithText.textContent = 'Chinese Taipei';
    const openDecoy = lensLike(true, 'open');
    const emptyDecoy = lensLike(false);
    const plain = document.createElement(TAG);
    document.body.append(stale, decoyWithText, openDecoy, emptyDecoy, plain, ours);
    expect(removeStaleCopies(document, TAG, ours, isPanel)).toBe(1);
    expect(stale.isConnected).toBe(false);
    expect([decoyWithText, openDecoy, emptyDecoy, plain, ours].every((el) => el.isConnected)).toBe(true);
  });

  it('finds nothing where closed roots are hidden from the extension (Chromium: the old copy removes itself)', () => {
    document.body.innerHTML = '';
    const other = document.createElement(TAG);
    other.attachShadow({ mode: 'closed' }).innerHTML = '<div class="tcl-panel"></div>';
    const ours = document.createElement(TAG);
    document.body.append(other, ours);
    expect(removeStaleCopies(document, TAG, ours, isPanel)).toBe(0);
    expect(other.isConnected).toBe(true);
  });
});
