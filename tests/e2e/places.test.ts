import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { afterExtensionDecided, collectErrors, HOST_TAG, page as html, useHarness, lensDom, waitForScans, openPanel } from './helpers';
import type { LensLocator } from './lens-dom';
import { fixtureHost, fixtureHtml, haveSharedFixtures, loadSharedFixtures, placeIdsFor } from './shared-fixtures';

const h = useHarness();

async function placesInPanel(page: Page): Promise<Record<string, number>> {
  // The first scan has landed.
  await waitForScans(page);
  await openPanel(page);
  const items = (await lensDom(page).locator(`[data-place]`).records(['data-place', 'data-count'])).map((el) => [el['data-place'], Number(el['data-count'])] as const);
  return Object.fromEntries(items);
}

const MEMBERS_PAGE = html(
  'Members',
  `<h1>Our members in East Asia</h1>
   <p id="k">Kaohsiung City joined in 2006. Kaohsiung hosts the capacity center. 高雄市 is in the south.</p>
   <p>Taipei City and 台北市 and 臺北市 took part. New Taipei City, then Taipei County, joined in 2008.</p>
   <p>Hsinchu is a technology hub. Taipeiing is not a word; Mountainan neither.</p>`,
);

describe('places on an organization’s page', () => {
  it('finds every Taiwanese place with its count, and lists it in the panel', async () => {
    h.server.setRoute('www.iclei.org', '/members-east-asia', MEMBERS_PAGE);
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto('http://www.iclei.org/members-east-asia');
    expect(await placesInPanel(page)).toEqual({
      kaohsiung: 3,
      taipei: 3,
      'new-taipei': 2,
      'hsinchu-city': 1,
      'hsinchu-county': 1,
    });
    // Highlights are drawn with the Custom Highlight API, not by changing the page's DOM.
    expect(await page.evaluate(() => CSS.highlights.has('tcl-place'))).toBe(true);
    expect(await page.locator('#k').evaluate((el) => el.innerHTML)).toBe(
      'Kaohsiung City joined in 2006. Kaohsiung hosts the capacity center. 高雄市 is in the south.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows membership facts in the panel and in a hover card', async () => {
    h.server.setRoute('www.iclei.org', '/members-east-asia', MEMBERS_PAGE);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/members-east-asia');
    await openPanel(page);
    const kaohsiungMember = lensDom(page).locator(`.tcl-members [data-member="kaohsiung"]`);
    await expectText(kaohsiungMember, /2006/);
    expect(await lensDom(page).locator(`.tcl-members [data-member]`).count()).toBeGreaterThanOrEqual(10);

    // Hover the first word of the paragraph: "Kaohsiung".
    const box = await page.evaluate(() => {
      const text = document.getElementById('k')!.firstChild!;
      const r = document.createRange();
      r.setStart(text, 0);
      r.setEnd(text, 9);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const card = lensDom(page).locator(`.tcl-card[data-card="place"]`);
    await card.waitFor();
    await expectText(card, /Kaohsiung/);
    await expectText(card.locator('[data-org="iclei"]'), /2006/);
    await expectText(card.locator('[data-org="citynet"]'), /CityNet/);
    await page.close();
  });

  it('picks up a node added 2 s after load', async () => {
    h.server.setRoute(
      'citynet-ap.org',
      '/late',
      html(
        'Late content',
        `<p>Taichung City hosted the seminar.</p>
         <script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Tainan City and Yilan County joined later.'; document.body.append(p); }, 2000);</script>`,
      ),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://citynet-ap.org/late');
    // The first scan (on a busy machine it may already have the late paragraph: opening the panel waits for its script).
    expect((await placesInPanel(page)).taichung).toBe(1);
    await lensDom(page).locator(`[data-place="yilan"]`).waitFor({ state: 'attached', timeout: 5000 });
    expect(await placesInPanel(page)).toEqual({ taichung: 1, tainan: 1, yilan: 1 });
    await page.close();
  });

  it('follows an in-page (SPA) navigation', async () => {
    h.server.setRoute(
      'www.uclg.org',
      '/spa',
      html(
        'SPA',
        `<main id="view"><p>Taipei City hosted the congress.</p></main>
         <script>setTimeout(() => { history.pushState({}, '', '/spa/next'); document.getElementById('view').innerHTML = '<p>Pingtung County and Penghu County.</p>'; }, 800);</script>`,
      ),
    );
    const page = await h.browser.context.newPage();
    await page.goto('http://www.uclg.org/spa');
    await openPanel(page);
    await lensDom(page).locator(`[data-place="penghu"]`).waitFor({ state: 'attached', timeout: 5000 });
    expect(await placesInPanel(page)).toEqual({ pingtung: 1, penghu: 1 });
    await page.close();
  });

  it('mounts and highlights nothing on an unrelated site', async () => {
    h.server.setRoute('example.org', '/members-east-asia', MEMBERS_PAGE);
    const page = await h.browser.context.newPage();
    await page.goto('http://example.org/members-east-asia');
    await afterExtensionDecided(h, page);
    expect(await page.locator(HOST_TAG).count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});

describe.skipIf(!haveSharedFixtures)('places on the real excerpts (../shared/fixtures)', () => {
  for (const f of loadSharedFixtures()) {
    it(`${f.name}: ${f.expected.taiwan_places.join(', ') || 'no place'}`, async () => {
      const host = fixtureHost(f);
      h.server.setRoute(host, `/fixture/${f.name}`, fixtureHtml(f));
      const page = await h.browser.context.newPage();
      await page.goto(`http://${host}/fixture/${f.name}`);
      const found = Object.keys(await placesInPanel(page)).sort();
      expect(found).toEqual(f.expected.taiwan_places.flatMap(placeIdsFor).sort());
      await page.close();
    });
  }
});

async function expectText(locator: LensLocator, pattern: RegExp) {
  await locator.first().waitFor({ state: 'attached' });
  expect(await locator.first().text()).toMatch(pattern);
}
