/**
 * Heavy and restless pages on a slow, busy machine: the page still answers, the scan finishes and
 * nothing is lost. How long the tasks take is a benchmark figure (`npm run bench`, tests/bench/heavy.mjs),
 * not a pass/fail: timings on a shared machine vary too much to decide a test.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness, lensDom, waitForScans, openPanel } from './helpers';
import { storedRecords } from './extension-worker';
// @ts-expect-error plain ESM module shared with the benchmark
import { HEAVY_PAGES } from '../bench/heavy.mjs';

const h = useHarness();
const pages = HEAVY_PAGES as Record<string, () => string>;

async function open(path: string): Promise<Page> {
  h.server.setRoute('www.iclei.org', path, pages[path]!());
  const page = await h.browser.context.newPage();
  await page.goto(`http://www.iclei.org${path}`, { timeout: 120_000 });
  return page;
}

/** The page's own event loop still runs its tasks and answers: a timer of the page's fires and reports. */
async function pageAnswers(page: Page): Promise<void> {
  const answer = await page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve(document.title || 'answered'), 0)));
  expect(answer).toBeTruthy();
}

const sightingsOf = async (url: string) =>
  (await storedRecords(h.browser, 'findingsLog')).filter((s) => s.url === url && s.ruleId !== '__visit__').length;

describe('heavy pages: the page answers, the scan finishes, nothing is lost', () => {
  it('200,000 text nodes: every mention is found', async () => {
    const page = await open('/heavy/200k-nodes');
    await waitForScans(page);
    await openPanel(page);
    expect(await lensDom(page).locator('[data-place="kaohsiung"]').attr('data-count')).toBe('200');
    await pageAnswers(page);
    await page.close();
  }, 180_000);

  it('10,000 "Chinese Taipei": all 10,000 are listed', async () => {
    const page = await open('/heavy/10k-chinese-taipei');
    await waitForScans(page);
    await openPanel(page);
    await lensDom(page).locator('.tcl-finding').nth(9_999).waitFor({ state: 'attached', timeout: 60_000 });
    await pageAnswers(page);
    await page.close();
  }, 180_000);

  it('a page that adds a node every 10 ms forever: rescans keep up, and its sightings are still recorded', async () => {
    const page = await open('/heavy/mutating-forever');
    await waitForScans(page);
    const first = Number(await lensDom(page).locator('.tcl-panel').attr('data-scans'));
    await waitForScans(page, first + 2);
    await openPanel(page);
    await lensDom(page).locator('[data-place="taipei"]').waitFor({ state: 'attached' });
    await lensDom(page).locator('.tcl-finding[data-quote^="Chinese Taipei"]').waitFor({ state: 'attached' });
    // The page never stops changing; the sightings' maximum wait still records them.
    await expect.poll(() => sightingsOf('http://www.iclei.org/heavy/mutating-forever'), { timeout: 60_000, interval: 500 }).toBeGreaterThan(0);
    await pageAnswers(page);
    await page.close();
  }, 180_000);
});
