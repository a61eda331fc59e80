// Waiting, clicking and typing on a Firefox extension page (moz-extension:) as a person would,
// polled from the test one evaluation at a time: puppeteer's own waits and locators build their
// function in the page, which an extension page's CSP forbids in Firefox ESR 140.

/** `read()` until it gives something other than null or false; its last value, or an error after `timeoutMs`. */
export async function pollPage(read, what, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => null);
    if (value !== null && value !== false) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    // A poll interval, not a wait for time to pass: the page's state decides when to go on.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** @param {import('puppeteer-core').Page} page */
export function extensionPageActions(page) {
  /** Where a person would click `selector`: scrolled into view, its box's middle, once that point is the element's. */
  const pointOn = (selector, timeoutMs) =>
    pollPage(
      () =>
        page.evaluate((sel) => {
          const el = document.querySelector(sel);
          if (!el) return null;
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const b = el.getBoundingClientRect();
          if (b.width === 0 || b.height === 0) return null;
          const x = b.left + b.width / 2;
          const y = b.top + b.height / 2;
          const top = document.elementFromPoint(x, y);
          return top && (top === el || el.contains(top)) ? { x, y } : null;
        }, selector),
      `${selector} to be shown and not covered`,
      timeoutMs,
    );
  const click = async (selector, timeoutMs = 10_000) => {
    const { x, y } = await pointOn(selector, timeoutMs);
    await page.mouse.click(x, y);
  };
  return {
    waitFor: async (selector, timeoutMs = 10_000) =>
      void (await pollPage(() => page.evaluate((sel) => document.querySelector(sel) !== null, selector), selector, timeoutMs)),
    click,
    /** As a person does: click into the field, select what is there, type over it. */
    async fill(selector, text) {
      await click(selector);
      await page.evaluate((sel) => document.querySelector(sel).select(), selector);
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
    },
  };
}
