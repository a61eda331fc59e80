import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, hoverOver, HOST_TAG, openPanel, page as html, useHarness, lensDom, waitForScans } from './helpers';
import { fixtureHost, fixtureHtml, haveSharedFixtures, loadSharedFixtures } from './shared-fixtures';
import { inWorker } from './extension-worker';

const h = useHarness();

interface Listed {
  rule: string;
  kind: string;
  severity: string;
  quote: string;
}

/** The panel's findings once the lens has scanned the page and applied its dismissals. */
async function findingsInPanel(page: Page): Promise<Listed[]> {
  await waitForScans(page);
  await openPanel(page);
  const found = await lensDom(page).locator(`.tcl-finding`).records(['data-rule', 'data-kind', 'data-severity', 'data-quote']);
  return found.map((el) => ({
    rule: el['data-rule'] ?? '',
    kind: el['data-kind'] ?? '',
    severity: el['data-severity'] ?? '',
    quote: el['data-quote'] ?? '',
  }));
}
const kindsAndQuotes = (list: Listed[]) => list.map(({ kind, quote }) => `${kind}: ${quote}`).sort();

/** The toolbar badge of the tab showing `url`, read from the extension's service worker. */
async function badgeText(url: string): Promise<string> {
  return inWorker(h.browser, async (u) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const api = (globalThis as any).chrome;
    const [tab] = await api.tabs.query({ url: u });
    return api.action.getBadgeText({ tabId: tab.id });
  }, url);
}

const DIRECTORY = html(
  'Members directory',
  `<h1>Members</h1>
   <table id="dir"><thead><tr><th>Member</th><th>Country</th><th>Region</th></tr></thead>
   <tbody>
     <tr><td>Seoul</td><td>Korea</td><td>East Asia</td></tr>
     <tr><td>Kaohsiung City</td><td>China</td><td>East Asia</td></tr>
     <tr><td>Taoyuan City</td><td>Taiwan</td><td>East Asia</td></tr>
     <tr><td>Shanghai</td><td>China</td><td>East Asia</td></tr>
     <tr><td>Taipei City</td><td>Chinese Taipei</td><td>East Asia</td></tr>
   </tbody></table>
   <h3>China</h3>
   <ul><li>Beijing</li><li>Tainan City</li></ul>
   <h3>Japan</h3>
   <ul><li>Yokohama</li><li>Taichung City (visiting)</li></ul>
   <p>Delegates came from Taiwan, Province of China and from the Republic of China (Taiwan).</p>
   <p>China Airlines flew them in. Taipei, China signed the ADB minutes.</p>
   <script>window.addLate = () => { const p = document.createElement('p'); p.textContent = 'Hualien, PRC joined the network.'; document.body.append(p); };</script>`,
);

const EXPECTED_DIRECTORY = [
  'under-china: Kaohsiung City',
  'under-china: Tainan City',
  'chinese-taipei: Chinese Taipei',
  'province-of-china: Taiwan, Province of China',
  'taipei-china: Taipei, China',
].sort();

describe('naming findings on an organization’s page', () => {
  it('lists findings from a table’s country column, a China heading, text and content added after load', async () => {
    h.server.setRoute('www.iclei.org', '/directory', DIRECTORY);
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto('http://www.iclei.org/directory');
    expect(kindsAndQuotes(await findingsInPanel(page))).toEqual(EXPECTED_DIRECTORY);
    // Content added after the first scan, as a page's own script would.
    await page.evaluate(() => (window as unknown as { addLate: () => void }).addLate());
    await lensDom(page).locator(`.tcl-finding[data-quote="Hualien, PRC"]`).waitFor({ state: 'attached', timeout: 5000 });
    const all = await findingsInPanel(page);
    expect(kindsAndQuotes(all)).toEqual([...EXPECTED_DIRECTORY, 'under-china: Hualien, PRC'].sort());
    expect(all.every((f) => ['critical', 'high', 'medium', 'low'].includes(f.severity) && f.rule !== '')).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.has('tcl-critical') && CSS.highlights.has('tcl-medium'))).toBe(true);
    await expect.poll(() => badgeText('http://www.iclei.org/directory')).toBe(String(all.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws, counts and explains rows a page adds in the middle of its table, with the dismissals it has', async () => {
    const rows = `<tr><td id="tn">Tainan City</td><td>China</td></tr><tr><td>Taipei City</td><td id="ct">Chinese Taipei</td></tr><tr><td id="k2">Kaohsiung City</td><td>China</td></tr>`;
    h.server.setRoute('www.iclei.org', '/next-rows', html('Members, page by page',
      `<table><thead><tr><th>Member</th><th>Country</th></tr></thead>
       <tbody id="first"><tr><td id="k1">Kaohsiung City</td><td>China</td></tr></tbody>
       <tbody id="last"><tr><td>Seoul</td><td>Korea</td></tr><tr><td>Taoyuan City</td><td>Taiwan</td></tr></tbody></table>
       <script>window.addRows = () => { const t = document.createElement('tbody'); t.innerHTML = ${JSON.stringify(rows)}; document.querySelector('#last').before(t); };</script>`));
    const page = await h.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto('http://www.iclei.org/next-rows');
    expect(kindsAndQuotes(await findingsInPanel(page))).toEqual(['under-china: Kaohsiung City']);
    await hoverOver(page, '#k1', 'Kaohsiung City');
    const card = lensDom(page).locator(`.tcl-card[data-card="finding"]`);
    await card.waitFor();
    await card.locator('[data-action="dismiss-page"]').click();
    await lensDom(page).locator('.tcl-finding').waitFor({ state: 'detached' });

    await page.evaluate(() => (window as unknown as { addRows: () => void }).addRows());
    await lensDom(page).locator(`.tcl-finding[data-quote="Tainan City"]`).waitFor({ state: 'attached', timeout: 5000 });
    expect(kindsAndQuotes(await findingsInPanel(page))).toEqual(['chinese-taipei: Chinese Taipei', 'under-china: Tainan City']);
    // What is drawn: the new rows' findings; the dismissed city, the first and its twin added later, as a place only.
    const drawn = await page.evaluate(() =>
      [...CSS.highlights.entries()].flatMap(([name, hl]) => [...hl].map((r) => `${name} ${(r as Range).startContainer.parentElement?.id}: ${r.toString()}`)).sort(),
    );
    expect(drawn.filter((d) => !d.startsWith('tcl-place'))).toEqual(['tcl-critical tn: Tainan City', 'tcl-medium ct: Chinese Taipei']);
    expect(drawn.filter((d) => d.includes('Kaohsiung'))).toEqual(['tcl-place k1: Kaohsiung City', 'tcl-place k2: Kaohsiung City']);
    // The pointer moves twice before the next frame (a busy page): the card is for where it rests.
    await page.evaluate(() => {
      const node = document.querySelector('#ct')!.firstChild!;
      const r = document.createRange();
      r.selectNodeContents(node);
      const b = r.getBoundingClientRect();
      for (const [x, y] of [[1, 1], [b.left + b.width / 2, b.top + b.height / 2]]) document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
    });
    await expect.poll(() => card.text()).toMatch(/Chinese Taipei/);
    // The new row's finding explains itself where it is.
    await hoverOver(page, '#tn', 'Tainan City');
    await expect.poll(() => card.text()).toMatch(/Tainan City/);
    expect(await card.isVisible()).toBe(true);
    await expect.poll(() => badgeText('http://www.iclei.org/next-rows')).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains a finding in a hover card; dismissals on this page and everywhere survive a reload', async () => {
    const body = `<p id="a">ICLEI lists Chinese Taipei among its members.</p><p id="b">Taiwan, Province of China appears in the form.</p>`;
    h.server.setRoute('www.iclei.org', '/dismiss-1', html('Dismiss 1', body));
    h.server.setRoute('www.iclei.org', '/dismiss-2', html('Dismiss 2', body));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/dismiss-1');
    expect(kindsAndQuotes(await findingsInPanel(page))).toEqual(['chinese-taipei: Chinese Taipei', 'province-of-china: Taiwan, Province of China']);

    await hoverOver(page, '#a', 'Chinese Taipei');
    const card = lensDom(page).locator(`.tcl-card[data-card="finding"]`);
    await card.waitFor();
    expect(await card.text()).toMatch(/Taiwan/);
    await card.locator('[data-action="dismiss-everywhere"]').click();
    // Hovered once the dismissal has taken effect (the highlights are drawn again with it).
    await expect.poll(() => lensDom(page).locator('.tcl-finding').attrs('data-quote'), { timeout: 20_000 }).toEqual(['Taiwan, Province of China']);
    await hoverOver(page, '#b', 'Taiwan, Province of China');
    await card.waitFor();
    await card.locator('[data-action="dismiss-page"]').click();
    await lensDom(page).locator('.tcl-finding').waitFor({ state: 'detached' });
    expect(await findingsInPanel(page)).toEqual([]);
    await expect.poll(() => badgeText('http://www.iclei.org/dismiss-1')).toBe('OK');

    await page.reload();
    expect(await findingsInPanel(page)).toEqual([]);
    expect(await lensDom(page).locator(`.tcl-dismissed-item`).count()).toBe(2);

    // "Everywhere" reaches another page; "this page" does not.
    await page.goto('http://www.iclei.org/dismiss-2');
    expect(kindsAndQuotes(await findingsInPanel(page))).toEqual(['province-of-china: Taiwan, Province of China']);

    // Restoring brings the finding back, also after a reload.
    await openPanel(page);
    await lensDom(page).locator(`.tcl-dismissed summary`).click();
    await lensDom(page).locator(`.tcl-dismissed-item button`).click();
    await page.reload();
    expect(kindsAndQuotes(await findingsInPanel(page))).toEqual(['chinese-taipei: Chinese Taipei', 'province-of-china: Taiwan, Province of China']);
    await page.close();
  });
});

describe.skipIf(!haveSharedFixtures)('naming findings on the real excerpts (../shared/fixtures)', () => {
  for (const f of loadSharedFixtures()) {
    it(`${f.name}: ${f.expected.naming_issues.map((i) => i.quote).join(', ') || 'no issue'}`, async () => {
      const host = fixtureHost(f);
      h.server.setRoute(host, `/fixture/${f.name}`, fixtureHtml(f));
      const page = await h.browser.context.newPage();
      await page.goto(`http://${host}/fixture/${f.name}`);
      const found = (await findingsInPanel(page)).filter((x) => !f.expected.optional_issues.includes(x.quote));
      expect([...new Set(kindsAndQuotes(found))]).toEqual(f.expected.naming_issues.map(({ kind, quote }) => `${kind}: ${quote}`).sort());
      await page.close();
    });
  }
});

