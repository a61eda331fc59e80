// Permissions (issue 15): the popup names the browser that asks (Chromium, Firefox), and what the
// popup and Settings → extra sites say when Firefox's prompt is answered "no". (Chromium's prompt
// cannot be answered from Playwright: a request outside a gesture closes the page in headless.)
import { launchFirefox } from '../harness/firefox.mjs';

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
  try {
    const page = await ff.browser.newPage();
    await page.goto('http://www.iclei.org/demo/');
    const tabId = await ff.inChrome(
      `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.apiManager.global.tabTracker.getId(gBrowser.selectedTab)`,
    );
    await waitUntil(() => ff.callInShadowRoot(page, `(root) => Boolean(root?.querySelector('[data-place]'))`), 'the lens to list places');
    await ff.answerPermissionRequests('refuse');
    const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 380, height: 720 });
    await popup.waitForSelector('li[data-place]');
    await popup.locator('[data-action="allow-screenshots"]').click();
    await popup.waitForSelector('[data-screenshots-refused]');
    await shot('popup-refused-firefox', popup);

    const dash = await ff.openExtensionPage('dashboard.html');
    await dash.setViewport({ width: 1100, height: 800 });
    await dash.waitForSelector('main[data-loaded="true"]');
    await dash.locator('input[name="site"]').fill('https://www.example.gov.tw');
    await dash.locator('[data-action="add-site"]').click();
    const refused = await dash.waitForSelector('[data-site-refused]');
    await refused.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shot('settings-site-refused-firefox', dash);
  } finally {
    await ff.close();
  }
}

export default async function permissions(ctx) {
  await chromiumPopup(ctx);
  await firefoxSurfaces(ctx);
}
