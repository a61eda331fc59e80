// Dashboard figures at 10,000 notes in the real IndexedDB of the extension's origin.
import { readFileSync } from 'node:fs';
import { generatedNotes } from '../harness/large-backup.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs in the dashboard page: time from an input event to the re-rendered table. */
async function timeInput(page, selector, value, event) {
  return page.evaluate(
    async ([sel, v, ev]) => {
      const el = document.querySelector(sel);
      const t0 = performance.now();
      el.value = v;
      el.dispatchEvent(new Event(ev, { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    },
    [selector, value, event],
  );
}

export async function dashboardFigures(browser, { notes = 10_000, runs = 5 } = {}) {
  const url = `chrome-extension://${browser.extensionId}/dashboard.html`;
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('main[data-loaded="true"]').waitFor();
  await page.evaluate(
    (list) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('taiwan-city-lens');
        req.onsuccess = () => {
          const tx = req.result.transaction('notes', 'readwrite');
          for (const n of list) tx.objectStore('notes').put(n);
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      }),
    generatedNotes(notes),
  );
  const renders = [];
  for (let i = 0; i < runs; i++) {
    const t0 = Date.now();
    await page.goto(url);
    await page.locator('table.notes tbody tr').nth(99).waitFor();
    renders.push(Date.now() - t0);
  }
  const filters = [];
  const searches = [];
  for (let i = 0; i < runs + 1; i++) {
    filters.push(await timeInput(page, 'select[name="org"]', i % 2 ? 'citynet' : 'iclei', 'change'));
    searches.push(await timeInput(page, 'input[name="search"]', i % 2 ? 'chinese taipei' : 'row 12', 'input'));
  }
  await timeInput(page, 'select[name="org"]', '', 'change');
  await timeInput(page, 'input[name="search"]', '', 'input');
  await page.evaluate(() => {
    const original = URL.createObjectURL;
    window.__objectUrlAt = [];
    URL.createObjectURL = (blob) => (window.__objectUrlAt.push(performance.now()), original(blob));
  });
  const timeDownload = async (action) => {
    const start = await page.evaluate(() => performance.now());
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
    const end = await page.evaluate(() => window.__objectUrlAt.at(-1));
    return { ms: end - start, path: await download.path() };
  };
  const csv = [];
  const backup = [];
  let backupFile = null;
  for (let i = 0; i < runs; i++) {
    csv.push((await timeDownload('export-csv')).ms);
    const b = await timeDownload('export-backup');
    backup.push(b.ms);
    backupFile = b.path;
  }
  const t0 = Date.now();
  await page.locator('input[name="import"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(backupFile) });
  await page.locator('.message.info').waitFor({ timeout: 120_000 });
  const importMs = Date.now() - t0;
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('taiwan-city-lens');
        req.onsuccess = () => {
          const tx = req.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          tx.oncomplete = () => resolve(undefined);
        };
      }),
  );
  await page.close();
  return {
    dashboard_notes: notes,
    dashboard_first_render_ms: median(renders),
    dashboard_filter_ms: median(filters.slice(1)),
    dashboard_search_ms: median(searches.slice(1)),
    csv_export_ms: median(csv),
    json_export_ms: median(backup),
    json_import_ms: importMs,
  };
}
