import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// One scenario, two browsers: what a scenario may do with a browser running the built extension.
// Chromium (Playwright + CDP) and Firefox (puppeteer + WebDriver BiDi) implement it. The lens is
// read from its shadow root (open or closed) in an isolated world the driver makes itself, so
// nothing is added to the product or the page for tests, and no page script can take part.

export interface LensState {
  org: string | null;
  /** the panel or its tab is drawn (a panel left open on the site comes open, with no tab first) */
  drawn: boolean;
  open: boolean;
  places: Record<string, number>;
  findings: { rule: string; kind: string; severity: string; quote: string }[];
  notes: { kind: string; orphaned: boolean; text: string; thumb: boolean; noScreenshot: boolean }[];
  editor: boolean;
  /** the editor holds a draft offered back (typed earlier, kept by the extension) */
  restored: boolean;
  card: string | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tab showing a web page. */
export interface LensTab {
  readonly url: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The lens as it is now; null when it is not mounted. */
  lens(): Promise<LensState | null>;
  /** Waits (polling, no fixed sleep) until `ok` holds; fails with the last state seen. */
  waitForLens(ok: (s: LensState) => boolean, what: string, timeoutMs?: number): Promise<LensState>;
  /** Number of lens host elements in the page. */
  hostCount(): Promise<number>;
  /** A real pointer click on the middle of the lens element `selector` (which must be the one there). */
  clickInLens(selector: string): Promise<void>;
  /** Clicks the lens's field `selector`, replaces its text by typing `text`. */
  typeInLens(selector: string, text: string): Promise<void>;
  /** Selects `text` inside the page element `selector` (the whole element when absent). */
  select(selector: string, text?: string): Promise<void>;
  /** Moves the pointer onto `text` inside the page element `selector`. */
  hover(selector: string, text: string): Promise<void>;
  /** The text of each range of our highlight `name`, as the page's registry holds it. */
  highlights(name: string): Promise<string[]>;
  /** Brings the tab to the front, as a person does before working in it. */
  activate(): Promise<void>;
  /** The extension's id for this tab (tabs API). */
  tabId(): Promise<number>;
  /** The user's click on the extension's toolbar button for this tab (grants activeTab). */
  clickToolbarButton(): Promise<void>;
  close(): Promise<void>;
}

/** A tab showing one of the extension's own pages (popup.html, dashboard.html). */
export interface ExtensionTab {
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  /** Text contents of every element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** Clicks `selector`, which downloads a file; resolves with the file's name and bytes. */
  download(selector: string): Promise<{ name: string; bytes: Buffer }>;
  /** Serious and critical axe-core violations on the page (or in the `include` selectors), as "rule: target" strings. */
  axeViolations(include?: string[]): Promise<string[]>;
  /** Runs `fn` in the extension page (with its `browser`/`chrome` APIs). */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface LensDriver {
  readonly name: 'chromium' | 'firefox';
  open(url: string): Promise<LensTab>;
  openExtensionPage(path: string): Promise<ExtensionTab>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  /**
   * The browser's answer to the extension's next optional-permission requests. Null where the
   * driver cannot answer the browser's prompt (then the scenario cannot run in that browser).
   */
  answerPermissionRequests: ((answer: 'grant' | 'refuse') => Promise<void>) | null;
  close(): Promise<void>;
}

/**
 * Reads the lens. Runs in the driver's isolated world with the host's shadow root as its argument:
 * self-contained (it is sent as source text).
 */
export function readLensState(root: ShadowRoot | null): LensState | null {
  if (!root) return null;
  const host = root.host;
  const all = (sel: string) => [...root.querySelectorAll(sel)];
  const attr = (el: Element, name: string) => el.getAttribute(name) ?? '';
  return {
    org: host.getAttribute('data-org'),
    drawn: root.querySelector('.tcl-panel') !== null,
    open: root.querySelector('.tcl-panel')?.getAttribute('data-open') === 'true',
    places: Object.fromEntries(all('.tcl-places [data-place]').map((el) => [attr(el, 'data-place'), Number(attr(el, 'data-count'))])),
    findings: all('.tcl-findings .tcl-finding').map((el) => ({
      rule: attr(el, 'data-rule'),
      kind: attr(el, 'data-kind'),
      severity: attr(el, 'data-severity'),
      quote: attr(el, 'data-quote'),
    })),
    notes: all('.tcl-notes .tcl-note').map((el) => ({
      kind: attr(el, 'data-kind'),
      orphaned: attr(el, 'data-orphaned') === 'true',
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      // A screenshot that arrived and decoded, not an empty or broken image.
      thumb: ((el.querySelector('img.tcl-thumb') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0,
      noScreenshot: el.querySelector('[data-no-screenshot]') !== null,
    })),
    // The editor's place in the panel (its fields are in the editor's own frame).
    editor: root.querySelector('.tcl-editor-host') !== null,
    // (In the panel only after the extension went; the drivers read the frame's.)
    restored: root.querySelector('.tcl-editor [data-restored="true"]') !== null,
    card: root.querySelector('.tcl-card')?.getAttribute('data-card') ?? null,
  };
}

/**
 * Where to click the lens element `selector`: scrolled into view, its middle, and whether that
 * point really shows it (not covered, not hidden). Self-contained, like readLensState.
 */
export function lensTarget(root: ShadowRoot, selector: string): { x: number; y: number; hit: boolean } | null {
  const el = root.querySelector(selector) as HTMLElement | null;
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const at = root.elementFromPoint(x, y);
  return { x, y, hit: r.width > 0 && r.height > 0 && at !== null && (at === el || el.contains(at)) };
}

/** Polls `read` until `ok` holds (each poll waits for the browser's answer, not a fixed sleep). */
export async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    // A poll interval, not a wait for time to pass: the condition decides when to go on.
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

export const LENS_TAG = 'taiwan-city-lens';

/** axe-core's source, evaluated by the driver (not as a <script>: extension pages' CSP forbids it). */
export const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page after axeSource: serious and critical violations. */
export async function seriousAxeViolations(include: string[] | null): Promise<string[]> {
  type Axe = { run(ctx: object, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
  const axe = (globalThis as unknown as { axe: Axe }).axe;
  const { violations } = await axe.run(include ? { include: include.map((s) => [s]) } : document, { resultTypes: ['violations'] });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
