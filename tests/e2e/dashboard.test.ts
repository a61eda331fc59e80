import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickToolbarButton, hoverOver, HOST_TAG, page as html, useHarness, type Browser, lensDom, openPanel, waitForNotesLoaded, waitForScans } from './helpers';
// @ts-expect-error plain ESM harness
import { launchBrowser } from '../harness/browser.mjs';

const h = useHarness();

async function noteOn(b: Browser, url: string, passageSelector: string, body: string) {
  const page = await b.context.newPage();
  await page.goto(url);
  await waitForNotesLoaded(page);
  await waitForScans(page);
  await openPanel(page);
  await page.evaluate((sel) => {
    const r = document.createRange();
    r.selectNodeContents(document.querySelector(sel)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, passageSelector);
  await lensDom(page).locator(`[data-action="note-on-selection"]`).click();
  await lensDom(page).locator(`.tcl-editor textarea`).fill(body);
  await lensDom(page).locator(`.tcl-editor [data-action="save"]`).click();
  await lensDom(page).locator(`.tcl-note`).first().waitFor({ state: 'attached' });
  await page.close();
}

/** After a toolbar click (so the screenshot is allowed), reports `phrase` from its hover card. */
async function reportConcern(b: Browser, url: string, phrase: string, body: string) {
  const page = await b.context.newPage();
  await page.goto(url);
  await waitForScans(page);
  await clickToolbarButton(b, page);
  await hoverOver(page, '#p', phrase);
  await lensDom(page).locator(`.tcl-card [data-action="report"]`).click();
  await lensDom(page).locator(`.tcl-editor textarea`).fill(body);
  await lensDom(page).locator(`.tcl-editor [data-action="save"]`).click();
  await lensDom(page).locator(`.tcl-note[data-kind="naming-concern"] img.tcl-thumb`).waitFor();
  await page.close();
}

async function dashboard(b: Browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  await page.locator('main[data-loaded="true"]').waitFor();
  return page;
}
/** The image's width once decoded: a screenshot that arrived, not an empty or broken one. */
const decodedWidth = async (img: HTMLImageElement) => {
  await img.decode();
  return img.naturalWidth;
};
const rows = (page: Page) => page.locator('table.notes tbody tr');

/**
 * A colleague's export: a second profile prepares its notes, then its dashboard's `action` button
 * downloads the backup, saved where it outlives that browser.
 */
async function colleagueExport(action: string, prepare: (other: Browser) => Promise<void>): Promise<{ file: string; name: string }> {
  const other = (await launchBrowser({ port: h.server.port })) as Browser;
  try {
    await prepare(other);
    const theirs = await dashboard(other);
    await rows(theirs).first().waitFor();
    const [download] = await Promise.all([theirs.waitForEvent('download'), theirs.locator(`[data-action="${action}"]`).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'tcl-backup-')), download.suggestedFilename());
    await download.saveAs(file);
    return { file, name: download.suggestedFilename() };
  } finally {
    await other.close();
  }
}

describe('dashboard', () => {
  it('lists notes from the pages, filters, searches, and exports CSV and an HTML report', async () => {
    h.server.setRoute('www.iclei.org', '/d1', html('ICLEI members', '<p id="p">Kaohsiung City is listed under Chinese Taipei.</p>'));
    h.server.setRoute('citynet-ap.org', '/d2', html('CityNet news', '<p id="p">臺中市 hosted the Climate Change Cluster seminar.</p>'));
    await noteOn(h.browser, 'http://www.iclei.org/d1', '#p', '=HYPERLINK("http://x")');
    await noteOn(h.browser, 'http://citynet-ap.org/d2', '#p', '台中 follow-up, "urgent"');
    h.server.setRoute('uclg-aspac.org', '/d4', html('UCLG ASPAC members', '<p id="p">Members: Seoul; Taichung City, Taiwan, Province of China; Yokohama.</p>'));
    await reportConcern(h.browser, 'http://uclg-aspac.org/d4', 'Taiwan, Province of China', 'Ask for “Taiwan”.');

    const page = await dashboard(h.browser);
    await rows(page).nth(2).waitFor();
    expect(await rows(page).count()).toBe(3);
    await page.locator('select[name="org"]').selectOption('citynet');
    expect(await rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('CityNet news');
    await page.locator('select[name="org"]').selectOption('');
    await page.locator('input[name="search"]').fill('chinese taipei');
    expect(await rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain('ICLEI members');
    await page.locator('input[name="search"]').fill('');
    await page.locator('select[name="lang"]').selectOption('zh-TW');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('組織');
    expect(text).toContain('臺中市 hosted the Climate Change Cluster seminar.');
    // A note starting with "=" cannot run as a formula in Excel.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('"台中 follow-up, ""urgent"""');

    const [report] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-report"]').click()]);
    const reportPage = await h.browser.context.newPage();
    await reportPage.setContent(readFileSync((await report.path())!, 'utf8'));
    expect(await reportPage.locator('caption').count()).toBe(3);
    expect(await reportPage.locator('section.org h2').allTextContents()).toHaveLength(3);
    expect(await reportPage.locator('article.note').count()).toBe(3);
    // The naming concern: severity, suggested wording, its screenshot inline, and Taichung's memberships.
    const concern = reportPage.locator('article.note').filter({ hasText: 'Taiwan, Province of China' });
    expect(await concern.textContent()).toMatch(/嚴重/);
    // The suggested wording as the card showed it when the concern was reported (an English browser).
    expect(await concern.locator('dt', { hasText: '建議用語' }).locator('+ dd').textContent()).toBe('Taiwan');
    expect(await concern.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await concern.locator('img').evaluate(decodedWidth)).toBeGreaterThan(100);
    expect(await concern.locator('.ctx').textContent()).toContain('臺中市');
    await reportPage.screenshot({ path: 'tests/.tmp/report.png', fullPage: true });
    await reportPage.close();
    await page.close();
  });

  it('imports another profile’s export and merges it', async () => {
    h.server.setRoute('uclg-aspac.org', '/d3', html('UCLG ASPAC', '<p id="p">Taipei City founded UCLG ASPAC in 2004.</p>'));
    const { file } = await colleagueExport('export-backup', (other) => noteOn(other, 'http://uclg-aspac.org/d3', '#p', 'From a colleague'));

    const page = await dashboard(h.browser);
    await rows(page).first().waitFor();
    const before = await rows(page).count();
    await page.locator('input[name="import"]').setInputFiles(file);
    await page.locator('[data-action="import-confirm"]').click();
    await page.locator('.import .message.info').waitFor();
    expect(await page.locator('.import .message.info').textContent()).toMatch(/1/);
    expect(await rows(page).count()).toBe(before + 1);
    // The same file again changes nothing, and the preview says so.
    await page.locator('input[name="import"]').setInputFiles(file);
    expect(await page.locator('.import-preview').getAttribute('data-changes')).toBe('none');
    await page.locator('[data-action="import-cancel"]').click();
    expect(await rows(page).count()).toBe(before + 1);

    await page.locator('input[name="import"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"taiwan-city-lens-backup","version":2,"notes":[') });
    await page.locator('.import .message.error').waitFor();
    expect(await rows(page).count()).toBe(before + 1);
    await page.close();
  });

  it('a zip backup carries a colleague’s screenshots', async () => {
    h.server.setRoute('www.iclei.org', '/d5', html('ICLEI East Asia', '<p id="p">Our members in Chinese Taipei include Pingtung County.</p>'));
    const { file, name } = await colleagueExport('export-backup-zip', (other) =>
      reportConcern(other, 'http://www.iclei.org/d5', 'Chinese Taipei', 'Screenshot from a colleague'),
    );
    expect(name).toMatch(/\.zip$/);
    expect([...readFileSync(file).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    const page = await dashboard(h.browser);
    await page.locator('input[name="import"]').setInputFiles(file);
    await page.locator('[data-action="import-confirm"]').click();
    await page.locator('.import .message.info').waitFor();
    const row = rows(page).filter({ hasText: 'Screenshot from a colleague' });
    await row.locator('button.link').click();
    const shot = page.locator('.detail img.evidence');
    await shot.waitFor();
    expect(await shot.evaluate(decodedWidth)).toBeGreaterThan(100);
    await page.close();
  });
});
