import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, lensDom, useHarness, waitForScans, openPanel } from './helpers';

/**
 * The page structures of issue 17 in the built extension, one fixture page per kind
 * (tests/fixtures/pages/uclg-aspac.org/structures/): what the panel lists, and where.
 */
const h = useHarness();

/** The panel's findings once the first scan is done (the panel's scan counter). */
async function findingsAfterScan(page: Page): Promise<string[]> {
  await waitForScans(page);
  await openPanel(page);
  const found = await lensDom(page).locator('.tcl-finding').records(['data-kind', 'data-quote']);
  return found.map((f) => `${f['data-kind']}: ${f['data-quote']}`).sort();
}
const placesListed = async (page: Page) => (await lensDom(page).locator('.tcl-place').attrs('data-place')).sort();

describe('naming on the structures real sites use', () => {
  it('a country select: the option is reported, and the panel says which list of the form holds it', async () => {
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto('http://uclg-aspac.org/structures/select.html');
    expect(await findingsAfterScan(page)).toEqual(
      ['province-of-china: Taiwan, Province of China', 'under-china: Kaohsiung', 'chinese-taipei: 中華台北'].sort(),
    );
    const lens = lensDom(page);
    await openPanel(page);
    // Said on the finding's group, visible without opening it.
    const where = lens.locator('.tcl-finding-group[data-quote="Taiwan, Province of China"] .tcl-where');
    await where.waitFor({ state: 'visible' });
    expect(await where.text()).toBe('in the “Country” list of the form');
    expect(await lens.locator('.tcl-finding-group[data-quote="Kaohsiung"] .tcl-where').text()).toBe('in the “Host city” list of the form');
    // A <label> wrapping its list: the label's own words, not the options'.
    expect(await lens.locator('.tcl-finding-group[data-quote="中華台北"] .tcl-where').text()).toBe('in the “國家／地區” list of the form');
    // Findings elsewhere say nothing of a form.
    expect(await lens.locator('.tcl-where').count()).toBe(3);
    // The form still works: the page's own select keeps its value and options.
    await page.selectOption('#country', { label: 'Thailand' });
    expect(await page.$eval('#country', (s) => (s as HTMLSelectElement).options.length)).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cards, flex rows, definition lists and label-grouped lists: China records are reported, Taiwan records are not', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('http://uclg-aspac.org/structures/records.html');
    expect(await findingsAfterScan(page)).toEqual(
      ['under-china: Kaohsiung City', 'under-china: Taichung City', 'under-china: Pingtung County', 'under-china: Yilan County', 'under-china: Hualien'].sort(),
    );
    expect(await placesListed(page)).toEqual(
      ['kaohsiung', 'taipei', 'taichung', 'tainan', 'pingtung', 'yilan', 'keelung', 'hualien', 'taoyuan', 'hsinchu-city'].sort(),
    );
    // The finding's underline is on the card's name as the reader sees it.
    const underlined = await page.evaluate(() => [...(CSS.highlights.get('tcl-critical') ?? [])].map((r) => r.toString()).sort());
    expect(underlined).toEqual(['Hualien', 'Kaohsiung City', 'Pingtung County', 'Taichung City', 'Yilan County']);
    await page.close();
  });

  it('a page about Taoyuan County in Hunan: its mentions are not Taiwan’s Taoyuan', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('http://uclg-aspac.org/structures/namesake.html');
    expect(await findingsAfterScan(page)).toEqual(['chinese-taipei: Chinese Taipei']);
    expect(await placesListed(page)).toEqual([]);
    await page.close();
  });

  it('Spanish, French and other wordings are reported; correct naming side by side is not', async () => {
    const page = await h.browser.context.newPage();
    await page.goto('http://uclg-aspac.org/structures/variants.html');
    expect(await findingsAfterScan(page)).toEqual(
      ['taiwan-china: Taiwán, China', 'under-china: Tainan, Chine', 'province-of-china: Taiwán (Provincia China)', 'province-of-china: Taiwan, Prov. of China'].sort(),
    );
    await page.close();
  });
});
