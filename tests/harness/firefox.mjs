// Launches Firefox ESR with the built Firefox extension (puppeteer-core over WebDriver BiDi), every
// host name sent through a small local proxy to the fixture server, so the real host permissions
// and match patterns apply. See ../shared/TOOLCHAIN.md, "Firefox ESR, driven for real".
import puppeteer from 'puppeteer-core';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { projectRoot } from './browser.mjs';
import { launchWithMarionette } from './firefox-marionette.mjs';
import { pollPage } from './extension-page.mjs';

export const firefoxExtensionPath = join(projectRoot, '.output', 'firefox-mv2');
export const GECKO_ID = 'taiwan-city-lens@example.org';
/** Fixed, so extension page URLs are known before the add-on is installed. */
export const FIREFOX_UUID = '6a1f3c1e-7c0b-4a53-9d0e-2b9f3c5a1d11';
export const firefoxExtensionOrigin = `moz-extension://${FIREFOX_UUID}`;

export function firefoxPath(env = process.env) {
  return env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** A message for people, or null when Firefox is there. */
export function missingFirefoxMessage(env = process.env) {
  const path = firefoxPath(env);
  if (existsSync(path)) return null;
  return (
    `Firefox not found at ${path}.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n` +
    `or point FIREFOX_PATH at a Firefox (140 or later) binary.`
  );
}

// Firefox's own traffic (updates, telemetry, remote settings, safe browsing) never reaches the fixtures.
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net|googleapis\.com|digicert\.com)$/;

/**
 * An HTTP proxy: plain requests are forwarded to the fixture server with their Host header, CONNECT
 * is tunnelled to it (it speaks TLS on the same port). Firefox's own hosts are refused.
 */
export async function startProxy(targetPort) {
  const sockets = new Set();
  const proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://invalid');
    if (FIREFOX_OWN.test(url.hostname)) {
      res.writeHead(403);
      res.end();
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !k.startsWith('proxy-')));
    const upstream = request({ host: '127.0.0.1', port: targetPort, method: req.method, path: url.pathname + url.search, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, client, head) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (FIREFOX_OWN.test(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  proxy.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => proxy.close(() => resolve(undefined)));
    },
  };
}

function prefs(proxyPort, downloadDir) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    // A temporary add-on is uninstalled when Firefox closes: keep its data and id for the restart.
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'devtools.console.stdout.content': Boolean(process.env.TCL_FIREFOX_CONSOLE),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.update.enabled': false,
    'ui.popup.disable_autohide': false,
    // Downloads go straight to a folder the tests read.
    ...(downloadDir
      ? {
          'browser.download.dir': downloadDir,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.start_downloads_in_tmp_dir': false,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.panel.shown': true,
        }
      : {}),
  };
}

/** The major version of the Firefox at `path` (`firefox --version`), read once; NaN where it says none. */
const majors = new Map();
function firefoxMajor(path) {
  if (!majors.has(path)) {
    const out = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout ?? '';
    majors.set(path, Number(/(\d+)\./.exec(out)?.[1]));
  }
  return majors.get(path);
}

/**
 * @param {{ port: number, headless?: boolean, userDataDir?: string, withExtension?: boolean, downloadDir?: string, locale?: string }} opts
 *   port: the fixture server's. userDataDir: a profile kept across launches (restart tests).
 *   locale: the page language (navigator.language), which the extension's default language follows.
 */
export async function launchFirefox(opts) {
  const missing = missingFirefoxMessage();
  if (missing) throw new Error(missing);
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(firefoxExtensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${firefoxExtensionPath}: run \`npx wxt build -b firefox\` first.`);
  }
  const ownDir = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'tcl-firefox-'));
  const proxy = await startProxy(opts.port);
  let browser;
  // Older than 150 (ESR 140): BiDi cannot reach the browser window, Marionette does (firefox-marionette.mjs).
  let legacyChrome = null;
  try {
    const launchOpts = {
      executablePath: firefoxPath(),
      headless: opts.headless ?? true,
      userDataDir,
      // Extension pages (moz-extension:) and the browser window's own scripting (the toolbar click).
      args: ['--remote-allow-system-access'],
      prefs: { ...prefs(proxy.port, opts.downloadDir), ...(opts.locale ? { 'intl.accept_languages': opts.locale } : {}) },
      defaultViewport: { width: 1280, height: 800 },
      protocolTimeout: 60_000,
    };
    if (firefoxMajor(launchOpts.executablePath) < 150) ({ browser, inChrome: legacyChrome } = await launchWithMarionette(launchOpts));
    else {
      const { prefs: extraPrefsFirefox, ...rest } = launchOpts;
      browser = await puppeteer.launch({ browser: 'firefox', acceptInsecureCerts: true, extraPrefsFirefox, ...rest });
    }
    if (withExtension) await browser.installExtension(firefoxExtensionPath);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await proxy.close();
    if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const bidi = (method, params) => browser.connection.send(method, params).then((r) => r.result);
  /** Runs `expression` in the browser window's privileged scope (needs --remote-allow-system-access). */
  const inChrome = async (expression) => {
    if (legacyChrome) return legacyChrome(expression);
    const tree = await bidi('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const win = tree.contexts.find((c) => c.url.endsWith('browser.xhtml'));
    if (!win) throw new Error('no browser window in WebDriver BiDi’s chrome scope');
    const out = await bidi('script.evaluate', { expression, awaitPromise: true, target: { context: win.context }, resultOwnership: 'none' });
    if (out.type !== 'success') throw new Error(`in the browser window: ${out.exceptionDetails?.text}`);
    return out.result?.value;
  };
  /**
   * Runs `fn(root, ...args)` (its source; returns JSON) in a WebDriver BiDi sandbox of the tab's
   * document, `root` being the lens's shadow root, open or closed (BiDi hands it over with
   * includeShadowTree: 'all'), or null without a lens. The sandbox is a world of the test's own:
   * nothing the page defines takes part.
   */
  const callInShadowRoot = async (page, fn, args = []) => {
    const context = page.mainFrame()._id;
    const call = (functionDeclaration, callArgs, serializationOptions) =>
      bidi('script.callFunction', {
        functionDeclaration,
        awaitPromise: true,
        target: { context, sandbox: 'tcl-test' },
        arguments: callArgs,
        resultOwnership: 'none',
        ...(serializationOptions ? { serializationOptions } : {}),
      });
    const host = await call(`() => document.querySelector('taiwan-city-lens')`, [], { maxDomDepth: 0, includeShadowTree: 'all' });
    const root = host.result?.type === 'node' ? host.result.value?.shadowRoot : null;
    const rootArg = root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' };
    const out = await call(`async (root, json) => JSON.stringify((await (${fn})(root, ...JSON.parse(json))) ?? null)`, [rootArg, { type: 'string', value: JSON.stringify(args) }]);
    if (out.type !== 'success') throw new Error(`in the lens: ${out.exceptionDetails?.text}`);
    return JSON.parse(String(out.result?.value));
  };
  /**
   * Runs `fn(document, ...args)` (its source; returns JSON) in a sandbox of the lens's note editor
   * frame (the extension page inside the lens's closed root), or returns null when there is none.
   */
  const callInEditorFrame = async (page, fn, args = []) => {
    const tree = await bidi('browsingContext.getTree', { root: page.mainFrame()._id });
    const frames = [];
    const walk = (c) => {
      for (const child of c.children ?? []) {
        if (child.url.startsWith(`${firefoxExtensionOrigin}/note-editor.html`)) frames.push(child.context);
        walk(child);
      }
    };
    for (const c of tree.contexts) walk(c);
    // The newest first; a frame that went away between the tree and the call (a reload, a remount) is skipped.
    for (const context of frames.reverse()) {
      let out;
      try {
        out = await bidi('script.callFunction', {
          functionDeclaration: `async (json) => JSON.stringify((await (${fn})(document, ...JSON.parse(json))) ?? null)`,
          awaitPromise: true,
          target: { context, sandbox: 'tcl-test' },
          arguments: [{ type: 'string', value: JSON.stringify(args) }],
          resultOwnership: 'none',
        });
      } catch (e) {
        if (/no such frame|Discarded|no longer exist/i.test(String(e))) continue;
        throw e;
      }
      if (out.type !== 'success') throw new Error(`in the editor frame: ${out.exceptionDetails?.text}`);
      return JSON.parse(String(out.result?.value));
    }
    return null;
  };
  return {
    browser,
    userDataDir,
    callInShadowRoot,
    callInEditorFrame,
    extensionOrigin: firefoxExtensionOrigin,
    /** Raw WebDriver BiDi. */
    bidi,
    inChrome,
    /** A new tab showing the extension's page `path` (page.goto never settles on moz-extension: pages). */
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await bidi('browsingContext.navigate', { context: page.mainFrame()._id, url: `${firefoxExtensionOrigin}/${path}`, wait: 'none' });
      // Polled from here (extension-page.mjs): ESR 140's extension-page CSP forbids puppeteer's own polling.
      await pollPage(() => page.evaluate((p) => location.href.includes(p) && document.readyState === 'complete', path), `${path} to load`, 30_000);
      return page;
    },
    /**
     * How Firefox answers the extension's next optional-permission requests. 'grant': prompts off,
     * Firefox grants without asking (its own testing switch). 'refuse': prompts on, answered "no"
     * as the user's click on "Don't allow" would.
     */
    answerPermissionRequests: (answer) =>
      inChrome(`(() => {
        const refuse = ${answer === 'refuse'};
        Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', refuse);
        if (window.__tclRefuse) Services.obs.removeObserver(window.__tclRefuse, 'webextension-optional-permission-prompt');
        window.__tclRefuse = null;
        if (refuse) {
          window.__tclRefuse = { observe: (subject) => subject.wrappedJSObject.resolve(false) };
          Services.obs.addObserver(window.__tclRefuse, 'webextension-optional-permission-prompt');
        }
        return true;
      })()`),
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
