import { describe, expect, it } from 'vitest';
import { afterExtensionDecided, collectErrors, HOST_TAG, pageIdle, useHarness, type Browser, lensDom } from './helpers';
// @ts-expect-error plain ESM harness
import { launchBrowser } from '../harness/browser.mjs';

const h = useHarness();

describe('the content script mounts on the organizations’ sites only', () => {
  it.each([
    ['http://www.iclei.org/', 'iclei'],
    ['http://iclei.org/', 'iclei'],
    ['http://eastasia.iclei.org/', 'iclei'],
    ['https://kcc.iclei.org/', 'iclei'],
    ['http://citynet-ap.org/', 'citynet'],
    ['https://www.uclg.org/', 'uclg'],
    ['http://uclg-aspac.org/', 'uclg'],
  ])('%s has the host element with data-org=%s', async (url, org) => {
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    const host = page.locator(HOST_TAG);
    await host.waitFor({ state: 'attached' });
    expect(await host.getAttribute('data-org')).toBe(org);
    expect(await host.count()).toBe(1);
    // Closed: the page sees no shadow root; DevTools does.
    expect(await host.evaluate((el) => el.shadowRoot)).toBe(null);
    expect(await lensDom(page).shadowRootType()).toBe('closed');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['http://example.org/', 'https://example.org/', 'http://iclei.org.example.net/', 'http://noticlei.org/'])(
    'mounts nothing on %s',
    async (url) => {
      const page = await h.browser.context.newPage();
      await page.goto(url);
      await afterExtensionDecided(h, page);
      expect(await page.locator(HOST_TAG).count()).toBe(0);
      await page.close();
    },
  );
});

describe('a page opened while the extension is starting', () => {
  it('still gets the lens (its load events came before the worker listened)', async () => {
    // A browser of its own, and a page whose load overlaps the worker's first moments (~150 ms).
    const rows = Array.from({ length: 1500 }, (_, i) => `<tr><td>City ${i}</td><td>Kaohsiung City</td></tr>`).join('');
    h.server.setRoute('www.iclei.org', '/starting', `<!doctype html><title>Starting</title><table>${rows}</table>`);
    // The race is timing-bound: three fresh starts, each must get it.
    for (let start = 0; start < 3; start++) {
      const fresh = (await launchBrowser({ port: h.server.port })) as Browser;
      try {
        const page = await fresh.context.newPage();
        await page.goto('http://www.iclei.org/starting');
        await page.locator(HOST_TAG).waitFor({ state: 'attached', timeout: 8000 });
      } finally {
        await fresh.close();
      }
    }
  }, 60_000);
});

describe('extension pages', () => {
  it.each(['popup.html', 'dashboard.html'])('%s opens without console errors', async (file) => {
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`chrome-extension://${h.browser.extensionId}/${file}`);
    await page.locator('main').waitFor();
    await pageIdle(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('style isolation', () => {
  it('the page’s CSS does not change the panel, and the panel’s does not change the page', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/hostile-css.html');
    const tab = lensDom(page).locator(`.tcl-tab`);
    await tab.waitFor();
    const tabStyle = await tab.styles(['color', 'font-size', 'display', 'background-color']);
    expect(tabStyle).toEqual({ color: 'rgb(255, 255, 255)', 'font-size': '12px', display: 'block', 'background-color': 'rgb(11, 95, 138)' });
    await tab.click();
    const body = lensDom(page).locator(`.tcl-body`);
    await body.waitFor({ state: 'visible' });
    expect(await body.style('width')).toBe('340px');

    const probe = await page.locator('#probe').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize };
    });
    expect(probe).toEqual({ color: 'rgb(255, 0, 0)', fontSize: '40px' });
    // Whatever the extension adds to the page's own document may only style its highlights.
    const foreignRules = await page.evaluate(() =>
      [...document.styleSheets]
        .filter((sheet) => sheet.ownerNode && (sheet.ownerNode as Element).id !== '' )
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .filter((text) => !text.startsWith('::highlight(')),
    );
    expect(foreignRules).toEqual([]);
    await page.close();
  });
});
