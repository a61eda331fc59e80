/**
 * Draws highlights with the CSS Custom Highlight API: no change to the page's DOM, so the page's
 * scripts and layout never see us. The ::highlight() rules must apply in the page's document; they
 * are declared by Chromium's manifest on the organizations' sites; elsewhere, in Firefox, or in a tab
 * opened before the extension was installed, they live in a constructed style sheet adopted by the document (no
 * element the page can find by id, shadow with a decoy, or watch), or, where adopting is not
 * possible, in a style element that we keep by reference and never look up.
 */
import highlightRules from '../../components/highlights/highlights.css?raw';
import { highlightRulesFor } from '../../components/highlights/rules';

export const HIGHLIGHT_NAMES = ['tcl-place', 'tcl-critical', 'tcl-high', 'tcl-medium', 'tcl-low', 'tcl-note', 'tcl-flash'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** The rules, defined once (components/highlights/highlights.css), as this browser draws them. */
const RULES = highlightRulesFor(!import.meta.env.FIREFOX, highlightRules);
/** Set on our host by the manifest's declared.css: the page has the rules already. */
const DECLARED_PROPERTY = '--tcl-highlight-rules';

export interface Highlighter {
  set(name: HighlightName, ranges: readonly AbstractRange[]): void;
  /** more ranges under a name: only they are drawn anew */
  add(name: HighlightName, ranges: readonly AbstractRange[]): void;
  /** what this copy set under the name is in the page's registry (or only out of it while a capture runs) */
  holds(name: HighlightName): boolean;
  /** removes only what this copy registered */
  clear(): void;
  /** removes registrations under our names that this copy did not make (a stale copy's, after an update) */
  dropOthers(): void;
  /**
   * Hides every highlight of ours while `work` runs: a screenshot shows the page as it is. They
   * leave the page's highlight registry and come back after; nothing in the page's DOM changes,
   * so the page sees nothing.
   */
  hideWhile<T>(work: () => Promise<T>): Promise<T>;
  /** the style element of the fallback, so the lens can tell its own nodes from the page's */
  owns(node: Node): boolean;
  /** False where the browser lacks the Custom Highlight API (Firefox before 140). */
  readonly supported: boolean;
}

type HighlightWindow = Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight; CSSStyleSheet?: typeof CSSStyleSheet };

/**
 * `ownHost`: our host element, on which the manifest's declared.css sets a property when the page
 * has the rules already (read once, at the first highlight).
 */
export function createHighlighter(doc: Document = document, win: Window = window, ownHost: () => Element | null = () => null): Highlighter {
  const registry = (win as HighlightWindow).CSS?.highlights;
  const HighlightCtor = (win as HighlightWindow).Highlight;
  let sheet: CSSStyleSheet | null = null;
  let element: HTMLStyleElement | null = null;
  let declared: boolean | null = null;
  const isDeclared = () => {
    if (declared === null) {
      const host = ownHost();
      declared = host !== null && win.getComputedStyle(host).getPropertyValue(DECLARED_PROPERTY).trim() === 'declared';
    }
    return declared;
  };
  const ensureStyle = () => {
    if (isDeclared()) return;
    if (sheet) {
      // The page may have replaced the document's adopted sheets: ours goes back.
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return;
    }
    if (element) {
      if (!element.isConnected) (doc.head ?? doc.documentElement).append(element);
      return;
    }
    try {
      const Sheet = (win as HighlightWindow).CSSStyleSheet ?? CSSStyleSheet;
      const adopted = new Sheet();
      adopted.replaceSync(RULES);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];
      sheet = adopted;
    } catch {
      element = doc.createElement('style');
      element.textContent = RULES;
      (doc.head ?? doc.documentElement).append(element);
    }
  };
  // What this copy registered: after an extension update the new copy registers under the same
  // names, and the old one, stopping, must not take the new one's highlights with it.
  const mine = new Map<string, Highlight>();
  /** while a capture runs: ours are out of the registry, and what is set meanwhile waits here */
  let hidden = false;
  const release = (name: string) => {
    if (registry && registry.get(name) === mine.get(name)) registry.delete(name);
    mine.delete(name);
  };
  const set = (name: HighlightName, ranges: readonly AbstractRange[]) => {
    if (!registry || !HighlightCtor) return;
    if (ranges.length === 0) {
      release(name);
      return;
    }
    // Adopting a style sheet restyles the whole document: only once there is something to draw.
    ensureStyle();
    const highlight = new HighlightCtor(...ranges);
    mine.set(name, highlight);
    if (!hidden) registry.set(name, highlight);
  };
  return {
    supported: Boolean(registry && HighlightCtor),
    set,
    add(name, ranges) {
      const highlight = mine.get(name);
      if (!highlight) return set(name, ranges);
      if (ranges.length > 0) ensureStyle();
      for (const range of ranges) highlight.add(range);
      // The page took ours out of its registry: back in, unless a newer copy of ours has the name.
      if (!hidden && registry && !registry.has(name)) registry.set(name, highlight);
    },
    holds(name) {
      const mineNow = mine.get(name);
      return mineNow !== undefined && (hidden || registry?.get(name) === mineNow);
    },
    dropOthers() {
      for (const name of HIGHLIGHT_NAMES) if (registry && registry.has(name) && registry.get(name) !== mine.get(name)) registry.delete(name);
    },
    clear() {
      for (const name of HIGHLIGHT_NAMES) release(name);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      element?.remove();
      sheet = null;
      element = null;
    },
    async hideWhile(work) {
      if (!registry || hidden) return work();
      hidden = true;
      for (const [name, highlight] of mine) if (registry.get(name) === highlight) registry.delete(name);
      try {
        return await work();
      } finally {
        hidden = false;
        // What is ours now (set again meanwhile, or as it was), unless a newer copy took the name.
        for (const [name, highlight] of mine) if (!registry.has(name)) registry.set(name, highlight);
      }
    },
    owns: (node) => node === element,
  };
}
