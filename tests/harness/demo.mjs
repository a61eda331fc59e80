// `npm run demo`: the extension on offline pages that imitate the organizations' sites, under their
// real host names. `--screenshot out.png` runs headless and saves the ICLEI page with the panel open.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './server.mjs';
import { extensionPath, launchBrowser, missingChromiumMessage, projectRoot } from './browser.mjs';

const PAGES = {
  iclei: 'http://www.iclei.org/demo/',
  citynet: 'http://citynet-ap.org/demo/',
  uclg: 'http://uclg-aspac.org/demo/',
};

function parseArgs(argv) {
  const args = { screenshot: null, page: 'iclei', build: true, openPanel: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshot') args.screenshot = argv[++i];
    else if (a === '--page') args.page = argv[++i];
    else if (a === '--no-build') args.build = false;
    else if (a === '--no-open-panel') args.openPanel = false;
    else throw new Error(`unknown option ${a} (options: --screenshot FILE, --page iclei|citynet|uclg, --no-build, --no-open-panel)`);
  }
  if (!(args.page in PAGES)) throw new Error(`--page must be one of ${Object.keys(PAGES).join(', ')}`);
  if (args.screenshot === undefined) throw new Error('--screenshot needs a file name');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
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
      await page.locator('taiwan-city-lens').waitFor({ state: 'attached', timeout: 10_000 });
      await page.locator('taiwan-city-lens [data-place]').first().waitFor({ state: 'attached', timeout: 10_000 });
      if (args.openPanel) await page.locator('taiwan-city-lens .tcl-tab').click();
      await page.waitForTimeout(500);
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
