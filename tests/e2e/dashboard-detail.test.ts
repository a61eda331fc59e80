import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHarness } from './helpers';
// @ts-expect-error plain ESM harness
import { seedBackup } from '../harness/seed-backup.mjs';

const h = useHarness();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// A 2×1 PNG stands in for each page's screenshot.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwQZYAwAqq8F+x7rqjAAAAAASUVORK5CYII=';

function seedFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tcl-seed-')), 'colleague.json');
  writeFileSync(file, JSON.stringify(seedBackup({ now: Date.now(), shots: { citynet: PNG, iclei: PNG } })));
  return file;
}

async function dashboard(lang: 'en' | 'zh-TW' = 'en'): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
  await page.locator('main[data-loaded="true"]').waitFor();
  await page.locator('select[name="lang"]').selectOption(lang);
  return page;
}
const rows = (page: Page) => page.locator('table.notes tbody tr');

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

describe('dashboard: import preview, the note detail, keyboard, accessibility, narrow windows', () => {
  it('an import preview then Cancel changes nothing; Import then adds everything it listed', async () => {
    const page = await dashboard('en');
    const before = await rows(page).count();
    await page.locator('input[name="import"]').setInputFiles(seedFile());
    const preview = page.locator('.import-preview');
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain('Notes: 5 new, 0 newer than yours, 0 older than yours (skipped), 0 the same');
    expect(text).toContain('Screenshots: 4');
    expect(text).toContain('Phrases dismissed everywhere: “taibei”');
    expect(text).toContain('Membership corrections changed: 1');
    // The preview is next to the picker, and focus is on Import.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('import-confirm');
    await page.locator('[data-action="import-cancel"]').click();
    await page.locator('.import .message.info').waitFor();
    expect(await rows(page).count()).toBe(before);
    expect(await page.locator('section.dismissals li').count()).toBe(0);

    await page.locator('input[name="import"]').setInputFiles(seedFile());
    await page.locator('[data-action="import-confirm"]').click();
    await page.locator('.import .message.info', { hasText: 'Imported' }).waitFor();
    // The table and the dismissals are read again from the database after the message (waited for).
    await expect.poll(() => rows(page).count()).toBe(before + 5);
    await expect.poll(() => page.locator('section.dismissals li').first().textContent()).toContain('taibei');
    await page.close();
  });

  it('edits a note in the detail and sees it in the table; Escape closes and focus returns to the row', async () => {
    const page = await dashboard('en');
    const row = page.locator('tr[data-note-id="seed-kaohsiung-china"]');
    // Display names, not ids.
    expect(await row.locator('[data-col="org"]').textContent()).toBe('CityNet');
    expect(await row.locator('[data-col="places"]').textContent()).toBe('Kaohsiung City');
    expect(await row.locator('[data-col="screenshots"]').textContent()).toBe('2 screenshots');
    await row.locator('[data-action="open-note"]').click();
    const detail = page.locator('.detail[role="dialog"]');
    await detail.waitFor();
    // The rule's explanation and suggestion, and each screenshot with local and UTC time and URL, latest first.
    expect(await detail.locator('dl.rule').textContent()).toContain('It should be listed under Taiwan');
    expect(await detail.locator('dl.rule').textContent()).toContain('Kaohsiung City, Taiwan');
    const captions = await detail.locator('figcaption').allTextContents();
    expect(captions).toHaveLength(2);
    expect(captions[0]).toMatch(/^Captured .+ \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ UTC\) on https:\/\/citynet-ap\.org\/demo\/$/);
    expect(await detail.locator('.corrected').textContent()).toMatch(/^Possibly corrected — not seen since /);
    expect(await detail.locator('.history li').count()).toBe(3);

    await detail.locator('textarea[name="body"]').fill('Letter sent on 25 Nov.');
    await detail.locator('select[name="status"]').selectOption('reported');
    await detail.locator('select[name="severity"]').selectOption('high');
    await detail.locator('#detail-tags').fill('protest letter');
    await detail.locator('#detail-tags').press('Enter');
    await detail.locator('select[name="add-place"]').selectOption('tainan');
    await detail.locator('[data-action="detail-save"]').click();
    await detail.locator('.save-status.saved').waitFor();
    await row.locator('[data-col="body"]', { hasText: 'Letter sent on 25 Nov.' }).waitFor();
    expect(await row.locator('[data-col="status"]').textContent()).toContain('Reported');
    expect(await row.locator('[data-col="severity"]').textContent()).toBe('High');
    expect(await row.locator('[data-col="tags"]').textContent()).toContain('protest letter');
    expect(await row.locator('[data-col="places"]').textContent()).toBe('Kaohsiung City, Tainan City');

    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-note-id'))).toBe('seed-kaohsiung-china');
    await page.close();
  });

  it('an edit made in another tab meanwhile is a conflict the user settles, not a silent overwrite', async () => {
    const page = await dashboard('en');
    const other = await dashboard('en');
    await page.locator('tr[data-note-id="seed-chinese-taipei"] [data-action="open-note"]').click();
    const detail = page.locator('.detail');
    await detail.locator('textarea[name="body"]').fill('My text');
    // The other tab changes the same note (bulk status).
    await other.locator('tr[data-note-id="seed-chinese-taipei"] input[type="checkbox"]').check();
    await other.locator('select[name="bulk-status"]').selectOption('resolved');
    await page.locator('tr[data-note-id="seed-chinese-taipei"] [data-col="status"]', { hasText: 'Resolved' }).waitFor();
    await detail.locator('[data-action="detail-save"]').click();
    await detail.locator('.conflict').waitFor();
    expect(await page.locator('tr[data-note-id="seed-chinese-taipei"] [data-col="body"]').textContent()).not.toBe('My text');
    await detail.locator('[data-action="keep-mine"]').click();
    await page.locator('tr[data-note-id="seed-chinese-taipei"] [data-col="body"]', { hasText: 'My text' }).waitFor();
    await other.close();
    await page.close();
  });

  it('a right-to-left override in a page title or quote is shown, not obeyed', async () => {
    const page = await dashboard('en');
    const now = Date.now();
    const file = join(mkdtempSync(join(tmpdir(), 'tcl-bidi-')), 'bidi.json');
    const rlo = '\u202E';
    const note = {
      id: 'bidi', createdAt: now - 1000, updatedAt: now - 1000, url: 'https://uclg-aspac.org/bidi', title: `Members ${rlo}anihC ,nawiaT`, org: 'uclg', kind: 'general', status: 'open',
      places: [], tags: [], body: '', target: [{ type: 'TextQuoteSelector', exact: `Taipei${rlo}anihC`, prefix: '', suffix: '' }], evidenceIds: [],
    };
    writeFileSync(file, JSON.stringify({ format: 'taiwan-city-lens-backup', version: 2, exportedAt: now, notes: [note], evidence: [], dismissals: [], findingsLog: [], settings: [] }));
    await page.locator('input[name="import"]').setInputFiles(file);
    await page.locator('[data-action="import-confirm"]').click();
    const row = page.locator('tr[data-note-id="bidi"]');
    await row.waitFor();
    expect(await row.locator('[data-col="title"]').textContent()).toBe('Members [U+202E]anihC ,nawiaT');
    expect(await row.locator('[data-col="quote"]').textContent()).toBe('Taipei[U+202E]anihC');
    expect(await row.evaluate((tr) => /[\u202a-\u202e\u2066-\u2069]/.test(tr.textContent ?? ''))).toBe(false);
    // Deleted again so the other tests see the seeded notes only.
    await row.locator('input[type="checkbox"]').check();
    await page.locator('[data-action="bulk-delete"]').click();
    await row.waitFor({ state: 'detached' });
    await page.close();
  });

  it('keyboard only: a filter, a row, the detail, then an export that says what it wrote', async () => {
    const page = await dashboard('zh-TW');
    const focused = () => page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('name') ?? document.activeElement?.getAttribute('data-action') ?? ''}`);
    const tabTo = async (target: string, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        if ((await focused()) === target) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${target}; last ${await focused()}`);
    };
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('SELECT:org');
    await page.keyboard.press('ArrowDown'); // Chromium changes a focused closed select with the arrow keys
    await page.locator('select[name="org"]').selectOption('citynet'); // (headless: make sure the value is set)
    expect(await rows(page).count()).toBe(2);
    await tabTo('BUTTON:open-note');
    await page.keyboard.press('Enter');
    await page.locator('.detail').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    // The focus ring is drawn.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Escape');
    await page.locator('.detail').waitFor({ state: 'detached' });
    expect(await focused()).toBe('BUTTON:open-note');
    await tabTo('BUTTON:export-csv', 200);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const confirmation = await page.locator('main > .message.info').textContent();
    expect(confirmation).toContain(download.suggestedFilename());
    expect(confirmation).toContain('2 則筆記');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('亞太城市間合作網絡（CityNet）');
    expect(csv).toContain('evidence/');
    await page.locator('select[name="org"]').selectOption('');
    await page.close();
  });

  it('axe-core finds no serious or critical violation on the dashboard, the detail, the settings and the report', async () => {
    for (const lang of ['en', 'zh-TW'] as const) {
      const page = await dashboard(lang);
      await rows(page).first().waitFor();
      await page.locator('tr[data-note-id="seed-taipei-province"] input[type="checkbox"]').check();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('tr[data-note-id="seed-taipei-province"] [data-action="open-note"]').click();
      await page.locator('.detail figure').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      const [report] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-report"]').click()]);
      const reportPage = await h.browser.context.newPage();
      await reportPage.setContent(readFileSync((await report.path())!, 'utf8'));
      expect(await reportPage.locator('main').count()).toBe(1);
      // The correction the imported file carried (CityNet, Kaohsiung, since 1989) is what the report says.
      expect(await reportPage.locator('[data-membership="citynet/kaohsiung"]').first().textContent()).toContain('1989');
      expect(await axeViolations(reportPage)).toEqual([]);
      await reportPage.close();
      await page.close();
    }
  });

  it('at 640 px wide the dashboard has no horizontal scroll, and the Word report downloads', async () => {
    const page = await dashboard('zh-TW');
    await page.setViewportSize({ width: 640, height: 800 });
    await rows(page).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each card still says which value is which.
    expect(await rows(page).first().locator('[data-col="org"]').evaluate((td) => getComputedStyle(td, '::before').content)).toContain('組織');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-docx"]').click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect([...readFileSync((await docx.path())!).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await page.close();
  });
});
