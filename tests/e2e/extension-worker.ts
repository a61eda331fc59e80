/**
 * Calls into the extension's service worker from a test: the tab ids, badges and database records
 * a test checks. Chromium stops an idle service worker (~30 s) and starts it again on the next
 * event, so the worker a test saw may be gone: a call is made in the live one, woken if need be,
 * and made again if the worker closes under it (a call into a closed worker never answers).
 */
import type { Page, Worker } from 'playwright-core';
import { clickToolbarButton, lensDom, type Browser } from './helpers';

class WorkerGone extends Error {}

/** The running service worker, started by opening one of the extension's pages if it is stopped. */
async function liveWorker(browser: Browser): Promise<Worker> {
  const running = browser.context.serviceWorkers()[0];
  if (running) return running;
  const started = browser.context.waitForEvent('serviceworker', { timeout: 20_000 });
  // The popup asks the background for the tab's state: the worker starts to answer.
  const waker = await browser.context.newPage();
  await waker.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const worker = browser.context.serviceWorkers()[0] ?? (await started);
  started.catch(() => undefined);
  await waker.close();
  return worker;
}

/** `fn(arg)` in the extension's service worker (its result as a structured clone). */
export async function inWorker<T, A>(browser: Browser, fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const worker = await liveWorker(browser);
    let onClose = () => {};
    const closed = new Promise<never>((_, reject) => {
      onClose = () => reject(new WorkerGone('the service worker closed during the call'));
      worker.once('close', onClose);
    });
    try {
      // (Playwright's argument type cannot be told apart from A here: the call is typed by this function.)
      return await Promise.race([worker.evaluate(fn as () => T | Promise<T>, arg), closed]);
    } catch (error) {
      const gone = error instanceof WorkerGone || /closed|Target|destroyed/i.test(String(error));
      if (!gone || attempt >= 3) throw error;
    } finally {
      worker.off('close', onClose);
      closed.catch(() => undefined);
    }
  }
}

export type StoreName = 'notes' | 'evidence' | 'findingsLog' | 'settings' | 'dismissals';

/** Every record of a store of the extension's database (Blobs as their type and size). */
export function storedRecords(browser: Browser, store: StoreName): Promise<Record<string, unknown>[]> {
  return inWorker(
    browser,
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open('taiwan-city-lens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name).objectStore(name).getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            req.result.close();
            resolve(
              all.result.map((r: Record<string, unknown>) =>
                Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Blob ? { type: v.type, size: v.size } : v])),
              ),
            );
          };
        };
      }),
    store,
  );
}

/** The id of the tab showing `page`, brought to the front (the active tab of the focused window). */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return inWorker(
    browser,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number,
    undefined,
  );
}

/**
 * "Scan this page" as a person does it on a site no manifest lists: the toolbar button (the
 * page's permission for this tab), then the popup's scan button; resolves once the lens is on
 * the page, with the page in front again.
 */
export async function scanFromPopup(browser: Browser, page: Page): Promise<void> {
  const tabId = await tabIdOf(browser, page);
  await clickToolbarButton(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-action="scan"]').click();
  await lensDom(page).locator('.tcl-tab').waitFor();
  await popup.close();
  await page.bringToFront();
}
