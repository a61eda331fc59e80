/**
 * A large backup (3,000 notes, 1,000 screenshots, ~20 MB zip) imported through the dashboard:
 * the progress moves through several values in each phase, and the page answers the keyboard while
 * the file is read (in a worker) and while it is written (in chunks). No timing is asserted: the
 * order of what the page did is (progress shown after the keypress was handled means the import was
 * still running when the page answered). How long the longest task is: `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './helpers';
// @ts-expect-error plain ESM harness shared with the bench
import { largeBackup } from '../harness/large-backup.mjs';

const h = useHarness();

type Entry = { kind: 'progress'; phase: string; value: number; max: number } | { kind: 'input'; value: string; phase: string | null };

/** Records, in the dashboard, every progress value shown and every search keystroke handled, in order. */
function record(page: Page) {
  return page.evaluate(() => {
    const log: unknown[] = [];
    (window as unknown as { __importLog: unknown[] }).__importLog = log;
    const status = document.querySelector('.import-status')!;
    let last = '';
    new MutationObserver(() => {
      const p = status.querySelector('.progress') as HTMLElement | null;
      const bar = p?.querySelector('progress');
      if (!p || !bar || !bar.hasAttribute('value')) return;
      const entry = { kind: 'progress', phase: p.dataset.phase, value: bar.value, max: bar.max };
      const key = JSON.stringify(entry);
      if (key !== last) log.push(entry);
      last = key;
    }).observe(status, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name === 'search') log.push({ kind: 'input', value: target.value, phase: (status.querySelector('.progress') as HTMLElement | null)?.dataset.phase ?? null });
    });
  });
}
const logOf = (page: Page) => page.evaluate(() => (window as unknown as { __importLog: Entry[] }).__importLog);
/** Waits (in the page, on each frame) until the import shows progress of `phase` past its start. */
const progressIn = (page: Page, phase: string) =>
  page.waitForFunction((ph) => {
    const p = document.querySelector(`.import-status .progress[data-phase="${ph}"] progress`) as HTMLProgressElement | null;
    return Boolean(p && p.hasAttribute('value') && p.value > 0);
  }, phase, { timeout: 120_000, polling: 'raf' });

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('a large import keeps the dashboard responsive', () => {
  it('progress moves through several values while reading and writing, and a keypress in the search box is handled while the import runs', async () => {
    const file = largeBackup({ now: Date.now(), notes: 3000, shotEvery: 3, shotBytes: 20_000 }) as Buffer;
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
    await page.locator('main[data-loaded="true"]').waitFor();
    await record(page);
    const search = page.locator('input[name="search"]');

    await page.locator('input[name="import"]').setInputFiles({ name: 'large-backup.zip', mimeType: 'application/zip', buffer: file });
    await progressIn(page, 'reading');
    await search.focus();
    await page.keyboard.type('r');
    await page.locator('.import-preview').waitFor({ timeout: 120_000 });
    expect(await page.locator('.import-preview').textContent()).toMatch(/3,?000/);
    await page.locator('[data-action="import-confirm"]').click();
    await progressIn(page, 'writing');
    await search.focus();
    await page.keyboard.type('w');
    await page.locator('.import .message.info').waitFor({ timeout: 120_000 });
    expect(await page.locator('.import .message.info').textContent()).toMatch(/3,?000/);

    const log = await logOf(page);
    const progress = (phase: string) => log.filter((e): e is Extract<Entry, { kind: 'progress' }> => e.kind === 'progress' && e.phase === phase);
    const reading = progress('reading').map((e) => e.value);
    const writing = progress('writing').map((e) => e.value);
    expect(reading.length, JSON.stringify(reading)).toBeGreaterThanOrEqual(3);
    expect(increasing(reading), JSON.stringify(reading)).toBe(true);
    expect(writing.length, JSON.stringify(writing)).toBeGreaterThanOrEqual(3);
    expect(increasing(writing), JSON.stringify(writing)).toBe(true);
    expect(progress('writing').at(-1)).toMatchObject({ value: 4000, max: 4000 });
    // Each keystroke was handled by the page while its phase was still under way (its progress on
    // screen): the page answered during the import, not after it.
    // (Reading the file, in the worker, shows "reading" and "checking".)
    for (const [value, phases] of [['r', ['reading', 'checking']], ['rw', ['writing']]] as const) {
      const i = log.findIndex((e) => e.kind === 'input' && e.value === value);
      expect(i, `keystroke handled (${value})`).toBeGreaterThan(-1);
      expect(phases).toContain((log[i] as { phase: string }).phase);
    }
    console.log(`[large import] progress values: reading ${reading.length}, writing ${writing.length}; log ${JSON.stringify(log.filter((e) => e.kind === 'input'))}, after the keystrokes: ${log.slice(log.findIndex((e) => e.kind === 'input')).length} entries`);
    expect(await search.inputValue()).toBe('rw');
    await page.close();
  });
});
