import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, page as html, useHarness } from './helpers';
import { scanFromPopup } from './extension-worker';
import { editorFrame, lensDom } from './lens-dom';

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
  // Both phases: a capture listener on window runs before the event reaches any element.
  for (const target of [window, document]) for (const type of types) for (const capture of [true, false])
    target.addEventListener(type, (e) => window.stolen.events.push(type + ':' + (e.key ?? e.data ?? '')), { capture });

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
const FORGED = [
  { type: 'save', draft: { kind: 'general', status: 'open', body: 'Forged by the page', tags: '', quote: '' } },
  { type: 'draft', draft: { kind: 'general', status: 'open', body: 'Forged by the page', tags: '', quote: '' } },
  { type: 'cancel' },
  { type: 'view', lang: 'en', editor: { mode: 'create', noteId: null, draft: { kind: 'general', status: 'open', body: 'Forged by the page', tags: '', quote: '' }, saving: false, error: null } },
];
/** The page posts what the lens and the editor say to each other to every frame it can reach. */
const forgeFromPage = (page: Page) =>
  page.evaluate((messages) => {
    for (let i = 0; i < window.frames.length; i++) for (const m of messages) window.frames[i]!.postMessage(m, '*');
    for (const m of messages) window.postMessage(m, '*');
    return window.frames.length;
  }, FORGED);
const stolen = (page: Page) => page.evaluate(() => (window as unknown as { stolen: { roots: unknown[]; events: string[]; clicks: number } }).stolen);
const tryToRead = (page: Page) => page.evaluate(() => (window as unknown as { tryToRead: () => { shadowRoot: string | null; text: string; urls: string[] } }).tryToRead());

async function openPanel(page: Page) {
  const lens = lensDom(page);
  await lens.locator('.tcl-tab').waitFor();
  if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
  await lens.locator('.tcl-body').waitFor();
  return lens;
}

/** A person writes a note by keyboard; the page's listeners (both phases) hear none of it, and its forged messages change nothing. */
async function typeUnheard(page: Page) {
    const lens = await openPanel(page);
    await lens.locator('[data-action="page-note"]').click();
    const box = lens.locator('.tcl-editor textarea');
    await box.waitFor();
    // Focus goes into the editor: a person types, key by key, then tabs to the tags.
    await expect.poll(() => box.isFocused()).toBe(true);
    await page.keyboard.type(`${SECRET} ${TYPED}`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('capture');
    expect(await box.value()).toBe(`${SECRET} ${TYPED}`);
    expect(await lens.locator('.tcl-editor input[name="tags"]').value()).toBe('capture');

    // The page cannot even reach our frame: it is in the closed root, not among window.frames.
    expect(await forgeFromPage(page)).toBe(0);
    // And a message that does reach the frame (here posted inside it, as any window holding it
    // could) is not listened to: the editor hears only its Port.
    await (await editorFrame(page))!.evaluate((messages) => {
      for (const m of messages) window.postMessage(m, '*');
    }, FORGED);
    const spy = await stolen(page);
    expect(spy.events.filter((e) => /^(key|beforeinput|input|textInput|composition|paste|copy|change)/.test(e))).toEqual([]);
    expect(spy.events.join(' ')).not.toContain(TYPED);
    // Still our text, still open; nothing was saved by the forgery.
    expect(await box.value()).toBe(`${SECRET} ${TYPED}`);
    expect(await lens.locator('.tcl-note').filter({ hasText: 'Forged' }).count()).toBe(0);

    // Enter in the tags field saves, as in any form.
    await page.keyboard.press('Enter');
    await lens.locator('.tcl-note').filter({ hasText: SECRET }).waitFor();
    expect(await lens.locator('.tcl-note').filter({ hasText: 'Forged' }).count()).toBe(0);
    expect((await stolen(page)).events.join(' ')).not.toContain(TYPED);
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
    await expect.poll(() => box.isFocused()).toBe(true);
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
    // Nothing of what was typed in the note editor reached the page's listeners, not even those
    // of the capture phase on window and document: the text is typed in the extension's own frame.
    expect(spy.events.filter((e) => /^(key|beforeinput|input|textInput|composition|paste|copy|change)/.test(e))).toEqual([]);
    expect(spy.events.join(' ')).not.toContain(TYPED[0]);
    expect(await lens.locator('.tcl-note').count()).toBe(notesBefore);
    await page.close();
  });

  it('hears nothing typed in the note editor, even in the capture phase, and cannot forge the editor\'s messages', async () => {
    h.server.setRoute('www.iclei.org', '/spy-capture', ARTICLE);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/spy-capture');
    await typeUnheard(page);
    await page.close();
  });

  it('the editor is framed on a page scanned from the popup too (a site no manifest lists)', async () => {
    h.server.setRoute('news.example.net', '/spy-capture', ARTICLE);
    const page = await h.browser.context.newPage();
    await page.goto('http://news.example.net/spy-capture');
    await scanFromPopup(h.browser, page);
    await typeUnheard(page);
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
