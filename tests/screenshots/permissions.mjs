// Permissions (issue 15): the popup names the browser that asks (Chromium, Firefox), and what the
// popup and Settings → extra sites say when Firefox's prompt is answered "no". (Chromium's prompt
// cannot be answered from Playwright: a request outside a gesture closes the page in headless.)
import { launchFirefox } from '../harness/firefox.mjs';
import { extensionPageActions } from '../harness/extension-page.mjs';

async function waitUntil(check, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function chromiumPopup({ browser, extensionId, shot }) {
  const page = await browser.context.newPage();
  await page.goto('http://www.iclei.org/demo/');
  const worker = browser.context.serviceWorkers()[0];
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'http://www.iclei.org/demo/' }))[0].id);
  // The page has reported its scan once the toolbar badge shows its count (the popup reads that report).
  await waitUntil(() => worker.evaluate(async (id) => (await chrome.action.getBadgeText({ tabId: id })) !== '', tabId), 'the page’s report');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('[data-action="allow-screenshots"]').waitFor();
  await popup.locator('li[data-place]').first().waitFor();
  await shot('popup-chromium', popup);
  await popup.close();
  await page.close();
}

async function firefoxSurfaces({ server, lang, shot }) {
  const ff = await launchFirefox({ port: server.port, locale: lang.replace('_', '-') });
  // BiDi's own viewport command: puppeteer's setViewport also sets a screen orientation, which ESR 140 lacks.
  const viewport = (page, width, height) => ff.bidi('browsingContext.setViewport', { context: page.mainFrame()._id, viewport: { width, height } });
  try {
    const page = await ff.browser.newPage();
    await page.goto('http://www.iclei.org/demo/');
    const tabId = await ff.inChrome(
      `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.apiManager.global.tabTracker.getId(gBrowser.selectedTab)`,
    );
    // The panel lists the places once opened (its script loads then): a click on the lens's tab.
    await waitUntil(() => ff.callInShadowRoot(page, `(root) => { root?.querySelector('.tcl-tab')?.click(); return Boolean(root?.querySelector('[data-place]')); }`), 'the lens to list places');
    await ff.answerPermissionRequests('refuse');
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    await viewport(popup, 380, 820);
    // Waited on and clicked from here (extension-page.mjs): ESR 140's extension-page CSP forbids puppeteer's own waits.
    const onPopup = extensionPageActions(popup);
    await onPopup.waitFor('li[data-place]');
    await onPopup.click('[data-action="allow-screenshots"]');
    await onPopup.waitFor('[data-screenshots-refused]');
    await shot('popup-refused-firefox', popup);

    const dash = await ff.openExtensionPage('dashboard.html');
    await viewport(dash, 1100, 800);
    const onDash = extensionPageActions(dash);
    await onDash.waitFor('main[data-loaded="true"]');
    await onDash.fill('input[name="site"]', 'https://www.example.gov.tw');
    await onDash.click('[data-action="add-site"]');
    await onDash.waitFor('[data-site-refused]');
    await dash.evaluate(() => document.querySelector('[data-site-refused]').scrollIntoView({ block: 'center' }));
    await shot('settings-site-refused-firefox', dash);
  } finally {
    await ff.close();
  }
}

export default async function permissions(ctx) {
  await chromiumPopup(ctx);
  await firefoxSurfaces(ctx);
}
