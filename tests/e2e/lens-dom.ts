/**
 * Reaches inside the lens's CLOSED shadow root the way DevTools does, never through anything the
 * page could use: CDP finds the root (`DOM.describeNode` with `pierce`), and every read runs in an
 * isolated world of the test's own (`Page.createIsolatedWorld`), so a page that breaks built-ins
 * cannot fool it. Actions are a person's: the real mouse at the element's box, the real keyboard.
 *
 *   const lens = lensDom(page);
 *   await lens.locator('.tcl-tab').click();
 *   await lens.locator('.tcl-finding').waitFor();
 *   expect(await lens.locator('.tcl-finding').attrs('data-quote')).toEqual([...]);
 *   await lens.locator('.tcl-note').filter({ hasText: 'Directory' }).locator('[data-action="edit"]').click();
 *
 * The note editor's fields are not in the shadow root but in an extension-origin iframe inside it
 * (entrypoints/note-editor): a locator that starts with `.tcl-editor` resolves in that frame's
 * document (Playwright sees extension frames; their world is the extension's, which the page cannot
 * reach), and clicks land at the frame's position in the page. Without such a frame (a site that is
 * not an organization's, or the frame went with the extension) it resolves in the shadow root.
 *
 *   await lens.locator('.tcl-editor textarea').fill('Typed in the frame');
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

export const HOST_TAG = 'taiwan-city-lens';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
type State = 'attached' | 'detached' | 'visible' | 'hidden';
interface Step {
  sel: string;
  hasText?: string;
  hasTextRe?: [string, string];
  nth?: number;
}

/** Runs in the isolated world with `this` = the shadow root: the elements a chain of steps names. */
const RESOLVE = `function resolve(root, steps) {
  let els = [root];
  for (const s of steps) {
    let next = [];
    if (els.length === 1) next = [...els[0].querySelectorAll(s.sel)];
    else { const seen = new Set(); for (const el of els) for (const found of el.querySelectorAll(s.sel)) if (!seen.has(found)) { seen.add(found); next.push(found); } }
    if (s.hasText !== undefined) next = next.filter((e) => (e.textContent || '').includes(s.hasText));
    if (s.hasTextRe) { const re = new RegExp(s.hasTextRe[0], s.hasTextRe[1]); next = next.filter((e) => re.test(e.textContent || '')); }
    if (s.nth !== undefined) next = next.slice(s.nth < 0 ? next.length + s.nth : s.nth).slice(0, 1);
    els = next;
  }
  return els;
}
function isVisible(el) {
  if (!el.isConnected) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}`;

/** Operations on the resolved elements; each returns a JSON value. */
const OPS = `{
  count: (els) => els.length,
  text: (els) => (els[0] ? els[0].textContent : null),
  texts: (els) => els.map((e) => e.textContent),
  attr: (els, name) => (els[0] ? els[0].getAttribute(name) : null),
  attrs: (els, name) => els.map((e) => e.getAttribute(name)),
  records: (els, names) => els.map((e) => Object.fromEntries(names.map((n) => [n, e.getAttribute(n)]))),
  value: (els) => (els[0] ? els[0].value : null),
  box: (els) => { if (!els[0]) return null; const r = els[0].getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; },
  visible: (els) => Boolean(els[0] && isVisible(els[0])),
  style: (els, prop) => (els[0] ? getComputedStyle(els[0]).getPropertyValue(prop) : null),
  styles: (els, props) => (els[0] ? Object.fromEntries(props.map((p) => [p, getComputedStyle(els[0]).getPropertyValue(p)])) : null),
  focused: (els, _, root) => Boolean(els[0] && root.activeElement === els[0] && (root.hasFocus ? root.hasFocus() : true)),
  scrollIntoView: (els) => { if (els[0]) els[0].scrollIntoView({ block: 'center', inline: 'nearest' }); return Boolean(els[0]); },
  hitTarget: (els, point, root) => { if (!els[0]) return 'missing'; const at = root.elementFromPoint(point.x, point.y); return at && (at === els[0] || els[0].contains(at)) ? 'ok' : (at ? at.outerHTML.slice(0, 120) : 'nothing'); },
  state: (els, state) => state === 'attached' ? els.length > 0 : state === 'detached' ? els.length === 0 : state === 'visible' ? Boolean(els[0] && isVisible(els[0])) : !(els[0] && isVisible(els[0])),
}`;

/** Waits in the page until `state` holds (checked on every DOM change and frame), or `chunkMs` passes. */
const WAIT = `function (steps, state, chunkMs) {
  ${RESOLVE}
  const ops = ${OPS};
  const root = this;
  const holds = () => ops.state(resolve(root, steps), state);
  if (holds()) return true;
  return new Promise((done) => {
    let finished = false;
    const finish = (v) => { if (finished) return; finished = true; mo.disconnect(); clearTimeout(t); done(v); };
    const check = () => { if (holds()) finish(true); };
    const mo = new MutationObserver(check);
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => { if (finished) return; check(); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const t = setTimeout(() => finish(holds()), chunkMs);
  });
}`;

const OP = `function (steps, op, arg) {
  ${RESOLVE}
  const ops = ${OPS};
  return ops[op](resolve(this, steps), arg, this);
}`;

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

type Send = (method: string, params?: object) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The lens's shadow root as an object in the test's isolated world, or null when there is no lens. */
async function isolatedWorld(page: Page): Promise<{ send: Send; executionContextId: number }> {
  const cdp = await session(page);
  const send = cdp.send.bind(cdp) as unknown as Send;
  const { frameTree } = await send('Page.getFrameTree');
  const { executionContextId } = await send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'lens-dom-test' });
  return { send, executionContextId };
}

async function shadowRootHandle(page: Page): Promise<{ send: Send; objectId: string } | null> {
  const { send, executionContextId } = await isolatedWorld(page);
  const { root } = await send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST_TAG });
  if (!nodeId) return null;
  const { node } = await send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
  return { send, objectId: object.objectId };
}

/** Runs `expression` in the test's isolated world of the page (immune to the page's own scripts). */
async function evaluateIsolated<T>(page: Page, expression: string): Promise<T> {
  const { send, executionContextId } = await isolatedWorld(page);
  const res = await send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
  if (res.exceptionDetails) throw new Error(`lens-dom: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  return res.result.value as T;
}

/** Resolves on the page's next DOM change, or after `ms` (a bound, not a wait for time to pass). */
const nextDomChange = (page: Page, ms: number) =>
  evaluateIsolated(
    page,
    `new Promise((done) => { const mo = new MutationObserver(() => { mo.disconnect(); done(true); });
      mo.observe(document, { subtree: true, childList: true, attributes: true }); setTimeout(() => { mo.disconnect(); done(false); }, ${ms}); })`,
  );

async function call<T>(page: Page, fn: string, args: unknown[]): Promise<{ found: false } | { found: true; value: T }> {
  const h = await shadowRootHandle(page);
  if (!h) return { found: false };
  const res = await h.send('Runtime.callFunctionOn', {
    objectId: h.objectId,
    functionDeclaration: fn,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (res.exceptionDetails) throw new Error(`lens-dom: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  return { found: true, value: res.result.value as T };
}

/** Runs `fn` (a function declaration, `this` = the lens's shadow root) in the isolated world: for other drivers (tests/e2e/drivers). */
export const callInShadowRoot = call;

/** Where the note editor's frame sits in the lens (EditorFrame). */
export const EDITOR_IFRAME = '.tcl-editor-slot iframe';
const EDITOR_SLOT = '.tcl-editor-slot';
/** Locators starting with this selector resolve inside the editor's frame. */
const inEditorFrame = (selector: string) => /^\.tcl-editor(?![\w-])/.test(selector);

/** The lens's note editor frame: the extension page in an iframe of our closed root (not one the page made). */
export async function editorFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (!/^chrome-extension:\/\/[^/]+\/note-editor\.html/.test(frame.url())) continue;
    const owner = await frame.frameElement().catch(() => null);
    const ours = await owner?.evaluate((el, tag) => {
      const root = el.getRootNode();
      return root instanceof ShadowRoot && root.host.localName === tag;
    }, HOST_TAG);
    if (ours) return frame;
  }
  return null;
}

async function callInFrame<T>(page: Page, fn: string, args: unknown[]): Promise<{ found: false } | { found: true; value: T }> {
  const frame = await editorFrame(page);
  if (!frame) return { found: false };
  // An expression, not a function that evals one: the extension page's CSP forbids eval, not DevTools.
  try {
    const value = await frame.evaluate(`(${fn}).apply(document, ${JSON.stringify(args)})`);
    return { found: true, value: value as T };
  } catch (error) {
    // The frame went between finding it and the call (the extension reloaded, the editor closed):
    // no frame now, which the callers' waits read as such.
    if (frame.isDetached() || /detached|Target closed|Execution context was destroyed/i.test(String(error))) return { found: false };
    throw error;
  }
}

export class LensLocator {
  constructor(
    readonly page: Page,
    private readonly steps: Step[],
  ) {}

  private get inFrame(): boolean {
    return inEditorFrame(this.steps[0]!.sel);
  }
  /** In the editor's frame while there is one; else in the shadow root (where the editor is off the organizations' sites, or once its frame went with the extension). */
  private async call<T>(fn: string, args: unknown[]) {
    if (this.inFrame) {
      const r = await callInFrame<T>(this.page, fn, args);
      if (r.found) return r;
      // The panel has the frame's place but the frame is not there yet: not found (yet).
      const slot = await call<boolean>(this.page, 'function (sel) { return this.querySelector(sel) !== null; }', [EDITOR_SLOT]);
      if (slot.found && slot.value) return { found: false as const };
    }
    return call<T>(this.page, fn, args);
  }

  /** Elements matching `selector` inside each element of this one. */
  locator(selector: string): LensLocator {
    return new LensLocator(this.page, [...this.steps, { sel: selector }]);
  }
  /** Only the elements whose text contains `hasText` (a string or a RegExp). */
  filter({ hasText }: { hasText: string | RegExp }): LensLocator {
    const last = { ...this.steps.at(-1)! };
    if (typeof hasText === 'string') last.hasText = hasText;
    else last.hasTextRe = [hasText.source, hasText.flags];
    return new LensLocator(this.page, [...this.steps.slice(0, -1), last]);
  }
  nth(n: number): LensLocator {
    return new LensLocator(this.page, [...this.steps.slice(0, -1), { ...this.steps.at(-1)!, nth: n }]);
  }
  first(): LensLocator {
    return this.nth(0);
  }
  last(): LensLocator {
    return this.nth(-1);
  }

  private async op<T>(op: string, arg?: unknown, absent?: T): Promise<T> {
    // The editor's frame loads after the click that opens it: reads of its fields wait for them (as Playwright's do).
    if (this.inFrame && op !== 'count' && op !== 'state') await this.waitFor({ state: 'attached' });
    const r = await this.call<T>(OP, [this.steps, op, arg ?? null]);
    return r.found ? r.value : (absent as T);
  }

  count = () => this.op<number>('count', null, 0);
  /** The first element's textContent (null if none). */
  text = () => this.op<string | null>('text', null, null);
  texts = () => this.op<string[]>('texts', null, []);
  attr = (name: string) => this.op<string | null>('attr', name, null);
  attrs = (name: string) => this.op<(string | null)[]>('attrs', name, []);
  /** For every element, the named attributes (absent ones as null). */
  records = <K extends string>(names: K[]) => this.op<Record<K, string | null>[]>('records', names, []);
  /** A form control's current value. */
  value = () => this.op<string | null>('value', null, null);
  /** The first element's box in viewport CSS pixels (null if none). */
  box = () => this.op<Box | null>('box', null, null);
  /** Rendered with a size, not hidden by display, visibility, opacity or content-visibility. */
  isVisible = () => this.op<boolean>('visible', null, false);
  /** A computed style property of the first element. */
  style = (prop: string) => this.op<string | null>('style', prop, null);
  /** Several computed style properties (CSS names: 'background-color') of the first element. */
  styles = <K extends string>(props: K[]) => this.op<Record<K, string> | null>('styles', props, null);
  /** Whether the first element has keyboard focus (the shadow root's active element). */
  isFocused = () => this.op<boolean>('focused', null, false);

  /** Waits until the state holds; rechecked on every DOM change and frame, and after a remount. */
  async waitFor({ state = 'visible', timeout = 10_000 }: { state?: State; timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const left = deadline - Date.now();
      let ok = false;
      try {
        const r = await this.call<boolean>(WAIT, [this.steps, state, Math.max(50, Math.min(1000, left))]);
        ok = r.found ? r.value : state === 'detached' || state === 'hidden';
        // No lens yet: wait for the page to change (a frame), not a fixed time. No editor frame
        // yet: it appears inside the closed root, which the page's observers do not see: look again.
        if (!r.found && !ok) await (this.inFrame ? editorFrameAppears(this.page, Math.max(50, Math.min(1000, left))) : nextDomChange(this.page, Math.max(50, Math.min(1000, left))));
      } catch (e) {
        // A navigation or a remount destroyed the context mid-call: try again in the new one.
        if (!/context|Cannot find|No node|destroyed|closed|Target/i.test(String(e))) throw e;
      }
      if (ok) return;
      if (Date.now() >= deadline) throw new Error(`lens-dom: ${this} did not become ${state} within ${timeout} ms`);
    }
  }

  /** Brings the element into view within its scroll container, then clicks its middle with the mouse. */
  async click(): Promise<void> {
    const { x, y } = await this.pointAt();
    await this.page.mouse.click(x, y);
  }
  /** Moves the mouse onto the element's middle. */
  async hover(): Promise<void> {
    const { x, y } = await this.pointAt();
    await this.page.mouse.move(x, y);
  }
  /** Clicks into a text field, selects what it holds, and types `text` over it. */
  async fill(text: string): Promise<void> {
    await this.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text === '') await this.page.keyboard.press('Delete');
    else await this.page.keyboard.insertText(text);
  }
  /** Picks an option of a <select> by keyboard: focus it and type the option's label. */
  async selectOption(label: string): Promise<void> {
    await this.click();
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.type(label);
  }

  /**
   * The visible middle of the element, checked to be what a click there would hit; tried again
   * after each frame the page draws while something else is there (as Playwright's actions retry),
   * for up to 2 s, a few frames on a busy machine: the editor's frame, for one, puts its own
   * scroll back and takes its height from its content a moment after that content changed. What
   * stays in the way longer fails the test, as it would stop a person.
   */
  private async pointAt(): Promise<{ x: number; y: number }> {
    const deadline = Date.now() + 2_000;
    for (;;) {
      try {
        return await this.pointOnce();
      } catch (error) {
        if (Date.now() >= deadline || !/is covered at|is outside the viewport/.test(String(error))) throw error;
        // The next frame (a tab in the background draws none: then a bound, not a wait for time).
        await evaluateIsolated(this.page, 'new Promise((r) => { requestAnimationFrame(() => r(0)); setTimeout(() => r(0), 100); })');
      }
    }
  }

  private async pointOnce(): Promise<{ x: number; y: number }> {
    await this.waitFor({ state: 'visible' });
    await this.op('scrollIntoView');
    const box = (await this.box())!;
    const inner = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // In the editor's frame: the frame's own box in the page, with that point brought into view.
    const framed = this.inFrame && (await editorFrame(this.page)) !== null;
    const frame = framed ? await frameBox(this.page, inner.y) : { x: 0, y: 0 };
    const point = { x: frame.x + inner.x, y: frame.y + inner.y };
    const viewport = await evaluateIsolated<{ w: number; h: number }>(this.page, '({ w: innerWidth, h: innerHeight })');
    if (point.x < 0 || point.y < 0 || point.x >= viewport.w || point.y >= viewport.h) {
      throw new Error(`lens-dom: ${this} is outside the viewport at (${point.x}, ${point.y}); a person could not reach it`);
    }
    const hit = await this.op<string>('hitTarget', inner);
    if (hit === 'ok' && framed) {
      const frameHit = await new LensLocator(this.page, [{ sel: EDITOR_IFRAME }]).op<string>('hitTarget', point);
      if (frameHit !== 'ok') throw new Error(`lens-dom: the editor's frame is covered at (${point.x}, ${point.y}) by ${frameHit}`);
    }
    if (hit !== 'ok') throw new Error(`lens-dom: ${this} is covered at (${point.x}, ${point.y}) by ${hit}`);
    return point;
  }

  toString(): string {
    return this.steps.map((s) => s.sel + (s.hasText ? `:has-text(${s.hasText})` : '') + (s.hasTextRe ? `:has-text(/${s.hasTextRe[0]}/)` : '') + (s.nth !== undefined ? `:nth(${s.nth})` : '')).join(' >> ');
  }
}

/** The editor frame's box in the page, scrolled (in the panel, then the page) so that its line `y` is in view. */
async function frameBox(page: Page, y: number): Promise<Box> {
  const iframe = new LensLocator(page, [{ sel: EDITOR_IFRAME }]);
  await iframe.waitFor({ state: 'visible' });
  await call(page, `function (sel, y) {
    const frame = this.querySelector(sel);
    for (let el = frame.parentElement; el; el = el.parentElement || (el.getRootNode().host ?? null)) {
      if (el.scrollHeight <= el.clientHeight) continue;
      const box = el.getBoundingClientRect();
      const at = frame.getBoundingClientRect().top + y;
      if (at < box.top + 8 || at > box.bottom - 8) el.scrollTop += at - (box.top + box.height / 2);
    }
    const at = frame.getBoundingClientRect().top + y;
    if (at < 8 || at > innerHeight - 8) scrollBy(0, at - innerHeight / 2);
  }`, [EDITOR_IFRAME, y]);
  const r = await call<Box | null>(page, OP, [[{ sel: EDITOR_IFRAME }], 'box', null]);
  if (!r.found || !r.value) throw new Error('lens-dom: no editor frame');
  return r.value;
}

/** Resolves once the editor's frame is there, or after `ms` (a bound, not a wait for time to pass). */
async function editorFrameAppears(page: Page, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !(await editorFrame(page))) {
    await page.waitForEvent('framenavigated', { timeout: Math.max(1, end - Date.now()) }).catch(() => undefined);
  }
}

export interface LensDom {
  locator(selector: string): LensLocator;
  /** The host element is there and its (closed) shadow root holds the panel. */
  mounted(): Promise<boolean>;
  /** What has keyboard focus: 'lens' (inside the shadow root), 'page', or 'none'. */
  focusOwner(): Promise<'lens' | 'page' | 'none'>;
  /** A short description of the focused element inside the lens (tag, class, data-action), or null. */
  focusedElement(): Promise<string | null>;
  /** The shadow root's mode as DevTools sees it. */
  shadowRootType(): Promise<string | null>;
}

export function lensDom(page: Page): LensDom {
  return {
    locator: (selector) => new LensLocator(page, [{ sel: selector }]),
    async mounted() {
      return (await shadowRootHandle(page)) !== null;
    },
    async focusOwner() {
      const inLens = await call<boolean>(page, 'function () { return this.activeElement !== null; }', []);
      if (inLens.found && inLens.value) return 'lens';
      const onPage = await evaluateIsolated<boolean>(page, 'document.activeElement !== null && document.activeElement !== document.body');
      return onPage ? 'page' : 'none';
    },
    async focusedElement() {
      const r = await call<string | null>(
        page,
        `function () { const e = this.activeElement; if (!e) return null;
          return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') +
            (e.getAttribute('data-action') ? '[data-action="' + e.getAttribute('data-action') + '"]' : ''); }`,
        [],
      );
      return r.found ? r.value : null;
    },
    async shadowRootType() {
      const cdp = await session(page);
      const send = cdp.send.bind(cdp) as unknown as Send;
      const { root } = await send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST_TAG });
      if (!nodeId) return null;
      const { node } = await send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
      return node.shadowRoots?.[0]?.shadowRootType ?? null;
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the lens, run in the test's isolated world: there (and only there) the host's
 * `shadowRoot` is made to answer with the closed root, so axe walks into it as into an open one.
 * Returns the serious and critical violations.
 */
export async function axeLens(page: Page): Promise<AxeViolation[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const h = await shadowRootHandle(page);
  if (!h) throw new Error('lens-dom: no lens to check');
  const res = await h.send('Runtime.callFunctionOn', {
    objectId: h.objectId,
    arguments: [{ value: source }],
    functionDeclaration: `function (source) {
      (0, eval)(source);
      const root = this;
      Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true });
      return axe.run(root.host, { resultTypes: ['violations'] }).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160)) })));
    }`,
    returnByValue: true,
    awaitPromise: true,
  });
  if (res.exceptionDetails) throw new Error(`lens-dom: axe failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
  return res.result.value as AxeViolation[];
}

/** axe-core in the note editor's frame (the fields a person types in): serious and critical violations. */
export async function axeEditorFrame(page: Page): Promise<AxeViolation[]> {
  const frame = await editorFrame(page);
  if (!frame) throw new Error('lens-dom: no editor frame to check');
  return axePage(frame);
}

/** axe-core on an extension page (popup, dashboard) or frame: serious and critical violations. */
export async function axePage(page: Page | Frame): Promise<AxeViolation[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { html: string }[] }[] }> } }).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) =>
        r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160)) })),
      ),
  );
}
