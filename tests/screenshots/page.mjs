// The lens on an organization's page: the panel (closed tab, open, with the note editor), a hover
// card on a finding and on a place, the card opened from the panel by keyboard, and the popup.
// The panel lives in a closed shadow root: it is reached the way tests reach it (DevTools, an
// isolated world) and driven with the real mouse and keyboard.

const DIRECTORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Members directory</title>
<style>body{font:16px/1.5 Georgia,serif;margin:40px 420px 40px 60px;color:#222} td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}</style></head><body>
<h1>Our members in East Asia</h1>
<p id="intro">ICLEI East Asia brings together Kaohsiung City, Taipei City and Taoyuan City with cities across the region.
Chinese Taipei is how the registration form names Taiwan; the delegation list says Taiwan, Province of China.</p>
<table><thead><tr><th>Member</th><th>Country</th><th>Joined</th></tr></thead><tbody>
<tr><td>Seoul</td><td>Korea</td><td>1997</td></tr>
<tr><td>Tainan City</td><td>China</td><td>2010</td></tr>
<tr><td>Taichung City</td><td>Taiwan</td><td>2012</td></tr>
<tr><td>Yokohama</td><td>Japan</td><td>2004</td></tr></tbody></table>
<h3>China</h3><ul><li>Beijing</li><li>Hsinchu City</li></ul>
${Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} on climate action. Chinese Taipei took part in the forum.</p>`).join('\n')}
<p id="last">The closing session was chaired by Kaohsiung City; Taipei, China signed the minutes.</p>
</body></html>`;

async function lensWorld(page) {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'screenshots' });
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'taiwan-city-lens' });
  if (!nodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
  return { cdp, objectId: object.objectId };
}

/** Runs `fn(shadowRoot, arg)` inside the lens, returns its JSON result. */
async function inLens(page, fn, arg = null) {
  const w = await lensWorld(page);
  if (!w) return null;
  const res = await w.cdp.send('Runtime.callFunctionOn', {
    objectId: w.objectId,
    functionDeclaration: `function (arg) { return (${fn})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  await w.cdp.detach();
  return res.result.value;
}

async function waitInLens(page, selector, timeout = 15000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await inLens(
      page,
      `(root, sel) => new Promise((done) => { const ok = () => { const e = root.querySelector(sel); return e && e.getClientRects().length > 0; };
        if (ok()) return done(true); const mo = new MutationObserver(() => { if (ok()) { mo.disconnect(); done(true); } });
        mo.observe(root, { subtree: true, childList: true, attributes: true }); setTimeout(() => { mo.disconnect(); done(ok()); }, 500); })`,
      selector,
    ).catch(() => false);
    if (found) return;
    if (Date.now() > until) throw new Error(`no ${selector} in the lens`);
  }
}

async function clickInLens(page, selector) {
  await waitInLens(page, selector);
  const box = await inLens(page, `(root, sel) => { const e = root.querySelector(sel); e.scrollIntoView({ block: 'nearest' }); const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`, selector);
  await page.mouse.click(box.x, box.y);
}

const boxInLens = (page, selector) =>
  inLens(page, `(root, sel) => { const e = root.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`, selector);

async function hoverText(page, selector, text) {
  const p = await page.evaluate(
    ([sel, needle]) => {
      const el = document.querySelector(sel);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent.indexOf(needle);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + needle.length);
        n.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    [selector, text],
  );
  await page.mouse.move(0, 0);
  await page.mouse.move(p.x, p.y);
}

/** The screenshot of the region the panel covers, with a margin. */
const panelClip = async (page) => {
  const b = await boxInLens(page, '.tcl-panel');
  const vp = page.viewportSize();
  return { x: Math.max(0, b.x - 20), y: 0, width: Math.min(vp.width, vp.width - b.x + 20), height: vp.height };
};

export default async function ({ browser, server, shot, extensionId }) {
  server.setRoute('www.iclei.org', '/screens/directory', DIRECTORY);
  const page = await browser.context.newPage();
  await page.goto('http://www.iclei.org/screens/directory');
  await waitInLens(page, '.tcl-tab');
  await waitInLens(page, '.tcl-tab-count');
  await shot('closed', page);

  // A hover card on a finding in the text, and on a place.
  await hoverText(page, '#intro', 'Chinese Taipei');
  await waitInLens(page, '.tcl-card');
  await shot('card-finding', page);
  await hoverText(page, '#intro', 'Kaohsiung City');
  await waitInLens(page, '.tcl-card[data-card="place"]');
  await shot('card-place', page);
  // Text at the bottom of the screen: the card goes above it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await hoverText(page, '#last', 'Taipei, China');
  await waitInLens(page, '.tcl-card[data-side="above"]');
  await shot('card-above', page);
  await page.mouse.move(5, 5);
  await page.evaluate(() => window.scrollTo(0, 0));

  // The panel open: header with members and problems, grouped findings.
  await clickInLens(page, '.tcl-tab');
  await waitInLens(page, '.tcl-body');
  await shot('panel', page);
  // A group opened, each occurrence with its context; then the card opened from the panel by keyboard.
  await clickInLens(page, '.tcl-finding-group[data-quote="Chinese Taipei"] summary');
  await waitInLens(page, '.tcl-finding-group[data-quote="Chinese Taipei"] .tcl-context');
  await shot('panel-group', page);
  await clickInLens(page, '.tcl-finding-group[data-quote="Tainan City"] summary');
  await waitInLens(page, '.tcl-finding-group[data-quote="Tainan City"] .tcl-finding button');
  await clickInLens(page, '.tcl-finding-group[data-quote="Tainan City"] .tcl-finding button');
  await waitInLens(page, '.tcl-card[data-pinned="true"]');
  await shot('card-from-panel', page);
  await page.keyboard.press('Escape');
  // The legend, and the members section reached from the header.
  await clickInLens(page, '.tcl-legend summary');
  await shot('panel-legend', page);
  await clickInLens(page, '.tcl-summary-item[data-summary="members"]');
  await shot('panel-members', page);

  // The note editor, from "Page note".
  await page.evaluate(() => window.scrollTo(0, 0));
  await inLens(page, `(root) => { root.querySelector('.tcl-body').scrollTop = 0; return true; }`);
  await clickInLens(page, '[data-action="page-note"]');
  await waitInLens(page, '.tcl-editor textarea');
  await page.keyboard.type('Ask ICLEI to list Tainan under Taiwan.');
  await shot('editor', page);
  await page.keyboard.press('Escape');

  // The adder by a selection.
  await page.evaluate(() => {
    const n = document.getElementById('intro').firstChild;
    const r = document.createRange();
    r.setStart(n, 0);
    r.setEnd(n, 40);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  });
  await waitInLens(page, '.tcl-adder');
  await shot('adder', page);

  // The popup for this tab.
  const worker = browser.context.serviceWorkers()[0];
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'http://www.iclei.org/screens/directory' }))[0].id);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main').waitFor();
  await popup.locator('[data-findings]').waitFor();
  await shot('popup', popup);
  await popup.close();
  await page.close();
}
