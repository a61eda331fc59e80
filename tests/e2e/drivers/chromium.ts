// The scenario driver for Chromium: Playwright, with the lens reached through ../lens-dom.ts (CDP,
// an isolated world of the test's own, the closed shadow root resolved by DevTools' DOM domain).
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeSource, LENS_TAG, pollUntil, readLensState, seriousAxeViolations, type ExtensionTab, type LensDriver, type LensTab } from './driver';
import { clickToolbarButton, hoverOver, type Browser } from '../helpers';
import { callInShadowRoot, lensDom } from '../lens-dom';
import { tabIdOf } from '../extension-worker';
// @ts-expect-error plain ESM harness
import { launchBrowser } from '../../harness/browser.mjs';

/** Runs `fn(root, ...args)` in lens-dom's isolated world, `root` being the lens's shadow root (or null). */
async function inLens<A extends unknown[], R>(page: Page, fn: (root: ShadowRoot | null, ...args: A) => R, ...args: A): Promise<R> {
  const wrap = (root: string) => `function (json) { return JSON.stringify((${fn.toString()})(${root}, ...JSON.parse(json)) ?? null); }`;
  const r = await callInShadowRoot<string>(page, wrap('this'), [JSON.stringify(args)]);
  return JSON.parse(r.found ? r.value : JSON.stringify(fn(null, ...args) ?? null)) as R;
}

function lensTab(b: () => Browser, page: Page): LensTab {
  const lens = lensDom(page);
  // The editor's fields are in its frame (lens-dom reaches it): a draft offered back is read there.
  const read = async () => {
    const s = await inLens(page, readLensState);
    if (s?.editor) s.restored = (await lens.locator('.tcl-editor [data-restored="true"]').count()) > 0;
    return s;
  };
  const tab: LensTab = {
    get url() {
      return page.url();
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    lens: read,
    waitForLens: async (ok, what, timeoutMs) => (await pollUntil(read, (s) => s !== null && ok(s), what, timeoutMs))!,
    hostCount: () => page.locator(LENS_TAG).count(),
    clickInLens: (selector) => lens.locator(selector).click(),
    typeInLens: (selector, text) => lens.locator(selector).fill(text),
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
    hover: (selector, text) => hoverOver(page, selector, text),
    highlights: (name) => page.evaluate((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()), name),
    activate: () => page.bringToFront(),
    tabId: () => tabIdOf(b(), page),
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
    async axeViolations(include) {
      await page.evaluate(axeSource());
      return page.evaluate(seriousAxeViolations, include ?? null);
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
      return lensTab(() => browser, page);
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
