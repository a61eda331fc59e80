// Baselines measured in the page itself (run with page.evaluate): what the simplest correct
// implementations cost on the same page, freshly loaded, in the same browser.

/**
 * The naive pipeline: a SHOW_TEXT TreeWalker that checks each text node's parent tag, then one
 * combined RegExp of every phrase over the joined text. No structure checks, no rendering.
 */
export function naivePipeline(phrases) {
  const t0 = performance.now();
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip.has(n.parentNode.nodeName)) parts.push(n.data);
  const text = parts.join('\n');
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp([...phrases].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gi');
  let count = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) count++;
  return { ms: performance.now() - t0, count };
}

/** The floor: the browser hands over all of the body's text in one native call. */
export function textContentFloor() {
  const t0 = performance.now();
  const length = document.body.textContent.length;
  return { ms: performance.now() - t0, length };
}

/** mark.js with one combined pattern of the same phrases (its markRegExp), a fairer peer than 213 separate searches. */
export function markRegExpOnce(phrases) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp([...phrases].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gi');
  const t0 = performance.now();
  new window.Mark(document.body).markRegExp(re);
  return performance.now() - t0;
}
