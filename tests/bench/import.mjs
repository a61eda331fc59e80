// The dashboard during a large import (zip: 5,000 notes, 2,500 screenshots of 20 KB): the longest
// main-thread task from the moment the file is chosen until the summary shows, against a naive
// import measured in the same run on the same file's contents — its backup.json parsed on the
// page's thread and every note and image put in one IndexedDB transaction — and the number of
// progress values shown. Long tasks are Chromium's own (PerformanceObserver 'longtask', ≥ 50 ms;
// 0 means none that long).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeBackup } from '../harness/large-backup.mjs';

const OBSERVE = () => {
  window.__longtasks = [];
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longtasks.push(e.duration);
      window.__tasks.push([e.startTime, e.duration]);
    }
  }).observe({ type: 'longtask' });
};
const longest = (page) => page.evaluate(() => Math.max(0, ...window.__longtasks));
const clearNotes = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('taiwan-city-lens');
        req.onsuccess = () => {
          const tx = req.result.transaction(['notes', 'evidence'], 'readwrite');
          tx.objectStore('notes').clear();
          tx.objectStore('evidence').clear();
          tx.oncomplete = () => resolve(undefined);
        };
      }),
  );

export async function importFigures(browser, { notes = 5000, shotEvery = 2, shotBytes = 20_000 } = {}) {
  const url = `chrome-extension://${browser.extensionId}/dashboard.html`;
  const now = Date.now();
  const zip = largeBackup({ now, notes, shotEvery, shotBytes, zip: true });
  // Files on disk, chosen by path: a buffer would be handed to the page as base64 on its own thread.
  const dir = mkdtempSync(join(tmpdir(), 'tcl-import-bench-'));
  const zipFile = join(dir, 'large.zip');
  const jsonFile = join(dir, 'large.json');
  writeFileSync(zipFile, zip);
  writeFileSync(jsonFile, largeBackup({ now, notes, shotEvery, shotBytes, zip: false }));
  const page = await browser.context.newPage();

  // Ours: choose the file, preview, Import, summary.
  await page.goto(url);
  await page.locator('main[data-loaded="true"]').waitFor();
  await page.evaluate(OBSERVE);
  await page.evaluate(() => {
    window.__progress = new Set();
    window.__phases = [];
    const status = document.querySelector('.import-status');
    const root = document.querySelector('.import');
    new MutationObserver(() => {
      const p = status.querySelector('.progress');
      const bar = p?.querySelector('progress');
      const phase = p ? p.dataset.phase : root.querySelector('.import-preview') ? 'preview' : 'other';
      if (window.__phases.at(-1)?.[1] !== phase) window.__phases.push([performance.now(), phase]);
      if (bar && bar.hasAttribute('value')) window.__progress.add(`${phase}:${bar.value}`);
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const t0 = Date.now();
  await page.locator('input[name="import"]').setInputFiles(zipFile);
  await page.locator('[data-action="import-confirm"]').click({ timeout: 300_000 });
  await page.locator('.import .message.info').waitFor({ timeout: 300_000 });
  const importMs = Date.now() - t0;
  const ours = await longest(page);
  // Which phase the longest task ended in (the phase on screen when it ended).
  const byPhase = await page.evaluate(() => {
    const out = {};
    for (const [start, duration] of window.__tasks) {
      const end = start + duration;
      const phase = [...window.__phases].reverse().find(([t]) => t <= end)?.[1] ?? 'start';
      out[phase] = Math.max(out[phase] ?? 0, Math.round(duration));
    }
    return out;
  });
  const progressValues = await page.evaluate(() => window.__progress.size);
  await clearNotes(page);

  // Naive: the same records, parsed and written on the page's thread in one transaction.
  await page.goto(url);
  await page.locator('main[data-loaded="true"]').waitFor();
  await page.evaluate(OBSERVE);
  // A file input of the bench's own, read the naive way when its file is chosen.
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', id: 'naive-import' });
    document.body.append(input);
    window.__naiveDone = new Promise((resolve, reject) => {
      input.addEventListener('change', async () => {
        const backup = JSON.parse(new TextDecoder().decode(await input.files[0].arrayBuffer()));
        const req = indexedDB.open('taiwan-city-lens');
        req.onsuccess = () => {
          const tx = req.result.transaction(['notes', 'evidence'], 'readwrite');
          for (const n of backup.notes) tx.objectStore('notes').put(n);
          for (const { data, ...e } of backup.evidence) {
            const image = new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: e.mimeType });
            tx.objectStore('evidence').put({ ...e, image });
          }
          tx.oncomplete = () => resolve(undefined);
          tx.onerror = () => reject(tx.error);
        };
      });
    });
  });
  await page.locator('#naive-import').setInputFiles(jsonFile);
  await page.evaluate(() => window.__naiveDone);
  // Let the long-task entries of the last task arrive.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  const naive = await longest(page);
  await clearNotes(page);
  await page.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    figures: {
      import_notes: notes,
      import_screenshots: Math.ceil(notes / shotEvery),
      import_file_mb: Math.round((zip.length / 1048576) * 10) / 10,
      import_ms: importMs,
      import_longest_task_ms: ours,
      import_longest_task_naive_ms: naive,
      import_progress_values: progressValues,
      import_longest_task_by_phase_ms: byPhase,
    },
    rows: [
      [`import ${notes} notes, ${Math.ceil(notes / shotEvery)} screenshots (${(zip.length / 1048576).toFixed(1)} MB zip)`, `longest task ${ours} ms`, `naive: ${naive} ms`, `${progressValues} progress values, ${importMs} ms`],
    ],
  };
}
