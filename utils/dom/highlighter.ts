/**
 * Draws highlights with the CSS Custom Highlight API: no change to the page's DOM, so the page's
 * scripts and layout never see us. The ::highlight() rules must live in the page's document.
 */
export const HIGHLIGHT_NAMES = ['tcl-place', 'tcl-critical', 'tcl-high', 'tcl-medium', 'tcl-low', 'tcl-note', 'tcl-flash'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

const STYLE_ID = 'taiwan-city-lens-highlights';

// Okabe–Ito hues, darkened so every underline keeps at least 3:1 against a white page and against
// our own place and note highlights (tests/unit/dom/highlight-contrast.test.ts); severity is also
// told apart by the underline's style, and in words in the card and the legend.
const RULES = `
::highlight(tcl-place) { background-color: rgba(86, 180, 233, 0.28); }
::highlight(tcl-note) { background-color: rgba(240, 228, 66, 0.45); }
::highlight(tcl-flash) { background-color: rgba(0, 158, 115, 0.35); }
::highlight(tcl-critical) { text-decoration: underline wavy #b34700 2px; background-color: rgba(179, 71, 0, 0.12); }
::highlight(tcl-high) { text-decoration: underline solid #9a6700 2px; }
::highlight(tcl-medium) { text-decoration: underline dashed #0072b2 2px; }
::highlight(tcl-low) { text-decoration: underline dotted #666666 2px; }
`;

export interface Highlighter {
  set(name: HighlightName, ranges: readonly AbstractRange[]): void;
  clear(): void;
  /** Hides every highlight of ours while `work` runs: a screenshot shows the page as it is. */
  hideWhile<T>(work: () => Promise<T>): Promise<T>;
  /** False where the browser lacks the Custom Highlight API (Firefox before 140). */
  readonly supported: boolean;
}

type HighlightWindow = Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: typeof Highlight };

export function createHighlighter(doc: Document = document, win: Window = window): Highlighter {
  const registry = (win as HighlightWindow).CSS?.highlights;
  const HighlightCtor = (win as HighlightWindow).Highlight;
  const ensureStyle = () => {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = RULES;
    (doc.head ?? doc.documentElement).append(style);
  };
  return {
    supported: Boolean(registry && HighlightCtor),
    set(name, ranges) {
      if (!registry || !HighlightCtor) return;
      ensureStyle();
      if (ranges.length === 0) registry.delete(name);
      else registry.set(name, new HighlightCtor(...ranges));
    },
    clear() {
      for (const name of HIGHLIGHT_NAMES) registry?.delete(name);
      doc.getElementById(STYLE_ID)?.remove();
    },
    async hideWhile(work) {
      // Our ::highlight() rules all live in one style element: switching it off hides them all.
      const style = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
      if (style) style.media = 'not all';
      try {
        return await work();
      } finally {
        style?.removeAttribute('media');
      }
    },
  };
}
