import { afterAll, beforeAll, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error plain ESM harness shared with the demo script
import { startServer } from '../harness/server.mjs';
// @ts-expect-error plain ESM harness shared with the demo script
import { launchBrowser } from '../harness/browser.mjs';

export interface Server {
  port: number;
  requests: { host: string; path: string }[];
  setRoute(host: string, path: string, body: string | (() => string)): void;
  close(): Promise<void>;
}
export interface Browser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export async function startHarness(opts: { userDataDir?: string } = {}): Promise<{ server: Server; browser: Browser }> {
  const server = (await startServer()) as Server;
  const browser = (await launchBrowser({ port: server.port, ...opts })) as Browser;
  return { server, browser };
}

export { HOST_TAG, lensDom } from './lens-dom';
import { lensDom } from './lens-dom';

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** One server and one Chromium for a test file, closed after it. */
export function useHarness(opts: { userDataDir?: string } = {}): { server: Server; browser: Browser } {
  const h = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    Object.assign(h, await startHarness(opts));
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}

/**
 * Clicks the extension's toolbar button on the tab showing `page` (which must be the only tab
 * with its URL): the user gesture that grants activeTab, driven through Chromium's own path.
 */
export async function clickToolbarButton(b: Browser, page: Page): Promise<void> {
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  // Extensions.* is newer than playwright-core's protocol types.
  const send = cdp.send.bind(cdp) as unknown as (method: string, params?: object) => Promise<Record<string, unknown>>;
  try {
    const { targetInfos } = (await send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
    const tabs = targetInfos.filter((t) => t.url === page.url());
    if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}; give the page a URL of its own.`);
    await send('Extensions.triggerAction', { id: b.extensionId, targetId: tabs[0]!.targetId });
  } finally {
    await cdp.detach();
  }
}

/** Moves the pointer onto the middle of `text` in the element `selector`, opening its hover card. */
export async function hoverOver(page: Page, selector: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ([sel, needle]) => {
      const node = document.querySelector(sel)!.firstChild!;
      const start = node.textContent!.indexOf(needle);
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, start + needle.length);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [selector, text] as const,
  );
  // From elsewhere first: a pointer already there sends no move, and no card opens.
  await page.mouse.move(0, 0);
  await page.mouse.move(point.x, point.y);
}

/** A number the panel shows in a data attribute (`data-scans`, `data-loads`): signals the extension gives, never read by it. */
async function panelCounter(page: Page, selector: string, attribute: string): Promise<number> {
  const value = await lensDom(page).locator(selector).first().attr(attribute).catch(() => null);
  return Number(value ?? 0);
}
export const scanCount = (page: Page) => panelCounter(page, '.tcl-panel', 'data-scans');
export const notesLoadCount = (page: Page) => panelCounter(page, '.tcl-panel', 'data-note-loads');

/** Waits until the lens has completed at least `atLeast` scans (the first is the full scan). */
export async function waitForScans(page: Page, atLeast = 1): Promise<void> {
  await lensDom(page).locator('.tcl-panel[data-scans]').waitFor({ state: 'attached', timeout: 20_000 });
  await expect.poll(() => scanCount(page), { timeout: 20_000, interval: 50 }).toBeGreaterThanOrEqual(atLeast);
}
/**
 * Opens the panel as a person does, by its tab (unless it is open): collapsed, it draws only the
 * tab, and its findings, places, members and notes are what the open panel shows.
 */
export async function openPanel(page: Page): Promise<void> {
  const lens = lensDom(page);
  await lens.locator('.tcl-tab').waitFor({ state: 'visible', timeout: 20_000 });
  if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
  await lens.locator('.tcl-body').waitFor({ state: 'visible', timeout: 20_000 });
}

/** Waits until the page's notes have been loaded and placed at least `atLeast` times. */
export async function waitForNotesLoaded(page: Page, atLeast = 1): Promise<void> {
  await lensDom(page).locator('.tcl-panel[data-note-loads]').waitFor({ state: 'attached', timeout: 20_000 });
  await expect.poll(() => notesLoadCount(page), { timeout: 20_000, interval: 50 }).toBeGreaterThanOrEqual(atLeast);
}

let probes = 0;
/**
 * Resolves once the extension has decided about `page` (loaded before this is called): the
 * background handles tabs' loads in order, so when a page on an organization's site, loaded after
 * it, has its lens scanned, the earlier page's injection was decided and its lens would have
 * started. The signal for "nothing happened there", instead of a fixed wait.
 */
export async function afterExtensionDecided(h: { server: Server; browser: Browser }, page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const path = `/__probe-${++probes}`;
  h.server.setRoute('www.iclei.org', path, '<!doctype html><html><head><title>Probe</title></head><body><p>Taipei City</p></body></html>');
  const probe = await h.browser.context.newPage();
  await probe.goto(`http://www.iclei.org${path}`);
  await waitForScans(probe);
  await probe.close();
}

/** Resolves when the page's main thread is idle (requestIdleCallback): its pending work has run. */
export async function pageIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));
}

/**
 * Pixels in the element's box that are clearly coloured (not black, white or grey text): our
 * highlights. In a screenshot taken now, or in `image` (a data: URL of the whole viewport, such as
 * a note's evidence).
 */
export async function colouredPixels(page: Page, selector: string, image?: string): Promise<number> {
  const box = (await page.locator(selector).boundingBox())!;
  const src = image ?? `data:image/png;base64,${(await page.screenshot({ clip: box })).toString('base64')}`;
  const d = await imagePixels(page, src, image ? box : { x: 0, y: 0, width: box.width, height: box.height });
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.max(d[i]!, d[i + 1]!, d[i + 2]!) - Math.min(d[i]!, d[i + 1]!, d[i + 2]!) > 40) n++;
  return n;
}

/** The RGBA bytes of a box of an image (a data: URL), decoded by the page's own canvas. */
export function imagePixels(page: Page, src: string, box: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  return page.evaluate(
    async ([source, c]) => {
      const img = new Image();
      img.src = source;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(Math.round(c.x), Math.round(c.y), Math.max(1, Math.round(c.width)), Math.max(1, Math.round(c.height))).data];
    },
    [src, box] as const,
  );
}
