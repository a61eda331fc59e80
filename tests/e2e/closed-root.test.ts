import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, page as html, useHarness } from './helpers';
import { lensDom } from './lens-dom';

const h = useHarness();

const SECRET = 'Call Ms Lin before the congress';
const TYPED = 'zqxjk';

/**
 * A hostile page: it hooks attachShadow before anything else runs, listens for every typing,
 * clipboard and click event on window and document, and keeps what it learns in window.stolen.
 */
const SPY = `<script>
  window.stolen = { roots: [], events: [], texts: [], clicks: 0 };
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = original.call(this, init); window.stolen.roots.push(r); return r; };
  const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionend', 'paste', 'copy', 'change', 'click', 'focusin'];
  for (const target of [window, document]) for (const type of types)
    target.addEventListener(type, (e) => window.stolen.events.push(type + ':' + (e.key ?? e.data ?? '')));

  window.tryToRead = () => {
    const host = document.querySelector('taiwan-city-lens');
    const root = host && host.shadowRoot;
    const fromRoots = window.stolen.roots.map((r) => r.textContent);
    const buttons = root ? [...root.querySelectorAll('button')] : [];
    for (const b of buttons) { b.click(); window.stolen.clicks++; }
    const urls = [...document.querySelectorAll('img, [src], [href]'), ...(root ? root.querySelectorAll('img, [src], [href]') : [])].map((e) => e.getAttribute('src') || e.getAttribute('href'))
      .concat(performance.getEntries().map((e) => e.name));
    return {
      shadowRoot: root === null ? null : 'open',
      text: (root ? root.textContent : '') + fromRoots.join(' ') + (host ? host.innerText + host.textContent : '') + document.body.innerText,
      urls: urls.filter((u) => /^(blob|data):/.test(u || '')),
    };
  };
</script>`;

const ARTICLE = html('Hostile page', `<p id="p">Kaohsiung City joined in 2006; Chinese Taipei is how the form names Taiwan.</p>${SPY}`);
const stolen = (page: Page) => page.evaluate(() => (window as unknown as { stolen: { roots: unknown[]; events: string[]; clicks: number } }).stolen);
const tryToRead = (page: Page) => page.evaluate(() => (window as unknown as { tryToRead: () => { shadowRoot: string | null; text: string; urls: string[] } }).tryToRead());

async function openPanel(page: Page) {
  const lens = lensDom(page);
  await lens.locator('.tcl-tab').waitFor();
  if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
  await lens.locator('.tcl-body').waitFor();
  return lens;
}

describe('a page cannot reach into the lens', () => {
  it('cannot read a note, press our buttons, or hear what is typed in the note editor', async () => {
    h.server.setRoute('www.iclei.org', '/spy', ARTICLE);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/spy');
    const lens = await openPanel(page);
    expect(await lens.shadowRootType()).toBe('closed');

    // A page note, typed key by key as a person would.
    await lens.locator('[data-action="page-note"]').click();
    const box = lens.locator('.tcl-editor textarea');
    await box.waitFor();
    expect(await box.isFocused()).toBe(true);
    await page.keyboard.type(`${SECRET} ${TYPED}`);
    await lens.locator('.tcl-editor [data-action="save"]').click();
    await lens.locator('.tcl-note').filter({ hasText: SECRET }).waitFor();

    const notesBefore = await lens.locator('.tcl-note').count();
    const seen = await tryToRead(page);
    expect(seen.shadowRoot).toBe(null);
    expect(seen.text).not.toContain(SECRET);
    expect(seen.text).not.toContain('Taiwan City Lens');
    const spy = await stolen(page);
    // The page's attachShadow hook never saw our root (the content script has its own world).
    expect(spy.roots).toEqual([]);
    expect(spy.clicks).toBe(0);
    // Nothing of what was typed or clicked in the panel reached the page's listeners. (Listeners in
    // the capture phase on window and document still run before the event reaches us: see README.)
    expect(spy.events.filter((e) => /^(key|beforeinput|input|textInput|composition|paste|copy|change)/.test(e))).toEqual([]);
    expect(spy.events.join(' ')).not.toContain(TYPED[0]);
    expect(await lens.locator('.tcl-note').count()).toBe(notesBefore);
    await page.close();
  });

  it('cannot find a screenshot thumbnail to fetch', async () => {
    h.server.setRoute('www.iclei.org', '/spy-shot', ARTICLE);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/spy-shot');
    const lens = await openPanel(page);
    await lens.locator('[data-action="page-note"]').click();
    await lens.locator('.tcl-editor textarea').fill('Evidence of the form.');
    await lens.locator('.tcl-editor [data-action="save"]').click();
    const note = lens.locator('.tcl-note').filter({ hasText: 'Evidence of the form.' });
    await clickToolbarButton(h.browser, page);
    await note.locator('[data-action="screenshot"]').click();
    await note.locator('.tcl-thumb').waitFor();
    const seen = await tryToRead(page);
    expect(seen.urls).toEqual([]);
    expect(seen.shadowRoot).toBe(null);
    await page.close();
  });
});
