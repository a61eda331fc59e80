/**
 * The highlight rules (highlights.css) for the browser they run in. Chromium (134 on) gives
 * highlights the spec's inheritance (css-pseudo-4: a highlight takes every property from its
 * parent element's highlight), so rules on the root alone draw everywhere. Rules on every element
 * make the browser work out highlight styles for each element: adopted late, they restyled a
 * 5,000-row page with 2,500 findings in 123 ms (66 on the root), and declared from the start they
 * slowed every organization page's own load (on the root they do not). Firefox (153) does not
 * inherit highlight styles (a rule on the root draws nothing there): its rules stay on every
 * element. Used by the build (the manifest's copy) and by the highlighter (the adopted copy).
 */
export function highlightRulesFor(inheritsHighlights: boolean, css: string): string {
  return inheritsHighlights ? css.replace(/^::highlight\(/gm, ':root::highlight(') : css;
}
