// `npm run demo`: the extension on offline pages that imitate the organizations' sites, under their
// real host names. `--screenshot out.png` runs headless and saves the ICLEI page with the panel open.
// `--firefox`: the same in Firefox ESR with the Firefox build (tests/harness/firefox.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './server.mjs';
import { extensionPath, launchBrowser, missingChromiumMessage, projectRoot } from './browser.mjs';
import { firefoxExtensionPath, launchFirefox, missingFirefoxMessage } from './firefox.mjs';

const PAGES = {
  iclei: 'http://www.iclei.org/demo/',
  citynet: 'http://citynet-ap.org/demo/',
  uclg: 'http://uclg-aspac.org/demo/',
};

function parseArgs(argv) {
  const args = { screenshot: null, page: 'iclei', build: true, openPanel: true, firefox: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshot') args.screenshot = argv[++i];
    else if (a === '--page') args.page = argv[++i];
    else if (a === '--no-build') args.build = false;
    else if (a === '--no-open-panel') args.openPanel = false;
    else if (a === '--firefox') args.firefox = true;
    else throw new Error(`unknown option ${a} (options: --firefox, --screenshot FILE, --page iclei|citynet|uclg, --no-build, --no-open-panel)`);
  }
  if (!(args.page in PAGES)) throw new Error(`--page must be one of ${Object.keys(PAGES).join(', ')}`);
  if (args.screenshot === undefined) throw new Error('--screenshot needs a file name');
  return args;
}

/** In the lens's shadow root (closed): a JSON value, computed in the harness's own BiDi sandbox. */
const lensOpen = (root) => root?.querySelector('.tcl-panel')?.getAttribute('data-open') === 'true';
const lensHasPlaces = (root) => Boolean(root?.querySelector('[data-place]'));
const tabMiddle = (root) => {
  const r = root.querySelector('.tcl-tab').getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};
const animationsDone = async (root) => {
  await Promise.all(root.getAnimations({ subtree: true }).map((a) => a.finished));
  return true;
};

/** Chromium: elements in the lens's closed shadow root, found through DevTools (as tests/e2e/lens-dom.ts does). */
async function chromiumLens(page) {
  const cdp = await page.context().newCDPSession(page);
  const find = async (selector) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'taiwan-city-lens' });
    if (!nodeId) return 0;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return 0;
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
    return (await cdp.send('DOM.querySelector', { nodeId: nodeIds[0], selector })).nodeId;
  };
  return {
    has: async (selector) => (await find(selector)) !== 0,
    async click(selector) {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: await find(selector) });
      const [x1, y1, , , x3, y3] = model.content;
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    },
  };
}

async function waitUntil(check, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function firefoxDemo(args) {
  const missing = missingFirefoxMessage();
  if (missing) throw new Error(missing);
  if (args.build || !existsSync(join(firefoxExtensionPath, 'manifest.json'))) {
    const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: projectRoot, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const server = await startServer();
  const ff = await launchFirefox({ port: server.port, headless: Boolean(args.screenshot) });
  if (args.screenshot) {
    try {
      const page = await ff.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(PAGES[args.page]);
      await waitUntil(() => ff.callInShadowRoot(page, lensHasPlaces.toString()), 'the lens to list places');
      if (args.openPanel) {
        const { x, y } = await ff.callInShadowRoot(page, tabMiddle.toString());
        await page.mouse.click(x, y);
        await waitUntil(() => ff.callInShadowRoot(page, lensOpen.toString()), 'the panel to open');
        await ff.callInShadowRoot(page, animationsDone.toString());
      }
      const out = resolve(process.cwd(), args.screenshot);
      await page.screenshot({ path: out });
      console.log(`Screenshot saved: ${out}`);
    } catch (error) {
      console.error(`The extension's UI did not appear in Firefox on ${PAGES[args.page]}: ${error.message}`);
      process.exitCode = 1;
    }
    await ff.close();
    await server.close();
    return;
  }
  for (const url of Object.values(PAGES)) await (await ff.browser.newPage()).goto(url);
  console.log(
    'Firefox is open with Taiwan City Lens (a temporary add-on) on three demo pages:\n' +
      Object.values(PAGES).map((u) => `  ${u}`).join('\n') +
      '\nLook for the tab at the right edge (the panel), highlighted places and underlined naming problems;' +
      '\nhover one for its card. Close the browser window to stop.',
  );
  ff.browser.on('disconnected', () => void ff.close().then(() => server.close()));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.firefox) return firefoxDemo(args);
  const missing = missingChromiumMessage();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  // Always a fresh build unless asked not to: a stale one would show yesterday's extension.
  if (args.build || !existsSync(join(extensionPath, 'manifest.json'))) {
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const server = await startServer();
  const headless = Boolean(args.screenshot);
  const browser = await launchBrowser({ port: server.port, headless });
  const shutdown = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
  };

  if (args.screenshot) {
    try {
      const page = await browser.context.newPage();
      await page.goto(PAGES[args.page]);
      // The panel's shadow root is closed: Playwright's locators cannot reach into it.
      const lens = await chromiumLens(page);
      await waitUntil(() => lens.has('[data-place]'), 'the lens to list places');
      if (args.openPanel) {
        await lens.click('.tcl-tab');
        await waitUntil(() => lens.has('.tcl-panel[data-open="true"]'), 'the panel to open');
      }
      // The panel's slide-in and the fonts done: a signal, not a fixed wait.
      await page.evaluate(() => document.fonts.ready.then(() => Promise.all(document.getAnimations().map((a) => a.finished))));
      const out = resolve(process.cwd(), args.screenshot);
      await page.screenshot({ path: out });
      console.log(`Screenshot saved: ${out}`);
    } catch (error) {
      console.error(`The extension's UI did not appear on ${PAGES[args.page]}: ${error.message}`);
      process.exitCode = 1;
    }
    await shutdown();
    return;
  }

  for (const url of Object.values(PAGES)) await (await browser.context.newPage()).goto(url);
  console.log(
    'Chromium is open with Taiwan City Lens on three demo pages:\n' +
      Object.values(PAGES).map((u) => `  ${u}`).join('\n') +
      '\nLook for the tab at the right edge (the panel), highlighted places and underlined naming problems;' +
      '\nhover one for its card. Close the browser window to stop.',
  );
  browser.context.on('close', () => void server.close());
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
