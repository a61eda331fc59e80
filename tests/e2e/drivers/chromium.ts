// The scenario driver for Chromium: Playwright, with the lens read over CDP in an isolated world of
// our own, the host's shadow root (open or closed) resolved by DevTools' DOM domain.
import type { CDPSession, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LENS_TAG, lensTarget, pollUntil, readLensState, type ExtensionTab, type LensDriver, type LensTab } from './driver';
import { clickToolbarButton, type Browser } from '../helpers';
// @ts-expect-error plain ESM harness
import { launchBrowser } from '../../harness/browser.mjs';

type Send = (method: string, params?: object) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs `fn(root, ...args)` in an isolated world of the page, `root` being the lens's shadow root (or null). */
async function inLens<A extends unknown[], R>(cdp: CDPSession, fn: (root: ShadowRoot | null, ...args: A) => R, ...args: A): Promise<R> {
  const send = cdp.send.bind(cdp) as unknown as Send;
  const { frameTree } = await send('Page.getFrameTree');
  const { executionContextId } = await send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'tcl-test' });
  const { root: doc } = await send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await send('DOM.querySelector', { nodeId: doc.nodeId, selector: LENS_TAG });
  let objectId: string | undefined;
  if (nodeId) {
    const { node } = await send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (shadow) objectId = (await send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId })).object.objectId;
  }
  const functionDeclaration = `function (json) { return JSON.stringify((${fn.toString()})(${objectId ? 'this' : 'null'}, ...JSON.parse(json)) ?? null); }`;
  const out = await send('Runtime.callFunctionOn', {
    functionDeclaration,
    ...(objectId ? { objectId } : { executionContextId }),
    arguments: [{ value: JSON.stringify(args) }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (out.exceptionDetails) throw new Error(`in the lens: ${out.exceptionDetails.exception?.description ?? out.exceptionDetails.text}`);
  return JSON.parse(out.result.value) as R;
}

function lensTab(b: () => Browser, page: Page, cdp: CDPSession): LensTab {
  const read = () => inLens(cdp, readLensState);
  const tab: LensTab = {
    get url() {
      return page.url();
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    lens: read,
    waitForLens: async (ok, what, timeoutMs) => (await pollUntil(read, (s) => s !== null && ok(s), what, timeoutMs))!,
    hostCount: () => page.locator(LENS_TAG).count(),
    async clickInLens(selector) {
      const target = await pollUntil(() => inLens(cdp, lensTarget as never, selector) as Promise<ReturnType<typeof lensTarget>>, (t) => t?.hit === true, `${selector} to be shown`);
      await page.mouse.click(target!.x, target!.y);
    },
    async typeInLens(selector, text) {
      await tab.clickInLens(selector);
      await inLens(cdp, (root, sel) => (root?.querySelector(sel as string) as HTMLTextAreaElement).select(), selector);
      await page.keyboard.type(text);
    },
    select: (selector, text) =>
      page.evaluate(
        ([sel, needle]) => {
          const el = document.querySelector(sel!)!;
          const r = document.createRange();
          if (needle === null) r.selectNodeContents(el);
          else {
            const node = el.firstChild!;
            const start = node.textContent!.indexOf(needle!);
            r.setStart(node, start);
            r.setEnd(node, start + needle!.length);
          }
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
        },
        [selector, text ?? null] as const,
      ),
    async hover(selector, text) {
      const p = await page.evaluate(
        ([sel, needle]) => {
          const node = document.querySelector(sel)!.firstChild!;
          const start = node.textContent!.indexOf(needle);
          const r = document.createRange();
          r.setStart(node, start);
          r.setEnd(node, start + needle.length);
          const box = r.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        },
        [selector, text] as const,
      );
      await page.mouse.move(0, 0);
      await page.mouse.move(p.x, p.y);
    },
    highlights: (name) => page.evaluate((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()), name),
    async tabId() {
      await page.bringToFront();
      const worker = b().context.serviceWorkers()[0]!;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    },
    clickToolbarButton: () => clickToolbarButton(b(), page),
    close: () => page.close(),
  };
  return tab;
}

function extensionTab(page: Page): ExtensionTab {
  return {
    waitFor: (selector, timeoutMs = 10_000) => page.locator(selector).first().waitFor({ timeout: timeoutMs }),
    click: (selector) => page.locator(selector).click(),
    fill: (selector, text) => page.locator(selector).fill(text),
    texts: (selector) => page.locator(selector).allTextContents(),
    attribute: (selector, name) => page.locator(selector).first().getAttribute(name),
    async download(selector) {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
      return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    close: () => page.close(),
  };
}

export async function chromiumDriver(port: number): Promise<LensDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'tcl-cr-profile-'));
  let browser = (await launchBrowser({ port, userDataDir: profile })) as Browser;
  return {
    name: 'chromium',
    async open(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return lensTab(() => browser, page, await browser.context.newCDPSession(page));
    },
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return extensionTab(page);
    },
    async restart() {
      await browser.close();
      browser = (await launchBrowser({ port, userDataDir: profile })) as Browser;
    },
    // Playwright cannot answer Chromium's permission prompt.
    answerPermissionRequests: null,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
