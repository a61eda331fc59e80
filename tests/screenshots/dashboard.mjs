// The dashboard, a note's detail, the import preview, the report and the settings, with realistic
// notes loaded the way a user loads a colleague's notes: a backup file through the import picker.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedBackup } from '../harness/seed-backup.mjs';

async function pageShot(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  const png = await page.screenshot();
  await page.close();
  return png.toString('base64');
}

export default async function dashboard({ browser, lang, extensionId, shot }) {
  const { context } = browser;
  const shots = {
    citynet: await pageShot(context, 'http://citynet-ap.org/demo/'),
    iclei: await pageShot(context, 'http://www.iclei.org/demo/'),
  };
  const file = join(mkdtempSync(join(tmpdir(), 'tcl-seed-')), 'colleague-backup.json');
  writeFileSync(file, JSON.stringify(seedBackup({ now: Date.now(), shots })));

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.locator('main[data-loaded="true"]').waitFor();
  await page.locator('select[name="lang"]').selectOption(lang === 'en' ? 'en' : 'zh-TW');
  await page.locator('input[name="import"]').setInputFiles(file);
  await page.locator('.import-preview').waitFor();
  await shot('import-preview', page.locator('section.files'));
  await page.locator('[data-action="import-confirm"]').click();
  await page.locator('.import .message.info').waitFor();
  await page.locator('table.notes tbody tr').nth(4).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('table', page);

  await page.locator('tr[data-note-id="seed-kaohsiung-china"] input[type="checkbox"]').check();
  await page.locator('tr[data-note-id="seed-taipei-province"] input[type="checkbox"]').check();
  await shot('selection', page.locator('.toolbar'));

  await page.locator('tr[data-note-id="seed-kaohsiung-china"] [data-action="open-note"]').click();
  await page.locator('.detail img.evidence').first().waitFor();
  await page.locator('.detail img.evidence').first().evaluate((img) => img.decode());
  await shot('detail', page);
  await page.locator('.detail').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await shot('detail-bottom', page);
  await page.keyboard.press('Escape');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-report"]').click()]);
  await page.locator('main > .message.info').waitFor();
  await shot('export-confirmation', page.locator('main > .message.info'));
  const report = await context.newPage();
  await report.setContent(readFileSync(await download.path(), 'utf8'));
  await report.locator('img').first().evaluate((img) => img.decode());
  await shot('report', report);
  await shot('report-concern', report.locator('article.note').first());
  await report.screenshot({ path: join(process.cwd(), 'screenshots', `dashboard-report-full-${lang}.png`), fullPage: true });
  await report.close();

  await shot('settings', page.locator('section.settings'));
  await shot('dismissals', page.locator('section.dismissals'));

  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('narrow', page);
  await page.close();
}
