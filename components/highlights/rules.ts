/**
 * How the lens draws on a page, highlights.css: the CSS Custom Highlight API, no element of ours in
 * the page. In Chromium the rules are declared in the manifest for the organizations' sites, so the
 * page has them before it is first styled (added later, a style sheet restyles the whole
 * document), each rule on the root; elsewhere and in Firefox the highlighter adopts them
 * (utils/dom/highlighter.ts). Okabe–Ito hues, darkened so every underline keeps at least 3:1
 * against a white page and against our own place and note highlights
 * (tests/unit/dom/highlight-contrast.test.ts); severity is also told apart by the underline's
 * style, and in words in the card and the legend. The file holds the rules alone: it ships as
 * text in the content script.
 *
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
