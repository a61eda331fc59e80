// Membership evidence (issue 16): the panel's members section with a member's quote and source
// open, and a place's hover card with a role's quote open. The panel's root is closed: it is
// reached through tests/e2e/lens-dom.ts (loaded with jiti, which WXT already brings).
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url, { alias: { '@': new URL('../..', import.meta.url).pathname.replace(/\/$/, '') } });
const { lensDom } = await jiti.import('../e2e/lens-dom.ts');
const { reportHtml } = await jiti.import('../../utils/export/report-html.ts');
const { loadCatalogs } = await jiti.import('../../utils/i18n/catalogs.ts');
loadCatalogs();

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Members in East Asia</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:640px;margin:40px 60px;color:#222}</style></head><body>
<h1>Members in East Asia</h1>
<p id="t">Taoyuan City chairs the EcoLogistics Community and hosted its chair office.</p>
<p>Taichung City, Kaohsiung City and Taipei City are among the members listed here.</p>
<p>The Kaohsiung Capacity Center trains local governments across East Asia.</p>
</body></html>`;

/** The HTML report of a note about Taichung: its memberships, one fact's evidence open. */
async function report(browser, lang, shot) {
  const note = {
    id: 'n1', createdAt: Date.UTC(2026, 10, 25), updatedAt: Date.UTC(2026, 10, 25), url: 'https://www.iclei.org/members', title: 'Members in East Asia',
    org: 'iclei', kind: 'naming-concern', status: 'open', severity: 'high', places: ['taichung'], tags: [],
    body: lang === 'en' ? 'Listed under “Chinese Taipei”.' : '列於「Chinese Taipei」之下。', target: [], evidenceIds: [],
  };
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.setContent(reportHtml({ notes: [note], screenshots: [], lang: lang === 'en' ? 'en' : 'zh-TW', generatedAt: Date.UTC(2026, 10, 25, 9) }));
  await page.locator('[data-membership="iclei/taichung"] details').first().evaluate((d) => { d.open = true; });
  await page.locator('[data-membership="iclei/taichung"] blockquote').first().scrollIntoViewIfNeeded();
  await shot('report', page);
  await page.close();
}

/** Settings: a membership correction with its evidence fields, and the list of corrections. */
async function corrections(browser, shot) {
  const dash = await browser.context.newPage();
  await dash.setViewportSize({ width: 1200, height: 900 });
  await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await dash.locator('main[data-loaded="true"]').waitFor();
  await dash.locator('select[name="fix-org"]').selectOption('citynet');
  await dash.locator('select[name="fix-place"]').selectOption('keelung');
  await dash.locator('select[name="fix-kind"]').selectOption('applied');
  await dash.locator('input[name="fix-since"]').fill('2019-05');
  await dash.locator('input[name="fix-source"]').fill('https://citynet-ap.org/members/');
  await dash.locator('input[name="fix-quote"]').fill('Keelung City applied for membership in May 2019.');
  await dash.locator('[data-action="add-membership"]').click();
  await dash.locator('[data-correction="citynet/keelung"]').waitFor();
  await dash.locator('[data-action="add-membership"]').scrollIntoViewIfNeeded();
  await shot('settings-correction', dash);
  await dash.close();
}

export default async function memberships({ browser, server, lang, shot }) {
  await report(browser, lang, shot);
  await corrections(browser, shot);
  server.setRoute('www.iclei.org', '/members-evidence', PAGE);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('http://www.iclei.org/members-evidence');
  const lens = lensDom(page);

  // The members section, Taichung's status ("planned to apply in 2011; member (listed …)") with its quotes open.
  await lens.locator('.tcl-tab').click();
  const taichung = lens.locator('.tcl-members [data-member="taichung"]');
  await taichung.waitFor({ timeout: 20_000 });
  await taichung.locator('.tcl-member-head summary').click();
  await taichung.locator('.tcl-member-head .tcl-ev-quote').waitFor();
  // Scrolled so the opened quotes and their source are in view.
  await taichung.locator('.tcl-member-head .tcl-cite').last().hover();
  await shot('panel-members-quote', page);

  // A role whose source is a web page: the link to the exact page.
  const kcc = lens.locator('.tcl-members [data-member="kaohsiung"] .tcl-facts > li').first();
  await kcc.locator('summary').click();
  await kcc.locator('.tcl-cite a').waitFor();
  await shot('panel-members-page-source', page);

  // The hover card of a place, with a role's quote open inside it.
  await page.reload();
  await lens.locator('.tcl-places').waitFor({ state: 'attached', timeout: 20_000 });
  const point = await page.evaluate(() => {
    const node = document.getElementById('t').firstChild;
    const r = document.createRange();
    r.setStart(node, 0);
    r.setEnd(node, 'Taoyuan City'.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y);
  const card = lens.locator('.tcl-card[data-card="place"]');
  await card.waitFor();
  const chair = card.locator('[data-org="iclei"] .tcl-facts > li').nth(2);
  await chair.locator('summary').click();
  await chair.locator('.tcl-ev-quote').waitFor();
  await shot('place-card-quote', page);
  await page.close();
}
