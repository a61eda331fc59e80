/**
 * What a hostile page cannot do to the lens, and what no tab, update or reload can do to a note:
 * the page cannot switch the lens off (a forged WXT announcement, a decoy host, an element with
 * our old style id), cannot see a capture happen, and two tabs lose nothing (an extension reload:
 * ./reload.test.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, colouredPixels, hoverOver, lensDom, openPanel, page as html, useHarness, waitForNotesLoaded, waitForScans } from './helpers';
import { storedRecords } from './extension-worker';

const h = useHarness();

const stored = (store: 'notes' | 'evidence') => storedRecords(h.browser, store);


const highlightCount = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tcl-')).length);

async function openLens(page: Page, url: string) {
  await page.goto(url);
  await waitForNotesLoaded(page);
  await waitForScans(page);
}

describe('the page cannot switch the lens off or hide its work', () => {
  it('a forged "content-script-started" announcement (CustomEvent and postMessage) changes nothing; the page hears no extension id', async () => {
    const id = h.browser.extensionId;
    h.server.setRoute(
      'www.iclei.org',
      '/forge',
      html(
        'Forge',
        `<p id="n">The directory lists Chinese Taipei as a member.</p>
         <script>
           window.heard = [];
           addEventListener('message', (e) => window.heard.push(JSON.stringify(e.data)));
           window.forge = (id) => {
             for (const name of [id + ':content:wxt:content-script-started', 'wxt:content-script-started']) {
               document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
               window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
             }
           };
         </script>`,
      ),
    );
    const page = await h.browser.context.newPage();
    await openLens(page, 'http://www.iclei.org/forge');
    expect(await highlightCount(page)).toBeGreaterThan(0);
    const scans = Number(await lensDom(page).locator('.tcl-panel').attr('data-scans'));
    await page.evaluate((x) => (window as unknown as { forge: (id: string) => void }).forge(x), id);
    // Something the lens does after the forgery: a new paragraph is scanned, so the lens is alive.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Taipei, China joined.</p>'));
    await waitForScans(page, scans + 1);
    expect(await lensDom(page).mounted()).toBe(true);
    expect(await lensDom(page).locator('.tcl-tab').isVisible()).toBe(true);
    expect(await highlightCount(page)).toBeGreaterThan(0);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    // The page's own forgeries aside, nothing was posted to it (WXT's announcement carried the id).
    expect(heard.filter((m) => !m.includes('forged') && (m.includes(id) || m.includes('content-script-started')))).toEqual([]);
    await page.close();
  });

  it('a decoy <taiwan-city-lens hidden> in the page does not keep the lens out, and its text is still read', async () => {
    h.server.setRoute(
      'www.iclei.org',
      '/decoy',
      html('Decoy', `<taiwan-city-lens hidden></taiwan-city-lens><taiwan-city-lens id="wrap"><p id="n">The directory lists Chinese Taipei.</p></taiwan-city-lens>`),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/decoy');
    // The lens mounts its own host after the page's; the test's reader finds the first one, so the
    // page drops its decoys once ours is there (a page that keeps them changes nothing for the lens).
    await page.waitForFunction(() => document.querySelectorAll('taiwan-city-lens').length === 3);
    await page.evaluate(() => {
      const [decoy, wrap] = document.querySelectorAll('taiwan-city-lens');
      decoy!.remove();
      wrap!.replaceWith(...wrap!.childNodes);
    });
    await waitForScans(page);
    expect(await lensDom(page).locator('.tcl-tab').isVisible()).toBe(true);
    // Text the page wrapped in an element named like our host is the page's, and is scanned.
    await openPanel(page);
    await lensDom(page).locator('.tcl-finding[data-quote="Chinese Taipei"]').waitFor({ state: 'attached' });
    await page.close();
  });

  it('an element with the old highlight style id does not hide the underlines', async () => {
    h.server.setRoute(
      'www.iclei.org',
      '/style-id',
      html('Style id', `<p id="n" style="font-size:24px">The directory lists Chinese Taipei as a member.</p>`, '<style id="taiwan-city-lens-highlights"></style>'),
    );
    const page = await h.browser.context.newPage();
    await openLens(page, 'http://www.iclei.org/style-id');
    expect(await colouredPixels(page, '#n')).toBeGreaterThan(20);
    await page.close();
  });

  it('on an organization\'s site the underlines are drawn by the rules the manifest declares: no style sheet is added to the page', async () => {
    h.server.setRoute('www.iclei.org', '/declared', html('Declared', '<p id="n" style="font-size:24px">The directory lists Chinese Taipei as a member.</p>'));
    const page = await h.browser.context.newPage();
    await openLens(page, 'http://www.iclei.org/declared');
    expect(await colouredPixels(page, '#n')).toBeGreaterThan(20);
    // Adding a sheet after the page was styled restyles all of it; the page's own list stays its own.
    expect(await page.evaluate(() => [document.adoptedStyleSheets.length, document.styleSheets.length])).toEqual([0, 0]);
    await page.close();
  });

  it('a capture gives the page nothing to react to, and records the hash of the passage as the page showed it', async () => {
    const QUOTE = 'Taiwan, Province of China';
    h.server.setRoute(
      'www.iclei.org',
      '/capture-watch',
      html(
        'Watched',
        `<p id="n">The directory lists ${QUOTE}.</p>
         <script>
           // Once armed, any change the page can see makes it swap its wording before the screenshot.
           window.seen = [];
           window.arm = () => new MutationObserver((records) => {
             for (const r of records) {
               const host = r.target.closest ? r.target.closest('taiwan-city-lens') : null;
               window.seen.push(r.type + ':' + (r.target.nodeName || '') + ':' + (r.attributeName || '') + (host ? ':host' : ''));
             }
             document.getElementById('n').textContent = 'The directory lists Taiwan.';
           }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
         </script>`,
      ),
    );
    const page = await h.browser.context.newPage();
    await openLens(page, 'http://www.iclei.org/capture-watch');
    await clickToolbarButton(h.browser, page);
    await hoverOver(page, '#n', 'Taiwan, Province');
    await lensDom(page).locator('.tcl-card [data-action="report"]').click();
    await lensDom(page).locator('.tcl-editor textarea').fill('Watched capture');
    await page.evaluate(() => (window as unknown as { arm: () => void }).arm());
    // Our highlights, counted on every frame: the screenshot is taken without them.
    await page.evaluate(() => {
      const counts: number[] = [];
      (window as unknown as { counts: number[] }).counts = counts;
      const count = () => {
        counts.push([...CSS.highlights.keys()].filter((k) => k.startsWith('tcl-')).length);
        requestAnimationFrame(count);
      };
      count();
    });
    await lensDom(page).locator('.tcl-editor [data-action="save"]').click();
    await lensDom(page).locator('.tcl-note[data-kind="naming-concern"] img.tcl-thumb').waitFor();
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    const counts = await page.evaluate(() => (window as unknown as { counts: number[] }).counts);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toContain(0);
    expect(await highlightCount(page)).toBeGreaterThan(0);
    expect(await page.locator('#n').textContent()).toContain(QUOTE);
    const note = (await stored('notes')).find((n) => n.body === 'Watched capture')!;
    const evidence = (await stored('evidence')).find((e) => e.noteId === note.id)!;
    expect(evidence.passageSha256).toBe(createHash('sha256').update(QUOTE).digest('hex'));
    await page.close();
  });
});

describe('no silent overwrite, no lost text', () => {
  it('two tabs edit one note: the second save shows both texts, and the user keeps either', async () => {
    h.server.setRoute('citynet-ap.org', '/two-tabs', html('Two tabs', '<p>Kaohsiung hosts the CityNet office.</p>'));
    const url = 'http://citynet-ap.org/two-tabs';
    const a = await h.browser.context.newPage();
    await openLens(a, url);
    const lensA = lensDom(a);
    if ((await lensA.locator('.tcl-panel').attr('data-open')) !== 'true') await lensA.locator('.tcl-tab').click();
    await lensA.locator('[data-action="page-note"]').click();
    await lensA.locator('.tcl-editor textarea').fill('First text');
    await lensA.locator('.tcl-editor [data-action="save"]').click();
    await lensA.locator('.tcl-note').filter({ hasText: 'First text' }).waitFor();

    const b = await h.browser.context.newPage();
    await openLens(b, url);
    const lensB = lensDom(b);
    await lensB.locator('.tcl-note [data-action="edit"]').click();
    await a.bringToFront();
    await lensA.locator('.tcl-note [data-action="edit"]').click();
    await lensA.locator('.tcl-editor textarea').fill('Text from tab A');
    await lensA.locator('.tcl-editor [data-action="save"]').click();
    await lensA.locator('.tcl-note').filter({ hasText: 'Text from tab A' }).waitFor();

    await b.bringToFront();
    await lensB.locator('.tcl-editor textarea').fill('Text from tab B');
    await lensB.locator('.tcl-editor [data-action="save"]').click();
    const conflict = lensB.locator('.tcl-editor .tcl-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('.tcl-theirs').text()).toBe('Text from tab A');
    expect(await lensB.locator('.tcl-editor textarea').value()).toBe('Text from tab B');
    expect((await stored('notes')).find((n) => n.url === url)!.body).toBe('Text from tab A');
    await conflict.locator('[data-action="keep-mine"]').click();
    await lensB.locator('.tcl-note').filter({ hasText: 'Text from tab B' }).waitFor();
    expect((await stored('notes')).find((n) => n.url === url)).toMatchObject({ body: 'Text from tab B', rev: 3 });

    // And the other way: tab A, still showing its own older text, is told and keeps tab B's.
    await a.bringToFront();
    await lensA.locator('.tcl-note [data-action="edit"]').click();
    await lensA.locator('.tcl-editor textarea').fill('Another try from A');
    await lensA.locator('.tcl-editor [data-action="save"]').click();
    await lensA.locator('.tcl-editor .tcl-conflict').waitFor();
    await lensA.locator('.tcl-editor .tcl-conflict [data-action="keep-theirs"]').click();
    await lensA.locator('.tcl-note').filter({ hasText: 'Text from tab B' }).waitFor();
    expect((await stored('notes')).find((n) => n.url === url)!.body).toBe('Text from tab B');
    await a.close();
    await b.close();
  });

  it('text typed in the editor is kept: the page reloaded (or the tab closed) offers it back', async () => {
    h.server.setRoute('uclg-aspac.org', '/draft', html('Draft', '<p>Taipei hosted the congress in 2014.</p>'));
    const page = await h.browser.context.newPage();
    await openLens(page, 'http://uclg-aspac.org/draft');
    const lens = lensDom(page);
    if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
    await lens.locator('[data-action="page-note"]').click();
    await lens.locator('.tcl-editor textarea').fill('Half-written protest letter');
    await page.reload();
    await waitForNotesLoaded(page);
    await lens.locator('.tcl-editor [data-restored="true"]').waitFor();
    expect(await lens.locator('.tcl-editor textarea').value()).toBe('Half-written protest letter');
    await lens.locator('.tcl-editor [data-action="save"]').click();
    await lens.locator('.tcl-note').filter({ hasText: 'Half-written protest letter' }).waitFor();
    // Saved: nothing is offered again.
    await page.reload();
    await waitForNotesLoaded(page);
    expect(await lens.locator('.tcl-editor').count()).toBe(0);
    await page.close();
  });
});
