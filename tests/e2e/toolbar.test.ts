import { describe, expect, it } from 'vitest';
import { page as html, useHarness, lensDom, waitForScans } from './helpers';

const h = useHarness();

describe('toolbar', () => {
  // The popup on an organization's page, and its scan of a site outside them after a toolbar click:
  // shared scenarios (./scenarios/scenarios.ts), run in both browsers.

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
    await lensDom(page).locator(`.tcl-places`).waitFor({ state: 'visible' });
    await page.reload();
    // Left open: the panel comes open, with no collapsed tab first that a click could meet as it opens.
    const first = lensDom(page).locator(`.tcl-panel`);
    await first.waitFor();
    expect(await first.attr('data-open')).toBe('true');
    await page.goto('http://citynet-ap.org/remember');
    await waitForScans(page);
    expect(await lensDom(page).locator(`.tcl-panel`).attr('data-open')).toBe('false');
    expect(await lensDom(page).locator(`.tcl-places`).isVisible()).toBe(false);
    await page.close();
  });
});
