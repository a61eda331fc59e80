// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hideForCapture } from '@/utils/page/hide-for-capture';
import { createHighlighter } from '@/utils/dom/highlighter';

describe('hideForCapture', () => {
  const setup = () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="ui"></div><p>Taipei City</p>';
    // happy-dom has no Custom Highlight API: a registry and constructor of our own stand in.
    const win = Object.assign(Object.create(window), { CSS: { highlights: new Map() }, Highlight: class {} }) as Window;
    const highlighter = createHighlighter(document, win);
    highlighter.set('tcl-place', [document.createRange()]); // puts the ::highlight() rules in the page
    const container = document.getElementById('ui')!;
    const style = () => document.getElementById('taiwan-city-lens-highlights')!;
    return { container, style, hide: hideForCapture(container, highlighter, window) };
  };

  it('hides the panel and our highlights while the screenshot is taken, then shows them again', async () => {
    const { container, style, hide } = setup();
    const during = await hide(async () => ({ visibility: container.style.getPropertyValue('visibility'), media: style().getAttribute('media') }));
    expect(during).toEqual({ visibility: 'hidden', media: 'not all' });
    expect(container.style.getPropertyValue('visibility')).toBe('');
    expect(style().hasAttribute('media')).toBe(false);
  });

  it('shows them again when the capture fails', async () => {
    const { container, style, hide } = setup();
    await expect(hide(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(container.style.getPropertyValue('visibility')).toBe('');
    expect(style().hasAttribute('media')).toBe(false);
  });
});
