import { describe, expect, it } from 'vitest';
import { HOST_TAG, page as html, useHarness, lensDom, waitForScans, openPanel } from './helpers';
import { storedRecords } from './extension-worker';

const h = useHarness();

describe('settings reach the pages', () => {
  it('a rule turned off, a phrase of one’s own, a membership correction, and the language', async () => {
    const dash = await h.browser.context.newPage();
    await dash.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
    await dash.locator('main[data-loaded="true"]').waitFor();
    await dash.locator('select[name="rule-chinese-taipei"]').selectOption('off');
    await dash.locator('input[name="phrase"]').fill('Taiwan Area');
    await dash.locator('input[name="explanation"]').fill('Ask for "Taiwan".');
    await dash.locator('select[name="phrase-severity"]').selectOption('high');
    await dash.locator('[data-action="add-phrase"]').click();
    await dash.locator('select[name="fix-org"]').selectOption('citynet');
    await dash.locator('select[name="fix-place"]').selectOption('keelung');
    await dash.locator('input[name="fix-since"]').fill('2019');
    await dash.locator('input[name="fix-source"]').fill('https://citynet-ap.org/members/');
    await dash.locator('[data-action="add-membership"]').click();
    await dash.locator('select[name="lang"]').selectOption('zh-TW');
    // Every change is stored before the page is opened (read from the extension's database).
    await expect
      .poll(async () => JSON.stringify(await storedRecords(h.browser, 'settings')))
      .toMatch(/(?=.*zh-TW)(?=.*Taiwan Area)(?=.*2019)/s);

    h.server.setRoute('citynet-ap.org', '/settings', html('Settings', '<p>Chinese Taipei and the Taiwan Area sent delegates from Keelung City.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://citynet-ap.org/settings');
    await waitForScans(page);
    await openPanel(page);
    await lensDom(page).locator(`[data-place="keelung"]`).waitFor({ state: 'attached' });
    const findings = (await lensDom(page).locator(`.tcl-finding`).records(['data-kind', 'data-severity', 'data-quote'])).map((e) => `${e['data-kind']}/${e['data-severity']}: ${e['data-quote']}`);
    expect(findings).toEqual(['custom/high: Taiwan Area']);
    expect(await lensDom(page).locator(`.tcl-members [data-member="keelung"]`).text()).toContain('2019');
    // The dashboard's language reaches the panel.
    expect(await lensDom(page).locator(`.tcl-tab`).text()).toContain('臺灣城市外交觀測');
    await page.close();
    await dash.close();
  });
});
