// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAMES } from '@/utils/dom/highlighter';
import { highlightRulesFor } from '@/components/highlights/rules';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read as a file (Vitest gives CSS imports as empty strings), from the project's root.
const declaredCss = readFileSync(join(process.cwd(), 'components/highlights/declared.css'), 'utf8');

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

  it('adopts the rules only where the manifest did not declare them (our host tells)', () => {
    document.adoptedStyleSheets = [];
    const host = document.createElement('taiwan-city-lens');
    document.body.append(host);
    const undeclared = createHighlighter(document, fakeWindow(), () => host);
    undeclared.set('tcl-place', [document.createRange()]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    undeclared.clear();
    expect(document.adoptedStyleSheets).toHaveLength(0);

    // components/highlights/declared.css, as the manifest puts it in the page, read as the browser
    // computes it (happy-dom does not cascade custom properties): the property on our host's tag.
    const rule = /^([a-z-]+) \{ (--[a-z-]+): (\w+); \}$/m.exec(declaredCss)!;
    expect(rule[1]).toBe(host.localName);
    const win = Object.assign(fakeWindow(), {
      getComputedStyle: (el: Element) => ({ getPropertyValue: (name: string) => (el.localName === rule[1] && name === rule[2] ? ` ${rule[3]}` : '') }),
    });
    const h = createHighlighter(document, win, () => host);
    h.set('tcl-place', [document.createRange()]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    host.remove();
  });
});

describe('highlightRulesFor', () => {
  const css = readFileSync(join(process.cwd(), 'components/highlights/highlights.css'), 'utf8');
  const selectors = (css: string) => [...css.matchAll(/^([^\s{/*][^{]*)\{/gm)].map((m) => m[1]!.trim()).sort();
  it('puts every rule on the root where highlights inherit (Chromium), on every element where not (Firefox)', () => {
    const names = HIGHLIGHT_NAMES.map((n) => `::highlight(${n})`).sort();
    expect(selectors(highlightRulesFor(false, css))).toEqual(names);
    expect(selectors(highlightRulesFor(true, css))).toEqual(names.map((n) => `:root${n}`).sort());
  });
  it('changes nothing but the selectors', () => {
    expect(highlightRulesFor(true, css).replaceAll(':root::highlight(', '::highlight(')).toBe(highlightRulesFor(false, css));
  });
});
