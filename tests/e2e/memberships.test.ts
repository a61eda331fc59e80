import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, hoverOver, lensDom, page as html, useHarness, waitForScans } from './helpers';
import { callInShadowRoot, type LensLocator } from './lens-dom';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on a part of the lens. axe cannot see into a closed root, so the test's isolated world
 * copies the root's content (its styles, and details open as they are) into an open root of a
 * scratch element over the page, runs axe there, and removes it. Serious and critical violations, in words.
 */
async function axeIn(page: Page, selector: string): Promise<string[]> {
  const r = await callInShadowRoot<string[]>(
    page,
    `async function (selector) {
      ${AXE}
      const scratch = document.createElement('div');
      document.documentElement.append(scratch);
      const open = scratch.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = [...this.adoptedStyleSheets];
      open.innerHTML = this.innerHTML;
      try {
        const target = open.querySelector(selector);
        if (!target) throw new Error('nothing matches ' + selector);
        const result = await axe.run(target, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ': ' + v.nodes.map((n) => n.html.slice(0, 80)).join(' | '));
      } finally {
        scratch.remove();
      }
    }`,
    [selector],
  );
  if (!r.found) throw new Error('no lens on the page');
  return r.value;
}

const h = useHarness();

const PAGE = html(
  'Members',
  `<h1>Members in East Asia</h1>
   <p id="t">Taoyuan City chairs the EcoLogistics Community.</p>
   <p>Taichung City and Kaohsiung City are members.</p>`,
);

/** Opens the panel unless it is open already (its open state is remembered per site). */
async function openPanel(page: Page): Promise<void> {
  const lens = lensDom(page);
  await lens.locator('.tcl-tab').waitFor();
  if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
  await lens.locator('.tcl-members').waitFor();
}

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: LensLocator, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.isFocused()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} never took focus by Tab`);
}

describe('membership evidence on the page', () => {
  it('the panel shows each member with its real precision, and a keyboard user opens the quote and its source', async () => {
    h.server.setRoute('www.iclei.org', '/members-evidence', PAGE);
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto('http://www.iclei.org/members-evidence');
    const lens = lensDom(page);
    await openPanel(page);
    const taichung = lens.locator('.tcl-members [data-member="taichung"]');
    await taichung.waitFor();
    expect(await taichung.locator('.tcl-member-head .tcl-fact-text').text()).toBe('planned to apply in 2011; member (listed 2022, 2024)');
    expect(await lens.locator('.tcl-members [data-member="taoyuan"] .tcl-member-head .tcl-fact-text').text()).toBe('applied 20 Jan 2011; full member since 1 Mar 2011');

    const summary = taichung.locator('.tcl-member-head summary');
    const quote = taichung.locator('.tcl-member-head .tcl-ev-quote');
    expect(await quote.isVisible()).toBe(false);
    // A target a person can hit: at least 24 px high.
    expect((await summary.box())!.height).toBeGreaterThanOrEqual(24);

    await tabTo(page, summary);
    expect(await summary.style('outline-style')).toBe('solid');
    await page.keyboard.press('Enter');
    await quote.waitFor();
    expect(await quote.texts()).toEqual(['ICLEI 100年台中市會申請加入。', '高雄市 2006 年率先加入後，臺北市、新北市、臺中市、臺南市、屏東縣、宜蘭縣、雲林縣、嘉義縣、桃園縣及新竹市共 11 座縣市亦加入成為會員', '我國共有 12 座城市加入 ICLEI，包括臺北市、新北市、桃園市、新竹市、新竹縣、臺中市、雲林縣、嘉義縣、臺南市、高雄市、宜蘭縣及屏東縣等。']);
    expect(await quote.attr('lang')).toBe('zh-TW');
    const cite = taichung.locator('.tcl-member-head .tcl-cite');
    expect(await cite.text()).toBe(
      "城市低碳外交榮譽榜（各縣市國際參與具體成果） (cities' low-carbon diplomacy record, 2004 – Jun 2011) — national environmental agency (compiled from the cities' and counties' submissions), 2011",
    );
    // Never an internal id.
    expect(await lens.locator('.tcl-members').text()).not.toMatch(/seed \d|seeds\/|\.txt/);
    await page.keyboard.press('Enter');
    await quote.waitFor({ state: 'hidden' });

    // A page source is a link to the exact page, opened in a new tab.
    const kaohsiungRole = lens.locator('.tcl-members [data-member="kaohsiung"] .tcl-facts > li').filter({ hasText: 'Capacity Center' });
    expect(await kaohsiungRole.locator('.tcl-fact-text').text()).toBe('Host city of the ICLEI Kaohsiung Capacity Center (since Apr 2012)');
    await kaohsiungRole.locator('summary').click();
    const link = kaohsiungRole.locator('.tcl-cite a');
    await link.waitFor();
    expect(await link.records(['href', 'target', 'rel'])).toEqual([{ href: 'http://kcc.iclei.org/kcc/our-host-city.html', target: '_blank', rel: 'noopener noreferrer' }]);
    expect(await kaohsiungRole.locator('.tcl-ev-quote').text()).toBe('Since April 2012, the city hosts ICLEI\'s Kaohsiung Capacity Center.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the hover card of a place shows its facts, and the quote opens inside the card', async () => {
    h.server.setRoute('www.iclei.org', '/members-card', PAGE);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/members-card');
    const lens = lensDom(page);
    await waitForScans(page);
    await hoverOver(page, '#t', 'Taoyuan City');
    const card = lens.locator('.tcl-card[data-card="place"]');
    await card.waitFor();
    const iclei = card.locator('[data-org="iclei"]');
    expect(await iclei.locator('.tcl-member-head .tcl-fact-text').text()).toBe('applied 20 Jan 2011; full member since 1 Mar 2011');
    expect(await iclei.locator('.tcl-facts .tcl-fact-text').texts()).toEqual([
      'joined as Taoyuan County',
      'Chair city of the ICLEI EcoLogistics Community, the world’s first (since 2019)',
      'Chair and host of the ICLEI EcoLogistics Community (2020–2022)',
      'Signed with ICLEI on 27 Oct 2019, becoming chair of the EcoLogistics Community.',
      'EcoLogistics Community chair office opened 26 Mar 2020.',
      'As EcoLogistics chair, its mayor spoke at the ICLEI World Congress 2021.',
      'Invited as EcoLogistics chair city to the 2022 World Congress in Sweden; a vice mayor led the delegation.',
    ]);
    const chair = iclei.locator('.tcl-facts > li').filter({ hasText: '2020–2022' });
    await chair.locator('summary').click();
    await chair.locator('.tcl-ev-quote').waitFor();
    expect(await chair.locator('.tcl-ev-quote').text()).toBe('Taoyuan City is the Chair and Host of the Community from 2020 to 2022.');
    expect(await chair.locator('.tcl-cite a').attr('href')).toBe('https://sustainablemobility.iclei.org/ecologistics-community/');
    // The card stays open while the reader is in it.
    expect(await card.isVisible()).toBe(true);
    await page.close();
  });
});

describe('membership evidence is accessible', () => {
  it('axe-core finds no serious or critical violation in the members section with quotes open, nor in a place card', async () => {
    h.server.setRoute('www.iclei.org', '/members-axe', PAGE);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/members-axe');
    const lens = lensDom(page);
    await openPanel(page);
    const taichung = lens.locator('.tcl-members [data-member="taichung"]');
    await taichung.locator('.tcl-member-head summary').click();
    const kcc = lens.locator('.tcl-members [data-member="kaohsiung"] .tcl-facts > li').first();
    await kcc.locator('summary').click();
    await kcc.locator('.tcl-cite a').waitFor();
    expect(await axeIn(page, '.tcl-members')).toEqual([]);

    await hoverOver(page, '#t', 'Taoyuan City');
    const card = lens.locator('.tcl-card[data-card="place"]');
    await card.waitFor();
    await card.locator('[data-org="iclei"] .tcl-facts > li').nth(2).locator('summary').click();
    expect(await axeIn(page, '.tcl-card')).toEqual([]);
    await page.close();
  });
});

describe('a correction of one’s own carries the same evidence', () => {
  it('made in Settings with what its date means and the quoted sentence, it shows on the page as the user’s, with its quote on demand', async () => {
    const dash = await h.browser.context.newPage();
    await dash.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
    await dash.locator('main[data-loaded="true"]').waitFor();
    await dash.locator('select[name="fix-org"]').selectOption('citynet');
    await dash.locator('select[name="fix-place"]').selectOption('keelung');
    await dash.locator('select[name="fix-kind"]').selectOption('applied');
    await dash.locator('input[name="fix-since"]').fill('2019-05');
    await dash.locator('input[name="fix-source"]').fill('https://citynet-ap.org/members/');
    await dash.locator('input[name="fix-quote"]').fill('Keelung City applied for membership in May 2019.');
    // A date of no known precision cannot be saved.
    await dash.locator('input[name="fix-since"]').fill('5/2019');
    expect(await dash.locator('[data-action="add-membership"]').isDisabled()).toBe(true);
    await dash.locator('input[name="fix-since"]').fill('2019-05');
    await dash.locator('[data-action="add-membership"]').click();
    const listed = dash.locator('[data-correction="citynet/keelung"]');
    await listed.waitFor();
    expect(await listed.textContent()).toContain('applied May 2019');
    await dash.close();

    h.server.setRoute('citynet-ap.org', '/correction', html('Members', '<p>Keelung City joined the network.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://citynet-ap.org/correction');
    await openPanel(page);
    const keelung = lensDom(page).locator('.tcl-members [data-member="keelung"]');
    await keelung.waitFor();
    expect(await keelung.locator('.tcl-member-head .tcl-fact-text').text()).toBe('applied May 2019');
    expect(await keelung.locator('.tcl-by-user').text()).toContain('Your correction');
    await keelung.locator('.tcl-member-head summary').click();
    await keelung.locator('.tcl-ev-quote').waitFor();
    expect(await keelung.locator('.tcl-ev-quote').text()).toBe('Keelung City applied for membership in May 2019.');
    expect(await keelung.locator('.tcl-cite a').attr('href')).toBe('https://citynet-ap.org/members/');
    await page.close();
  });
});
