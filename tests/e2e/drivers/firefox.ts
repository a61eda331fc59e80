// The scenario driver for Firefox ESR: puppeteer-core over WebDriver BiDi. The lens is read in a
// BiDi sandbox (an isolated world of our own) with the host's shadow root, open or closed, handed
// over by BiDi itself (`includeShadowTree: 'all'`); the toolbar click, tab ids and permission
// answers go through the browser window's privileged scripting (`--remote-allow-system-access`).
import type { Page } from 'puppeteer-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LENS_TAG, lensTarget, pollUntil, readLensState, type ExtensionTab, type LensDriver, type LensTab } from './driver';
// @ts-expect-error plain ESM harness
import { launchFirefox, GECKO_ID } from '../../harness/firefox.mjs';

interface Firefox {
  browser: import('puppeteer-core').Browser;
  userDataDir: string;
  extensionOrigin: string;
  downloadDir: string;
  bidi(method: string, params: object): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

type RemoteValue = { type: string; value?: unknown; sharedId?: string };

const SANDBOX = 'tcl-test';

/** Runs `fn(root, ...args)` in our sandbox of the tab's document, `root` being the lens's shadow root (or null). */
async function inLens<A extends unknown[], R>(ff: Firefox, context: string, fn: (root: ShadowRoot | null, ...args: A) => R, ...args: A): Promise<R> {
  const call = (functionDeclaration: string, args: object[], serializationOptions?: object) =>
    ff.bidi('script.callFunction', {
      functionDeclaration,
      awaitPromise: true,
      target: { context, sandbox: SANDBOX },
      arguments: args,
      resultOwnership: 'none',
      ...(serializationOptions ? { serializationOptions } : {}),
    }) as Promise<{ type: string; result?: RemoteValue & { value?: { shadowRoot?: RemoteValue | null } }; exceptionDetails?: { text: string } }>;
  const host = await call(`() => document.querySelector(${JSON.stringify(LENS_TAG)})`, [], { maxDomDepth: 0, includeShadowTree: 'all' });
  const root = host.result?.type === 'node' ? host.result.value?.shadowRoot : null;
  const rootArg = root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' };
  const out = await call(`(root, json) => JSON.stringify((${fn.toString()})(root, ...JSON.parse(json)) ?? null)`, [rootArg, { type: 'string', value: JSON.stringify(args) }]);
  if (out.type !== 'success') throw new Error(`in the lens: ${out.exceptionDetails?.text}`);
  return JSON.parse(String(out.result?.value)) as R;
}

/** Runs `expression` in the browser window's privileged scope. */
async function inChrome(ff: Firefox, expression: string): Promise<unknown> {
  const tree = (await ff.bidi('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { contexts: { context: string; url: string }[] };
  const win = tree.contexts.find((c) => c.url.endsWith('browser.xhtml'));
  if (!win) throw new Error('no browser window');
  const out = (await ff.bidi('script.evaluate', { expression, awaitPromise: true, target: { context: win.context }, resultOwnership: 'none' })) as {
    type: string;
    result?: RemoteValue;
    exceptionDetails?: { text: string };
  };
  if (out.type !== 'success') throw new Error(`in the browser window: ${out.exceptionDetails?.text}`);
  return out.result?.value;
}

const EXTENSION = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension`;
const GLOBAL = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.apiManager.global`;

function lensTab(ff: Firefox, page: Page): LensTab {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const read = () => inLens(ff, context, readLensState);
  const activate = () => ff.bidi('browsingContext.activate', { context });
  const tab: LensTab = {
    get url() {
      return page.url();
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    lens: read,
    waitForLens: async (ok, what, timeoutMs) => (await pollUntil(read, (s) => s !== null && ok(s), what, timeoutMs))!,
    hostCount: () => page.evaluate((tag) => document.querySelectorAll(tag).length, LENS_TAG),
    async clickInLens(selector) {
      const target = await pollUntil(() => inLens(ff, context, lensTarget as never, selector) as Promise<ReturnType<typeof lensTarget>>, (t) => t?.hit === true, `${selector} to be shown`);
      await page.mouse.click(target!.x, target!.y);
    },
    async typeInLens(selector, text) {
      await tab.clickInLens(selector);
      await inLens(ff, context, (root, sel) => (root?.querySelector(sel as string) as HTMLTextAreaElement).select(), selector);
      await page.keyboard.type(text);
    },
    select: (selector, text) =>
      page.evaluate(
        (sel, needle) => {
          const el = document.querySelector(sel)!;
          const r = document.createRange();
          if (needle === null) r.selectNodeContents(el);
          else {
            const node = el.firstChild!;
            const start = node.textContent!.indexOf(needle);
            r.setStart(node, start);
            r.setEnd(node, start + needle.length);
          }
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
        },
        selector,
        text ?? null,
      ),
    async hover(selector, text) {
      const p = await page.evaluate(
        (sel, needle) => {
          const node = document.querySelector(sel)!.firstChild!;
          const start = node.textContent!.indexOf(needle);
          const r = document.createRange();
          r.setStart(node, start);
          r.setEnd(node, start + needle.length);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        },
        selector,
        text,
      );
      await page.mouse.move(0, 0);
      await page.mouse.move(p.x, p.y);
    },
    highlights: (name) =>
      page.evaluate((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()), name),
    async tabId() {
      await activate();
      return Number(await inChrome(ff, `${GLOBAL}.tabTracker.getId(gBrowser.selectedTab)`));
    },
    async clickToolbarButton() {
      await activate();
      // What a click on the button does: the action for the selected tab (grants activeTab, opens the popup).
      await inChrome(ff, `${GLOBAL}.browserActionFor(${EXTENSION}).triggerAction(window); true`);
    },
    close: () => page.close(),
  };
  return tab;
}

function extensionTab(ff: Firefox, page: Page): ExtensionTab {
  return {
    waitFor: async (selector, timeoutMs = 10_000) => void (await page.waitForSelector(selector, { timeout: timeoutMs })),
    click: (selector) => page.locator(selector).click(),
    fill: (selector, text) => page.locator(selector).fill(text),
    texts: (selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')),
    attribute: (selector, name) => page.$eval(selector, (e, n) => e.getAttribute(n), name),
    async download(selector) {
      const before = new Set(readdirSync(ff.downloadDir));
      await page.locator(selector).click();
      const name = await pollUntil(
        async () => readdirSync(ff.downloadDir).find((f) => !before.has(f) && !f.endsWith('.part')) ?? null,
        (f) => f !== null,
        `a download from ${selector}`,
      );
      return { name: name!, bytes: readFileSync(join(ff.downloadDir, name!)) };
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    close: () => page.close(),
  };
}

export async function firefoxDriver(port: number): Promise<LensDriver> {
  const profile = mkdtempSync(join(tmpdir(), 'tcl-ff-profile-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'tcl-ff-downloads-'));
  const launch = async () => ({ ...((await launchFirefox({ port, userDataDir: profile, downloadDir })) as Omit<Firefox, 'downloadDir'>), downloadDir });
  let ff: Firefox = await launch();
  return {
    name: 'firefox',
    async open(url) {
      const page = await ff.browser.newPage();
      await page.goto(url);
      return lensTab(ff, page);
    },
    async openExtensionPage(path) {
      const page = await ff.browser.newPage();
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      // page.goto never settles on moz-extension: pages (TOOLCHAIN.md).
      await ff.bidi('browsingContext.navigate', { context, url: `${ff.extensionOrigin}/${path}`, wait: 'none' });
      await page.waitForFunction((p) => location.href.includes(p) && document.readyState === 'complete', {}, path);
      return extensionTab(ff, page);
    },
    async restart() {
      await ff.close();
      ff = await launch();
    },
    async answerPermissionRequests(answer) {
      // Prompts off: Firefox grants without asking (its own testing switch). Prompts on, with an
      // observer that answers "no" as the user's click on "Don't allow" would.
      await inChrome(
        ff,
        `(() => {
          Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', ${answer === 'refuse'});
          if (window.__tclRefuse) Services.obs.removeObserver(window.__tclRefuse, 'webextension-optional-permission-prompt');
          window.__tclRefuse = null;
          if (${answer === 'refuse'}) {
            window.__tclRefuse = { observe: (subject) => subject.wrappedJSObject.resolve(false) };
            Services.obs.addObserver(window.__tclRefuse, 'webextension-optional-permission-prompt');
          }
          return true;
        })()`,
      );
    },
    async close() {
      await ff.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
