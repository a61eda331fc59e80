import { describe, expect, it } from 'vitest';
import { clickToolbarButton, HOST_TAG, page as html, useHarness, lensDom } from './helpers';

const h = useHarness();

async function tabIdOf(url: string): Promise<number> {
  const worker = h.browser.context.serviceWorkers()[0]!;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return worker.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({ url: u }))[0].id, url);
}

describe('toolbar', () => {
  it('the popup shows the tab’s organization and the places found there', async () => {
    h.server.setRoute('citynet-ap.org', '/popup', html('Popup', '<p>Taichung City and Kaohsiung City; Taiwan, China.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://citynet-ap.org/popup');
    await lensDom(page).locator(`[data-place="taichung"]`).waitFor({ state: 'attached' });
    const tabId = await tabIdOf('http://citynet-ap.org/popup');
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-org="citynet"]').waitFor();
    await popup.locator('[data-place="kaohsiung"]').waitFor();
    expect(await popup.locator('li[data-place]').evaluateAll((els) => els.map((e) => e.getAttribute('data-place')).sort())).toEqual([
      'kaohsiung',
      'taichung',
    ]);
    expect(await popup.locator('[data-findings]').getAttribute('data-findings')).toBe('1');
    await popup.close();
    await page.close();
  });

  it('after a toolbar click, the popup scans a site outside the organizations', async () => {
    h.server.setRoute('news.example.com', '/article', html('News', '<p>The forum listed Kaohsiung, China and Chinese Taipei.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://news.example.com/article');
    await page.waitForTimeout(1000);
    expect(await page.locator(HOST_TAG).count()).toBe(0);

    // Without a host permission the extension cannot query the tab by URL: take the active one.
    await page.bringToFront();
    const worker = h.browser.context.serviceWorkers()[0]!;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const tabId = await worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    // The toolbar click opens the popup and grants activeTab on the page; the popup shown as a page
    // for that tab stands in for the one Chromium opened.
    await clickToolbarButton(h.browser, page);
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-action="scan"]').click();
    await lensDom(page).locator(`.tcl-finding[data-kind="under-china"]`).waitFor({ state: 'attached' });
    expect((await lensDom(page).locator(`.tcl-finding`).attrs('data-quote')).sort()).toEqual([
      'Chinese Taipei',
      'Kaohsiung, China',
    ]);
    await popup.locator('[data-findings="2"]').waitFor();
    await popup.close();
    await page.close();
  });

  it('the panel’s open state is remembered per site', async () => {
    h.server.setRoute('www.iclei.org', '/remember', html('Remember', '<p>Tainan City</p>'));
    h.server.setRoute('citynet-ap.org', '/remember', html('Remember', '<p>Tainan City</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/remember');
    const panel = lensDom(page).locator(`.tcl-panel`);
    await panel.waitFor();
    expect(await panel.attr('data-open')).toBe('false');
    expect(await lensDom(page).locator(`.tcl-places`).isVisible()).toBe(false);
    await lensDom(page).locator(`.tcl-tab`).click();
    expect(await lensDom(page).locator(`.tcl-places`).isVisible()).toBe(true);
    await page.reload();
    await lensDom(page).locator(`.tcl-panel[data-open="true"]`).waitFor();
    await page.goto('http://citynet-ap.org/remember');
    await lensDom(page).locator(`[data-place="tainan"]`).waitFor({ state: 'attached' });
    expect(await lensDom(page).locator(`.tcl-panel`).attr('data-open')).toBe('false');
    await page.close();
  });
});
