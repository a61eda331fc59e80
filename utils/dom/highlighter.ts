/**
 * Draws highlights with the CSS Custom Highlight API: no change to the page's DOM, so the page's
 * scripts and layout never see us. The ::highlight() rules must apply in the page's document; they
 * live in a constructed style sheet adopted by the document (no element the page can find by id,
 * shadow with a decoy, or watch), or, where adopting is not possible, in a style element that we
 * keep by reference and never look up.
 */
import highlightRules from '../../components/highlights/highlights.css?raw';

export const HIGHLIGHT_NAMES = ['tcl-place', 'tcl-critical', 'tcl-high', 'tcl-medium', 'tcl-low', 'tcl-note', 'tcl-flash'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/**
 * The rules, defined once (components/highlights/highlights.css), for the browser they run in.
 * Chromium (134 on) gives highlights the spec's inheritance (css-pseudo-4: a highlight takes
 * every property from its parent element's highlight), so rules on the root alone draw
 * everywhere, and adopting them restyles the document at half the cost of rules on every element
 * (2,500 findings on a 5,000-row page: 66 against 123 ms of style recalculation). Firefox (153)
 * does not inherit highlight styles: there the rules stay on every element.
 */
export function highlightRulesFor(inheritsHighlights: boolean, rules: string = highlightRules): string {
  return inheritsHighlights ? rules.replace(/^::highlight\(/gm, ':root::highlight(') : rules;
}
const RULES = highlightRulesFor(!import.meta.env.FIREFOX);

export interface Highlighter {
  set(name: HighlightName, ranges: readonly AbstractRange[]): void;
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

export function createHighlighter(doc: Document = document, win: Window = window): Highlighter {
  const registry = (win as HighlightWindow).CSS?.highlights;
  const HighlightCtor = (win as HighlightWindow).Highlight;
  let sheet: CSSStyleSheet | null = null;
  let element: HTMLStyleElement | null = null;
  const ensureStyle = () => {
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
  return {
    supported: Boolean(registry && HighlightCtor),
    set(name, ranges) {
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
