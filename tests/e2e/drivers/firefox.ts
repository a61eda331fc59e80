// The scenario driver for Firefox ESR: puppeteer-core over WebDriver BiDi. The lens is read in a
// BiDi sandbox (an isolated world of our own) with the host's shadow root, open or closed, handed
// over by BiDi itself (`includeShadowTree: 'all'`); the toolbar click, tab ids and permission
// answers go through the browser window's privileged scripting (`--remote-allow-system-access`).
import type { Page } from 'puppeteer-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeSource, LENS_TAG, lensTarget, pollUntil, readLensState, seriousAxeViolations, type ExtensionTab, type LensDriver, type LensTab } from './driver';
// @ts-expect-error plain ESM harness
import { launchFirefox, GECKO_ID } from '../../harness/firefox.mjs';
// @ts-expect-error plain ESM harness
import { extensionPageActions } from '../../harness/extension-page.mjs';

interface Firefox {
  browser: import('puppeteer-core').Browser;
  userDataDir: string;
  extensionOrigin: string;
  downloadDir: string;
  bidi(method: string, params: object): Promise<Record<string, unknown>>;
  inChrome(expression: string): Promise<unknown>;
  openExtensionPage(path: string): Promise<Page>;
  answerPermissionRequests(answer: 'grant' | 'refuse'): Promise<unknown>;
  callInShadowRoot(page: Page, fn: string, args: unknown[]): Promise<unknown>;
  callInEditorFrame(page: Page, fn: string, args: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

/** Runs `fn(root, ...args)` in the harness's BiDi sandbox, `root` being the lens's shadow root (or null). */
const inLens = <A extends unknown[], R>(ff: Firefox, page: Page, fn: (root: ShadowRoot | null, ...args: A) => R, ...args: A): Promise<R> =>
  ff.callInShadowRoot(page, fn.toString(), args) as Promise<R>;

/** Selectors under `.tcl-editor` are in the note editor's frame (entrypoints/note-editor), not in the shadow root. */
const inEditorFrame = (selector: string) => /^\.tcl-editor(?![\w-])/.test(selector);
const EDITOR_IFRAME = '.tcl-editor-slot iframe';

/** Whether the lens's editor has its frame (not off the organizations' sites, nor once it went with the extension). */
const hasEditorFrame = async (ff: Firefox, page: Page) => (await ff.callInEditorFrame(page, '() => true', [])) === true;

/** Where to click `selector` in the page: inside the editor's frame (offset by the frame's place) or in the shadow root. */
async function targetOf(ff: Firefox, page: Page, selector: string): Promise<{ x: number; y: number; hit: boolean } | null> {
  const inRoot = () => inLens(ff, page, lensTarget as never, selector) as Promise<ReturnType<typeof lensTarget>>;
  if (!inEditorFrame(selector) || !(await hasEditorFrame(ff, page))) return inRoot();
  const inner = (await ff.callInEditorFrame(page, lensTarget.toString(), [selector])) as ReturnType<typeof lensTarget>;
  if (!inner) return null;
  const frame = await inLens(ff, page, (root, sel) => {
    const r = (root?.querySelector(sel as string) as HTMLElement | null)?.getBoundingClientRect();
    return r ? { x: r.left, y: r.top } : null;
  }, EDITOR_IFRAME);
  return frame ? { x: frame.x + inner.x, y: frame.y + inner.y, hit: inner.hit } : null;
}

const EXTENSION = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension`;
const GLOBAL = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.apiManager.global`;

function lensTab(ff: Firefox, page: Page): LensTab {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  // A draft offered back is shown in the editor's frame.
  const read = async () => {
    const s = await inLens(ff, page, readLensState);
    if (s?.editor && (await hasEditorFrame(ff, page))) s.restored = (await ff.callInEditorFrame(page, '(doc) => doc.querySelector(\'.tcl-editor [data-restored="true"]\') !== null', [])) === true;
    return s;
  };
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
      const target = await pollUntil(() => targetOf(ff, page, selector), (t) => t?.hit === true, `${selector} to be shown`);
      await page.mouse.click(target!.x, target!.y);
    },
    async typeInLens(selector, text) {
      await tab.clickInLens(selector);
      const selectAll = (root: ParentNode | null, sel: unknown) => (root?.querySelector(sel as string) as HTMLTextAreaElement).select();
      if (inEditorFrame(selector) && (await hasEditorFrame(ff, page))) await ff.callInEditorFrame(page, selectAll.toString(), [selector]);
      else await inLens(ff, page, selectAll, selector);
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
    activate: async () => void (await activate()),
    async tabId() {
      await activate();
      return Number(await ff.inChrome(`${GLOBAL}.tabTracker.getId(gBrowser.selectedTab)`));
    },
    async clickToolbarButton() {
      await activate();
      // What a click on the button does: the action for the selected tab (grants activeTab, opens the
      // popup). A click while the popup from an earlier click is open only closes it: close it first.
      await ff.inChrome(`(() => {
        const popup = ${GLOBAL}.ViewPopup.for(${EXTENSION}, window);
        if (popup) popup.closePopup();
        ${GLOBAL}.browserActionFor(${EXTENSION}).triggerAction(window);
        return true;
      })()`);
    },
    close: () => page.close(),
  };
  return tab;
}

function extensionTab(ff: Firefox, page: Page): ExtensionTab {
  const { waitFor, click, fill } = extensionPageActions(page) as Pick<ExtensionTab, 'waitFor' | 'click' | 'fill'>;
  return {
    waitFor,
    click,
    fill,
    texts: (selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')),
    attribute: (selector, name) => page.$eval(selector, (e, n) => e.getAttribute(n), name),
    async download(selector) {
      const before = new Set(readdirSync(ff.downloadDir));
      await click(selector);
      // Firefox writes into NAME.part beside an empty NAME (or into a file of a random name), then
      // moves it over: done when no .part is left and the same new, non-empty file is there on two
      // polls in a row. A file may go between listing and reading it (the move): not there yet.
      const sizeOf = (f: string) => {
        try {
          return statSync(join(ff.downloadDir, f)).size;
        } catch {
          return 0;
        }
      };
      let seen = '';
      const got = await pollUntil(
        async () => {
          const now = readdirSync(ff.downloadDir);
          const file = now.some((f) => f.endsWith('.part')) ? undefined : now.find((f) => !before.has(f) && sizeOf(f) > 0);
          const state = file ? `${file}:${sizeOf(file)}` : '';
          const stable = state !== '' && state === seen;
          seen = state;
          if (!stable) return null;
          try {
            return { name: file!, bytes: readFileSync(join(ff.downloadDir, file!)) };
          } catch {
            return null;
          }
        },
        (f) => f !== null,
        `a download from ${selector}`,
      );
      return got!;
    },
    async axeViolations(include) {
      await page.evaluate(axeSource());
      return page.evaluate(seriousAxeViolations, include ?? null);
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
    openExtensionPage: async (path) => extensionTab(ff, await ff.openExtensionPage(path)),
    async restart() {
      await ff.close();
      ff = await launch();
    },
    answerPermissionRequests: async (answer) => void (await ff.answerPermissionRequests(answer)),
    async close() {
      await ff.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
