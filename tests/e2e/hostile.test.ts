import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOST_TAG, openPanel, page as html, pageIdle, useHarness, lensDom, waitForScans } from './helpers';

const h = useHarness();

const placesOf = (page: Page) =>
  lensDom(page).locator(`[data-place]`).attrs('data-place').then((ids) => ids.sort());

/** Console messages that came from the extension (its scripts log with this prefix or from its URL). */
function extensionConsole(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    const where = m.location().url ?? '';
    if (m.text().includes('Taiwan City Lens') || where.startsWith('chrome-extension://')) found.push(`${m.type()}: ${m.text()}`);
  });
  return found;
}

describe('hostile and unusual pages', () => {
  it('a page that removes the panel gets it back once, then the extension stops fighting', async () => {
    h.server.setRoute(
      'www.iclei.org',
      '/remover',
      html('Remover', `<p>Kaohsiung City</p><script>
        window.removals = 0;
        const remove = () => { const h = document.querySelector('taiwan-city-lens'); if (h) { h.remove(); window.removals++; } };
        new MutationObserver(remove).observe(document.body, { childList: true });
      </script>`),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/remover');
    // The second removal, then the page's next idle moment: the guard checks one task after a change.
    await page.waitForFunction(() => (window as unknown as { removals: number }).removals >= 2, undefined, { timeout: 30_000 });
    await pageIdle(page);
    expect(await page.locator(HOST_TAG).count()).toBe(0);
    // Mounted, removed, mounted once more, removed: then quiet.
    expect(await page.evaluate(() => (window as unknown as { removals: number }).removals)).toBe(2);
    await page.close();
  });

  it('a page that replaces document.body gets the panel in the new body, scanned', async () => {
    h.server.setRoute(
      'www.iclei.org',
      '/replacer',
      html('Replacer', `<p>Taipei City</p><script>
        setTimeout(() => { const b = document.createElement('body'); b.innerHTML = '<p>Tainan City and Pingtung County</p>'; document.body.replaceWith(b); }, 1500);
      </script>`),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/replacer');
    await openPanel(page);
    await lensDom(page).locator(`[data-place="pingtung"]`).waitFor({ state: 'attached', timeout: 8000 });
    expect(await placesOf(page)).toEqual(['pingtung', 'tainan']);
    await page.close();
  });

  it('a page that breaks built-ins and throws does not break the extension, which logs nothing to it', async () => {
    h.server.setRoute(
      'www.iclei.org',
      '/saboteur',
      html('Saboteur', `<p id="t">Taiwan, Province of China; Kaohsiung City.</p><script>
        Array.prototype.map = function () { throw new Error('map is broken'); };
        Array.prototype.push = function () { return 0; };
        JSON.stringify = () => { throw new Error('stringify is broken'); };
        Node.prototype.appendChild = function () { throw new Error('appendChild is broken'); };
        setTimeout(() => { throw new Error('the page throws'); }, 10);
      </script>`),
    );
    const page = await h.browser.context.newPage();
    const logged = extensionConsole(page);
    await page.goto('http://www.iclei.org/saboteur');
    await openPanel(page);
    await lensDom(page).locator(`.tcl-finding[data-kind="province-of-china"]`).waitFor({ state: 'attached' });
    // The page's broken Array.prototype would break a test helper in its world: count instead.
    expect(await lensDom(page).locator(`[data-place]`).count()).toBe(1);
    expect(await lensDom(page).locator(`[data-place="kaohsiung"]`).count()).toBe(1);
    expect(logged).toEqual([]);
    await page.close();
  });

  it('CSS with !important everywhere and highlights of the page’s own both keep working', async () => {
    h.server.setRoute(
      'www.iclei.org',
      '/css',
      html(
        'CSS',
        `<p id="own">Our own highlight</p><p>Chinese Taipei</p><script>
          const r = document.createRange(); r.selectNodeContents(document.getElementById('own'));
          CSS.highlights.set('page-own', new Highlight(r));
        </script>`,
        `<style>* { all: initial !important; } taiwan-city-lens, :not(:defined) { all: initial !important; } ::highlight(page-own) { background: pink; }</style>`,
      ),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/css');
    await openPanel(page);
    await lensDom(page).locator(`.tcl-finding`).waitFor({ state: 'attached' });
    expect(await lensDom(page).locator(`.tcl-body`).isVisible()).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('page-own') && CSS.highlights.has('tcl-medium'))).toBe(true);
    await page.close();
  });

  it('a page that clears the highlight registry gets ours back at the next change it makes', async () => {
    h.server.setRoute('www.iclei.org', '/clears', html('Clears', `<p>Chinese Taipei</p><ul id="list"><li>Seoul</li></ul>
      <script>window.clearAndAdd = () => { CSS.highlights.clear(); const li = document.createElement('li'); li.textContent = 'Taiwan, Province of China'; document.getElementById('list').append(li); };</script>`));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/clears');
    await openPanel(page);
    await lensDom(page).locator(`.tcl-finding`).waitFor({ state: 'attached' });
    await page.evaluate(() => (window as unknown as { clearAndAdd: () => void }).clearAndAdd());
    await lensDom(page).locator(`.tcl-finding[data-quote="Taiwan, Province of China"]`).waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].sort())).toEqual(['tcl-critical', 'tcl-medium']);
    expect(await page.evaluate(() => [...CSS.highlights.get('tcl-medium')!].map((r) => r.toString()))).toEqual(['Chinese Taipei']);
    await page.close();
  });

  it('right-to-left text, emoji and combining marks around a finding', async () => {
    h.server.setRoute('www.iclei.org', '/rtl', html('RTL', '<p dir="rtl">مرحبا 👍🏽 Chinese Taipei é́ שלום Kaohsiung👩‍👩‍👧</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/rtl');
    await openPanel(page);
    await lensDom(page).locator(`.tcl-finding`).waitFor({ state: 'attached' });
    expect(await lensDom(page).locator(`.tcl-finding`).attr('data-quote')).toBe('Chinese Taipei');
    expect(await placesOf(page)).toEqual(['kaohsiung']);
    await page.close();
  });

  it('open shadow roots and iframes are not scanned (documented)', async () => {
    h.server.setRoute('www.iclei.org', '/frame', html('Frame', '<p>Chinese Taipei</p>'));
    h.server.setRoute(
      'www.iclei.org',
      '/nested',
      html('Nested', `<p>Taichung City</p><div id="h"></div><iframe src="/frame"></iframe><script>
        document.getElementById('h').attachShadow({ mode: 'open' }).innerHTML = '<p>Taiwan, China</p>';
      </script>`),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/nested');
    await openPanel(page);
    await lensDom(page).locator(`[data-place="taichung"]`).waitFor({ state: 'attached' });
    await waitForScans(page);
    expect(await lensDom(page).locator(`.tcl-finding`).count()).toBe(0);
    await page.close();
  });
});

describe('nothing leaves the machine', () => {
  it('the extension’s pages and scripts make no network request', async () => {
    const requests: string[] = [];
    h.browser.context.on('request', (r) => requests.push(r.url()));
    h.server.setRoute('www.iclei.org', '/quiet', html('Quiet', '<p>Kaohsiung City, Chinese Taipei</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/quiet');
    await openPanel(page);
    await lensDom(page).locator(`.tcl-finding`).waitFor({ state: 'attached' });
    for (const file of ['popup.html', 'dashboard.html']) {
      const p = await h.browser.context.newPage();
      await p.goto(`chrome-extension://${h.browser.extensionId}/${file}`);
      await p.locator('main').waitFor();
      await pageIdle(p);
      await p.close();
    }
    await pageIdle(page);
    const outside = requests.filter((u) => !u.startsWith('chrome-extension://') && u !== 'http://www.iclei.org/quiet' && !u.endsWith('/favicon.ico'));
    expect(outside).toEqual([]);
    await page.close();
  });
});
