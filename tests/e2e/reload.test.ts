/**
 * A real extension reload (what an update does to open pages) under pages that have the lens:
 * `chrome.runtime.reload()` from the service worker, with the profile in developer mode (see
 * tests/harness/browser.mjs) so the reloaded extension starts again. Pages open during the reload
 * get the new copy of the lens (the background's sweep of open tabs); the old copy's panel and
 * highlights go; a draft typed in the editor comes back, on the same page and after a page reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { clickToolbarButton, colouredPixels, HOST_TAG, lensDom, page as html, useHarness, waitForNotesLoaded, waitForScans } from './helpers';
import { inWorker, scanFromPopup } from './extension-worker';

const h = useHarness();

/** Reloads the extension as an update does; resolves with the new service worker. */
async function reloadExtension(): Promise<Worker> {
  const old = h.browser.context.serviceWorkers()[0]!;
  const next = h.browser.context.waitForEvent('serviceworker', { predicate: (w) => w !== old, timeout: 30_000 });
  await old.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  return next;
}

/** The draft of the page as the extension keeps it (its local storage), read in the service worker. */
function storedDraft(path: string): Promise<string | null> {
  return inWorker(h.browser, async (p) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const all = (await (globalThis as any).chrome.storage.local.get(null)) as Record<string, { draft?: { body: string } }>;
    const key = Object.keys(all).find((k) => k.startsWith('tcl-draft:') && k.endsWith(p));
    return key ? (all[key]!.draft?.body ?? null) : null;
  }, path);
}

/** Marks the page's current lens host (a property in the page's own world, which the lens never reads). */
const markOldHosts = (page: Page) => page.evaluate((tag) => document.querySelectorAll(tag).forEach((el) => ((el as unknown as { old: boolean }).old = true)), HOST_TAG);
/** How many lens hosts the page has, and how many of them came after the mark. */
const hosts = (page: Page) =>
  page.evaluate((tag) => {
    const all = [...document.querySelectorAll(tag)];
    return { all: all.length, fresh: all.filter((el) => !(el as unknown as { old?: boolean }).old).length };
  }, HOST_TAG);
const highlighted = (page: Page, name: string) => page.evaluate((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()), name);

async function openPanel(page: Page) {
  const lens = lensDom(page);
  if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
  await lens.locator('.tcl-panel[data-open="true"]').waitFor();
}

describe('an extension reload or update under open pages', () => {
  it('open pages get the lens back, once, with its highlights; a draft typed before the reload is offered back on the same page and after a page reload', async () => {
    h.server.setRoute('www.iclei.org', '/reload-draft', html('Reload', '<p id="p">Taipei hosted the congress; Kaohsiung joined in 2006.</p>'));
    h.server.setRoute('citynet-ap.org', '/reload-idle', html('Idle', '<p id="p">Tainan City and Chinese Taipei.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/reload-draft');
    await waitForNotesLoaded(page);
    await waitForScans(page);
    const idle = await h.browser.context.newPage();
    await idle.goto('http://citynet-ap.org/reload-idle');
    await waitForScans(idle);
    const idleBefore = { place: await highlighted(idle, 'tcl-place'), finding: await highlighted(idle, 'tcl-medium') };
    expect(idleBefore.finding).toEqual(['Chinese Taipei']);

    await page.bringToFront();
    const placesBefore = await highlighted(page, 'tcl-place');
    expect(placesBefore.length).toBeGreaterThan(0);
    await openPanel(page);
    const lens = lensDom(page);
    await lens.locator('[data-action="page-note"]').click();
    await lens.locator('.tcl-editor textarea').fill('Half-written protest letter');
    await expect.poll(() => storedDraft('/reload-draft'), { timeout: 10_000 }).toBe('Half-written protest letter');
    await markOldHosts(page);
    await markOldHosts(idle);

    await reloadExtension();

    // The new copy of the lens is there and the old one is gone, on both pages.
    for (const p of [page, idle]) await expect.poll(() => hosts(p), { timeout: 30_000, interval: 100 }).toEqual({ all: 1, fresh: 1 });
    await waitForScans(idle);
    // (Waited for, not read once: the new copy draws them with its first scan's results.)
    await expect.poll(async () => ({ place: await highlighted(idle, 'tcl-place'), finding: await highlighted(idle, 'tcl-medium') }), { timeout: 20_000 }).toEqual(idleBefore);
    // And drawn: a tab open before the update has no style the manifest declares for the new copy,
    // which then brings its own.
    await idle.bringToFront();
    expect(await colouredPixels(idle, '#p')).toBeGreaterThan(20);
    // The new copy's panel (its script loads when opened) lists the finding.
    await openPanel(idle);
    await expect.poll(() => lensDom(idle).locator('.tcl-finding').attrs('data-quote'), { timeout: 20_000 }).toEqual(['Chinese Taipei']);
    await page.bringToFront();
    // The draft comes back in the new panel, said to be restored.
    await lens.locator('.tcl-editor [data-restored="true"]').waitFor();
    expect(await lens.locator('.tcl-editor textarea').value()).toBe('Half-written protest letter');
    expect(await lens.locator('.tcl-editor [data-invalidated]').count()).toBe(0);
    await expect.poll(() => highlighted(page, 'tcl-place'), { timeout: 20_000 }).toEqual(placesBefore);

    // And after a page reload; saved, it is offered no more.
    await page.reload();
    await waitForNotesLoaded(page);
    await lens.locator('.tcl-editor [data-restored="true"]').waitFor();
    expect(await lens.locator('.tcl-editor textarea').value()).toBe('Half-written protest letter');
    await lens.locator('.tcl-editor [data-action="save"]').click();
    await lens.locator('.tcl-note').filter({ hasText: 'Half-written protest letter' }).waitFor();
    await page.reload();
    await waitForNotesLoaded(page);
    expect(await lens.locator('.tcl-editor').count()).toBe(0);
    await idle.close();
    await page.close();
  });

  it('where no new lens comes (a page it was only asked to scan), the open editor says the extension went away, keeps the text and cannot save; the highlights go', async () => {
    h.server.setRoute('news.example.net', '/reload-scan', html('News', '<p>The forum listed Kaohsiung, China.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://news.example.net/reload-scan');
    await scanFromPopup(h.browser, page);
    await waitForScans(page);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tcl-')).length)).toBeGreaterThan(0);
    await openPanel(page);
    const lens = lensDom(page);
    await lens.locator('[data-action="page-note"]').click();
    await lens.locator('.tcl-editor textarea').fill('Typed before the update');
    await expect.poll(() => storedDraft('/reload-scan'), { timeout: 10_000 }).toBe('Typed before the update');

    await reloadExtension();

    await lens.locator('.tcl-editor [data-invalidated="true"]').waitFor({ timeout: 20_000 });
    expect(await lens.locator('.tcl-editor [data-invalidated="true"]').text()).toMatch(/offers it back/);
    expect(await lens.locator('.tcl-editor [data-action="save"]').attr('disabled')).not.toBeNull();
    expect(await lens.locator('.tcl-editor textarea').value()).toBe('Typed before the update');
    // The editor's frame tells at once that the extension went; the lens's own check follows
    // within a second (GONE_CHECK_MS) and clears the highlights.
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('tcl-'))), { timeout: 10_000 }).toEqual([]);
    expect(await hosts(page)).toEqual({ all: 1, fresh: 1 });
    // Closing the editor takes the panel that can no longer do anything with it.
    await lens.locator('.tcl-editor [data-action="cancel"]').click();
    await expect.poll(() => hosts(page), { timeout: 10_000 }).toEqual({ all: 0, fresh: 0 });
    await page.close();
  });
});
