// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES, highlightRulesFor } from '@/utils/dom/highlighter';

class FakeHighlight {
  ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}
/** A window whose highlight registry is a Map, shared by two copies of the lens (as after an extension update). */
function fakeWindow() {
  return Object.assign(Object.create(window) as Window, { CSS: { highlights: new Map<string, unknown>() }, Highlight: FakeHighlight });
}

describe('highlighter', () => {
  it('clears only what it registered: a newer copy’s highlights under the same name stay', () => {
    const win = fakeWindow();
    const registry = (win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
    const old = createHighlighter(document, win);
    old.set('tcl-place', [document.createRange()]);
    const newer = createHighlighter(document, win);
    newer.set('tcl-place', [document.createRange()]);
    const theirs = registry.get('tcl-place');
    old.clear();
    expect(registry.get('tcl-place')).toBe(theirs);
    old.set('tcl-note', []);
    expect(registry.get('tcl-place')).toBe(theirs);
    newer.clear();
    expect(registry.has('tcl-place')).toBe(false);
  });

  it('clears its own highlights', () => {
    const win = fakeWindow();
    const registry = (win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
    const h = createHighlighter(document, win);
    h.set('tcl-place', [document.createRange()]);
    h.set('tcl-note', [document.createRange()]);
    h.set('tcl-note', []);
    expect([...registry.keys()]).toEqual(['tcl-place']);
    h.clear();
    expect(registry.size).toBe(0);
  });

  it('drops what another (stale) copy registered under our names, and keeps its own', () => {
    const win = fakeWindow();
    const registry = (win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
    const stale = createHighlighter(document, win);
    stale.set('tcl-note', [document.createRange()]);
    stale.set('tcl-place', [document.createRange()]);
    const fresh = createHighlighter(document, win);
    fresh.set('tcl-place', [document.createRange()]);
    const mine = registry.get('tcl-place');
    fresh.dropOthers();
    expect([...registry.keys()]).toEqual(['tcl-place']);
    expect(registry.get('tcl-place')).toBe(mine);
  });
});

describe('highlightRulesFor', () => {
  const selectors = (css: string) => [...css.matchAll(/^([^\s{/*][^{]*)\{/gm)].map((m) => m[1]!.trim()).sort();
  it('puts every rule on the root where highlights inherit (Chromium), on every element where not (Firefox)', () => {
    const names = HIGHLIGHT_NAMES.map((n) => `::highlight(${n})`).sort();
    expect(selectors(highlightRulesFor(false))).toEqual(names);
    expect(selectors(highlightRulesFor(true))).toEqual(names.map((n) => `:root${n}`).sort());
  });
  it('changes nothing but the selectors', () => {
    expect(highlightRulesFor(true).replaceAll(':root::highlight(', '::highlight(')).toBe(highlightRulesFor(false));
  });
});
