// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShadowHost } from '@/utils/dom/shadow-host';

function setup() {
  document.body.innerHTML = '<p>page</p>';
  const log: string[] = [];
  let container: HTMLElement | null = null;
  const ui = createShadowHost(document, {
    name: 'taiwan-city-lens',
    css: '.tcl-tab { color: white; }',
    isolateEvents: ['keydown', 'click'],
    onMount(c, _shadow, host) {
      container = c;
      log.push(`mount ${host.tagName.toLowerCase()}`);
      c.innerHTML = '<button class="tcl-tab">Lens</button>';
    },
    onRemove: () => log.push('remove'),
  });
  return { ui, log, container: () => container! };
}

describe('the lens’s host element', () => {
  it('goes last in <body> with a closed shadow root the page cannot open', () => {
    const { ui, log } = setup();
    ui.mount();
    expect(document.body.lastElementChild).toBe(ui.shadowHost);
    expect(ui.shadowHost.shadowRoot).toBeNull();
    expect(log).toEqual(['mount taiwan-city-lens']);
  });

  it('holds its styles after a reset of what the page passes on', () => {
    const { ui, container } = setup();
    ui.mount();
    const style = container().parentElement!.querySelector('head > style')!;
    expect(style.textContent).toMatch(/^:host\{all:initial !important;\}/);
    expect(style.textContent).toContain('.tcl-tab { color: white; }');
  });

  it('hidden until shown: mounted with a rule that gives the host no box, which show() takes away for good', () => {
    document.body.innerHTML = '<p>page</p>';
    let shadow: ShadowRoot | null = null;
    const ui = createShadowHost(document, {
      name: 'taiwan-city-lens',
      css: '',
      isolateEvents: [],
      hiddenUntilShown: true,
      onMount: (_c, s) => void (shadow = s),
      onRemove: () => undefined,
    });
    const rules = () => [...shadow!.querySelectorAll('head > style')].map((s) => s.textContent);
    ui.mount();
    expect(rules()).toContain(':host{display:none !important;}');
    ui.show();
    expect(rules()).not.toContain(':host{display:none !important;}');
    // Removed by the page and mounted again: still shown.
    ui.remove();
    ui.mount();
    expect(rules()).not.toContain(':host{display:none !important;}');
    expect(rules()[0]).toMatch(/^:host\{all:initial !important;\}/);
  });

  it('stops the isolated events at its edge: the page’s listeners never hear them', () => {
    const { ui, container } = setup();
    ui.mount();
    const heard: string[] = [];
    document.addEventListener('click', (e) => heard.push(e.type));
    document.addEventListener('keydown', (e) => heard.push(e.type));
    document.addEventListener('focusin', (e) => heard.push(e.type));
    const button = container().querySelector('button')!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(heard).toEqual(['focusin']);
  });

  it('removed, it says so once, leaves the page and keeps nothing; mounted again, it draws afresh', () => {
    const { ui, log, container } = setup();
    ui.mount();
    ui.remove();
    ui.remove();
    expect(log).toEqual(['mount taiwan-city-lens', 'remove']);
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(container().childNodes.length).toBe(0);
    ui.mount();
    expect(ui.shadowHost.isConnected).toBe(true);
    expect(container().querySelector('button')).not.toBeNull();
  });
});
