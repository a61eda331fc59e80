// Launches Debian's Chromium with the built extension, every host name mapped to the local server.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const extensionPath = join(projectRoot, '.output', 'chrome-mv3');

export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** A message for people, or null when Chromium is there. */
export function missingChromiumMessage(env = process.env) {
  const path = chromiumPath(env);
  if (existsSync(path)) return null;
  return (
    `Chromium not found at ${path}.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `or point CHROMIUM_PATH at a Chromium or Chrome binary.`
  );
}

/**
 * @param {{ port: number, headless?: boolean, withExtension?: boolean, userDataDir?: string, viewport?: {width:number,height:number}, locale?: string }} opts
 */
export async function launchBrowser(opts) {
  const missing = missingChromiumMessage();
  if (missing) throw new Error(missing);
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npm run build\` first.`);
  }
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'tcl-profile-'));
  if (withExtension) enableDeveloperMode(userDataDir);
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}, EXCLUDE localhost`,
    // Lets tests click the toolbar button (CDP Extensions.triggerAction), the gesture that grants activeTab.
    '--enable-unsafe-extension-debugging',
  ];
  // The browser's UI language: the extension's default language follows it.
  if (opts.locale) args.push(`--lang=${opts.locale}`);
  if (withExtension) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  let extensionId = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Developer mode, as chrome://extensions sets it: without it Chromium 156 unloads an unpacked
 * extension that reloads (`chrome.runtime.reload()`, as an update does) and never starts it again
 * (its pages answer ERR_BLOCKED_BY_CLIENT); with it, the reloaded extension starts a new service
 * worker, as after a store update. Written into the profile before the browser reads it.
 */
function enableDeveloperMode(userDataDir) {
  const file = join(userDataDir, 'Default', 'Preferences');
  let prefs = {};
  if (existsSync(file)) {
    try {
      prefs = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      prefs = {};
    }
  }
  prefs.extensions = { ...prefs.extensions, ui: { ...prefs.extensions?.ui, developer_mode: true } };
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(file, JSON.stringify(prefs));
}
