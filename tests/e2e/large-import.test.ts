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

type Entry =
  | { kind: 'progress'; phase: string; value: number; max: number }
  | { kind: 'input'; value: string; phase: string | null }
  | { kind: 'step'; step: 'preview' | 'done' };

/**
 * Records, in the dashboard, every progress value shown, every search keystroke handled, and when
 * the file's reading ended (the preview shown) and the writing ended (the message shown), in order.
 */
function record(page: Page) {
  return page.evaluate(() => {
    const log: unknown[] = [];
    (window as unknown as { __importLog: unknown[] }).__importLog = log;
    const status = document.querySelector('.import-status')!;
    let last = '';
    const steps = new Set<string>();
    new MutationObserver(() => {
      for (const [step, selector] of [['preview', '.import-preview'], ['done', '.import .message.info']] as const) {
        if (!steps.has(step) && document.querySelector(selector)) {
          steps.add(step);
          log.push({ kind: 'step', step });
        }
      }
      const p = status.querySelector('.progress') as HTMLElement | null;
      const bar = p?.querySelector('progress');
      if (!p || !bar || !bar.hasAttribute('value')) return;
      const entry = { kind: 'progress', phase: p.dataset.phase, value: bar.value, max: bar.max };
      const key = JSON.stringify(entry);
      if (key !== last) log.push(entry);
      last = key;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name === 'search') log.push({ kind: 'input', value: target.value, phase: (status.querySelector('.progress') as HTMLElement | null)?.dataset.phase ?? null });
    });
  });
}
const logOf = (page: Page) => page.evaluate(() => (window as unknown as { __importLog: Entry[] }).__importLog);
const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('a large import keeps the dashboard responsive', () => {
  it('progress moves through several values while reading and writing, and a keypress in the search box is handled while the import runs', async () => {
    const file = largeBackup({ now: Date.now(), notes: 3000, shotEvery: 3, shotBytes: 20_000 }) as Buffer;
    const page = await h.browser.context.newPage();
    await page.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
    await page.locator('main[data-loaded="true"]').waitFor();
    await record(page);
    const search = page.locator('input[name="search"]');

    // The key is pressed as soon as the file is chosen (the search box has the focus already): the
    // page must handle it while the worker reads, before the preview shows.
    await search.focus();
    await page.locator('input[name="import"]').setInputFiles({ name: 'large-backup.zip', mimeType: 'application/zip', buffer: file });
    await search.focus();
    await page.keyboard.type('r');
    await page.locator('.import-preview').waitFor({ timeout: 120_000 });
    expect(await page.locator('.import-preview').textContent()).toMatch(/3,?000/);
    await page.locator('[data-action="import-confirm"]').click();
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
    // Each keystroke was handled by the page before its phase ended (the preview, the message):
    // the page answered during the import, not after it.
    for (const [value, end] of [['r', 'preview'], ['rw', 'done']] as const) {
      const i = log.findIndex((e) => e.kind === 'input' && e.value === value);
      const ended = log.findIndex((e) => e.kind === 'step' && e.step === end);
      expect(i, `keystroke handled (${value})`).toBeGreaterThan(-1);
      expect(ended, `${end} shown`).toBeGreaterThan(-1);
      expect(i, `keystroke (${value}) handled before the ${end}: ${JSON.stringify(log.filter((e) => e.kind !== 'progress'))}`).toBeLessThan(ended);
    }
    console.log(`[large import] progress values: reading ${reading.length}, writing ${writing.length}; log ${JSON.stringify(log.filter((e) => e.kind === 'input'))}, after the keystrokes: ${log.slice(log.findIndex((e) => e.kind === 'input')).length} entries`);
    expect(await search.inputValue()).toBe('rw');
    await page.close();
  });
});
