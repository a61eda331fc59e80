// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hideForCapture } from '@/utils/page/hide-for-capture';
import { createHighlighter } from '@/utils/dom/highlighter';

describe('hideForCapture', () => {
  const setup = () => {
    document.head.innerHTML = '';
    document.adoptedStyleSheets = [];
    document.body.innerHTML = '<div id="ui"></div><p>Taipei City</p>';
    // happy-dom has no Custom Highlight API: a registry and constructor of our own stand in.
    const registry = new Map<string, unknown>();
    const win = Object.assign(Object.create(window), { CSS: { highlights: registry }, Highlight: class {} }) as Window;
    const highlighter = createHighlighter(document, win);
    highlighter.set('tcl-place', [document.createRange()]);
    const container = document.getElementById('ui')!;
    return { container, registry, highlighter, hide: hideForCapture(container, highlighter, window) };
  };

  it('hides the panel and our highlights while the screenshot is taken, then shows them again', async () => {
    const { container, registry, hide } = setup();
    const drawn = registry.get('tcl-place');
    const during = await hide(async () => ({ visibility: container.style.getPropertyValue('visibility'), highlights: [...registry.keys()] }));
    expect(during).toEqual({ visibility: 'hidden', highlights: [] });
    expect(container.style.getPropertyValue('visibility')).toBe('');
    expect(registry.get('tcl-place')).toBe(drawn);
  });

  it('a highlight drawn during the capture waits until it is over', async () => {
    const { registry, highlighter, hide } = setup();
    const during = await hide(async () => {
      highlighter.set('tcl-critical', [document.createRange()]);
      highlighter.set('tcl-place', []);
      return [...registry.keys()];
    });
    expect(during).toEqual([]);
    expect([...registry.keys()]).toEqual(['tcl-critical']);
  });

  it('changes nothing in the page\'s DOM outside our own UI: a page watching for it sees nothing', async () => {
    const { container, hide } = setup();
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    await hide(async () => undefined);
    await new Promise<void>((r) => queueMicrotask(r));
    observer.disconnect();
    expect(seen.filter((r) => !container.contains(r.target))).toEqual([]);
  });

  it('a page element with any id or tag of ours changes nothing: the rules are not looked up', () => {
    document.head.innerHTML = '<style id="taiwan-city-lens-highlights"></style>';
    document.adoptedStyleSheets = [];
    const win = Object.assign(Object.create(window), { CSS: { highlights: new Map() }, Highlight: class {} }) as Window;
    createHighlighter(document, win).set('tcl-critical', [document.createRange()]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('shows them again when the capture fails', async () => {
    const { container, registry, hide } = setup();
    await expect(hide(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(container.style.getPropertyValue('visibility')).toBe('');
    expect([...registry.keys()]).toEqual(['tcl-place']);
  });
});
