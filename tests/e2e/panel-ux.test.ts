import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, openPanel, page as html, useHarness, waitForNotesLoaded, waitForScans } from './helpers';
import { inWorker, scanFromPopup } from './extension-worker';
import { axeEditorFrame, axeLens, axePage, lensDom, type Box } from './lens-dom';

const h = useHarness();

const filler = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + from} about climate action in the region.</p>`).join('');
const LONG = html(
  'Long page',
  `<p id="top">The form names Chinese Taipei as a member.</p>${filler(25)}<p id="middle">Delegates from Taiwan, Province of China attended.</p>${filler(25, 100)}<p id="bottom">The minutes say Taipei, China.</p>`,
);

/** The box of `text` inside the element `selector`, in viewport coordinates (the page's own DOM). */
async function textBox(page: Page, selector: string, text: string): Promise<Box> {
  return page.evaluate(
    ([sel, needle]) => {
      const node = document.querySelector(sel)!.firstChild!;
      const start = node.textContent!.indexOf(needle);
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, start + needle.length);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    },
    [selector, text] as const,
  );
}

async function hover(page: Page, box: Box) {
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** The card is inside the viewport, right below or right above the text, and does not cover it. */
async function expectCardBeside(page: Page, text: Box) {
  const card = lensDom(page).locator('.tcl-card');
  await card.waitFor({ state: 'attached' });
  await card.waitFor();
  const b = (await card.box())!;
  const vp = page.viewportSize()!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(vp.width);
  expect(b.y + b.height).toBeLessThanOrEqual(vp.height);
  const below = b.y - (text.y + text.height);
  const above = text.y - (b.y + b.height);
  // Within a few pixels of the text, on one side of it.
  expect(Math.min(Math.abs(below), Math.abs(above))).toBeLessThanOrEqual(10);
  expect(below >= 0 || above >= 0).toBe(true);
  // Horizontally it starts where the text starts (or as near as the viewport allows).
  expect(Math.abs(b.x - Math.min(text.x, vp.width - b.width - 8))).toBeLessThanOrEqual(10);
}

/** Checks `ok` after each frame the page draws until it holds (no fixed wait). */
async function until(ok: () => Promise<boolean>, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((r) => setImmediate(r));
  }
}

/** Presses Tab (a person's key) until the focused control in the lens matches `pattern`. */
async function tabTo(page: Page, pattern: RegExp, max = 60) {
  const lens = lensDom(page);
  for (let i = 0; i < max; i++) {
    if (pattern.test((await lens.focusedElement()) ?? '')) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${pattern} (at ${await lens.focusedElement()})`);
}

describe('the hover card sits by its text', () => {
  it.each([
    ['#top', 'Chinese Taipei'],
    ['#middle', 'Taiwan, Province of China'],
    ['#bottom', 'Taipei, China'],
  ])('for %s, scrolled into view, and after scrolling', async (selector, phrase) => {
    h.server.setRoute('www.iclei.org', '/long', LONG);
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/long');
    await waitForScans(page);
    // Text at the top of the screen, in its middle, at its bottom edge.
    for (const block of ['start', 'center', 'end'] as const) {
      await page.evaluate(([sel, b]) => document.querySelector(sel)!.scrollIntoView({ block: b }), [selector, block] as const);
      const text = await textBox(page, selector, phrase);
      await hover(page, text);
      await expectCardBeside(page, text);
      // The page scrolls a little under the pointer: the card follows its text.
      const scrolled = await page.evaluate(() => scrollY);
      const style = await lensDom(page).locator('.tcl-card').attr('style');
      // Towards the middle of the screen, so the text stays on it.
      await page.mouse.wheel(0, text.y < page.viewportSize()!.height / 2 ? -60 : 60);
      await page.waitForFunction((y) => scrollY !== y, scrolled, { timeout: 2000 }).catch(() => undefined);
      if ((await page.evaluate(() => scrollY)) !== scrolled) {
        await until(async () => (await lensDom(page).locator('.tcl-card').attr('style')) !== style);
        await expectCardBeside(page, await textBox(page, selector, phrase));
      }
      // Scrolled off the screen, the text takes its card with it.
      await page.evaluate(() => {
        const end = document.documentElement.scrollHeight - innerHeight;
        window.scrollTo(0, scrollY > end / 2 ? 0 : end);
      });
      await lensDom(page).locator('.tcl-card').waitFor({ state: 'detached' });
      await page.evaluate(([sel, b]) => document.querySelector(sel)!.scrollIntoView({ block: b }), [selector, block] as const);
      await page.mouse.move(0, 0);
      await lensDom(page).locator('.tcl-card').waitFor({ state: 'detached' });
    }
    await page.close();
  });
});

describe('the panel looks the same everywhere', () => {
  it('on a site outside the organizations, after “Scan this page”, it is styled', async () => {
    h.server.setRoute('news.example.net', '/styled', html('News', '<p>The forum listed Kaohsiung, China.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://news.example.net/styled');
    await scanFromPopup(h.browser, page);
    const lens = lensDom(page);
    // No manifest declares the highlights' rules here: they are adopted, once, with the first highlight.
    await expect.poll(() => page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(await lens.locator('.tcl-tab').styles(['background-color', 'color', 'position'])).toEqual({
      'background-color': 'rgb(11, 95, 138)',
      color: 'rgb(255, 255, 255)',
      position: 'static',
    });
    expect(await lens.locator('.tcl-panel').style('position')).toBe('fixed');
    await openPanel(page);
    expect(await lens.locator('.tcl-body').style('width')).toBe('340px');
    await page.close();
  });
});

describe('the collapsed panel', () => {
  it('draws only its tab on a long directory, and lists every finding once opened', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>Tainan City</td><td>China</td><td>${i}</td></tr>`).join('');
    h.server.setRoute('www.cglu.org', '/collapsed', html('Directory', `<table>${rows}</table>`));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.cglu.org/collapsed');
    await waitForScans(page);
    const lens = lensDom(page);
    // The tab says how many, as it always did; nothing else of the panel is drawn yet.
    expect(await lens.locator('.tcl-tab-count').text()).toBe('300');
    expect(await lens.locator('.tcl-panel[data-open="false"]').count()).toBe(1);
    expect(await lens.locator('.tcl-body, .tcl-finding').count()).toBe(0);
    expect(await lens.locator('*').count()).toBeLessThan(12);
    await lens.locator('.tcl-tab').click();
    await lens.locator('.tcl-body').waitFor();
    await lens.locator('.tcl-finding').nth(299).waitFor({ state: 'attached' });
    expect(await lens.locator('.tcl-finding-group[data-quote="Tainan City"]').attr('data-count')).toBe('300');
    await page.close();
  });
});

// Focus moves to a card, an editor or back to its opener once it has rendered (an effect): it is
// waited for, never read in the same moment (a busy run read it a frame early).
describe('a keyboard user does everything the mouse does', () => {
  it('opens the panel, a finding’s card, reports it, and Escape walks back with focus where it was', async () => {
    h.server.setRoute('www.iclei.org', '/keys', html('Keys', '<h1>Members</h1><table><tr><td>Tainan City</td><td>China</td></tr></table><p id="t">Chinese Taipei is named twice: Chinese Taipei.</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/keys');
    const lens = lensDom(page);
    await waitForScans(page);
    // The panel's tab is in the page's Tab order.
    await tabTo(page, /tcl-tab/);
    await page.keyboard.press('Enter');
    await lens.locator('.tcl-body').waitFor();
    // A disclosure: focus stays on the tab, which now says it is expanded; Tab goes on into the panel.
    expect(await lens.locator('.tcl-tab').attr('aria-expanded')).toBe('true');
    // The header answers first: members and problems, with the worst severity; the shortcut is shown.
    expect(await lens.locator('[data-summary="findings"]').attr('data-count')).toBe('3');
    expect(await lens.locator('[data-summary="findings"]').attr('data-worst')).toBe('critical');
    expect(await lens.locator('.tcl-shortcut').text()).toMatch(/Alt\+Shift\+L/);
    // The structural finding says why; the repeated phrase is one group of two.
    expect(await lens.locator('.tcl-finding-group[data-quote="Tainan City"] .tcl-where').text()).toMatch(/row whose country is “China”/);
    expect(await lens.locator('.tcl-finding-group[data-quote="Chinese Taipei"]').attr('data-count')).toBe('2');

    // Open the group, then its first occurrence: the card opens beside the text, focused.
    const group = lens.locator('.tcl-finding-group[data-quote="Chinese Taipei"] summary');
    for (let i = 0; i < 40 && !(await group.isFocused()); i++) await page.keyboard.press('Tab');
    expect(await group.isFocused()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const occurrence = lens.locator('.tcl-finding-group[data-quote="Chinese Taipei"] .tcl-finding button').first();
    expect(await occurrence.isFocused()).toBe(true);
    expect(await occurrence.text()).toContain('Chinese Taipei is named twice');
    await page.keyboard.press('Enter');
    const card = lens.locator('.tcl-card[data-pinned="true"]');
    await card.waitFor();
    await expect.poll(() => card.isFocused()).toBe(true);
    await expectCardBeside(page, await textBox(page, '#t', 'Chinese Taipei'));
    expect(await card.text()).toMatch(/Taiwan/);
    // Every control shows its focus.
    await page.keyboard.press('Tab');
    expect(await lens.focusedElement()).toMatch(/close-card/);
    expect(await lens.locator('[data-action="close-card"]').style('outline-style')).toBe('solid');
    // Escape closes the card; focus returns to the occurrence.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await occurrence.waitFor();
    await expect.poll(() => occurrence.isFocused()).toBe(true);

    // Report from the card by keyboard: the editor takes focus; Escape closes it, focus returns.
    await page.keyboard.press('Enter');
    await card.waitFor();
    await tabTo(page, /data-action="report"/);
    await page.keyboard.press('Enter');
    const editor = lens.locator('.tcl-editor textarea');
    await editor.waitFor();
    await expect.poll(() => editor.isFocused()).toBe(true);
    expect(await lens.locator('.tcl-editor select[name="kind"]').value()).toBe('naming-concern');
    // A note made from a finding shows the rule's explanation and the suggested wording.
    expect(await lens.locator('.tcl-editor [data-from-finding]').text()).toMatch(/Suggested wording: Taiwan/);
    // The key goes down in the editor's frame, which closes on it: the key comes up once the frame
    // is gone (a key released in a frame being torn down was never acknowledged, and the driver's
    // press waited for ever: CI, 1 run in 4 here).
    await page.keyboard.down('Escape');
    await editor.waitFor({ state: 'detached' });
    await page.keyboard.up('Escape');
    await expect.poll(() => occurrence.isFocused()).toBe(true);
    // Escape once more closes the panel; focus is on the tab that opens it.
    await page.keyboard.press('Escape');
    await lens.locator('.tcl-panel[data-open="false"]').waitFor();
    await expect.poll(() => lens.locator('.tcl-tab').isFocused()).toBe(true);
    await page.close();
  });

  it('the shortcut declared in the manifest opens the panel, focused', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    expect(manifest.commands['open-panel'].suggested_key.default).toBe('Alt+Shift+L');
    // Pressed, the browser tells the tab (the same message the command sends): the panel opens, focused.
    h.server.setRoute('www.iclei.org', '/shortcut', html('Shortcut', '<p>Chinese Taipei</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/shortcut');
    const lens = lensDom(page);
    await lens.locator('.tcl-panel[data-open="false"]').waitFor();
    await inWorker(h.browser, async (u) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const api = (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ url: u });
      // The command's own handler, as the browser calls it.
      await (globalThis as unknown as { __tclCommand?: (c: string, t: unknown) => Promise<void> }).__tclCommand?.('open-panel', tab);
    }, page.url());
    await lens.locator('.tcl-panel[data-open="true"]').waitFor();
    await expect.poll(() => lens.locator('.tcl-body').isFocused()).toBe(true);
    await page.close();
  });
});

describe('notes on the page', () => {
  it('an “Add note” button appears by a selection; a note’s passage is shown and flashed; a deletion can be undone', async () => {
    h.server.setRoute('www.iclei.org', '/adder', html('Adder', `<p id="p">Kaohsiung joined ICLEI in 2006 as the first Taiwanese member.</p>${filler(30)}`));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/adder');
    const lens = lensDom(page);
    await waitForNotesLoaded(page);
    // Select by mouse: a person's drag over the words.
    const words = await textBox(page, '#p', 'joined ICLEI in 2006');
    await page.mouse.move(words.x + 1, words.y + words.height / 2);
    await page.mouse.down();
    await page.mouse.move(words.x + words.width - 1, words.y + words.height / 2, { steps: 5 });
    await page.mouse.up();
    const adder = lens.locator('.tcl-adder');
    await adder.waitFor();
    const a = (await adder.box())!;
    // Right by the selection: just below its end.
    expect(a.y).toBeGreaterThanOrEqual(words.y + words.height);
    expect(a.y - (words.y + words.height)).toBeLessThanOrEqual(12);
    expect(Math.abs(a.x + a.width / 2 - (words.x + words.width))).toBeLessThanOrEqual(60);
    await adder.click();
    const editor = lens.locator('.tcl-editor textarea');
    await editor.waitFor();
    await expect.poll(() => editor.isFocused()).toBe(true);
    await page.keyboard.type('Confirm the year.');
    await lens.locator('.tcl-editor [data-action="save"]').click();
    const note = lens.locator('.tcl-note').filter({ hasText: 'Confirm the year.' });
    await note.waitFor();

    // Scrolled away, the note's quote brings the passage back into view and flashes it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await note.locator('[data-action="show-note"]').click();
    await page.waitForFunction(() => {
      const r = document.getElementById('p')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(await page.evaluate(() => [...((CSS.highlights.get('tcl-flash') as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()))).toEqual([
      'joined ICLEI in 2006',
    ]);

    // Delete, then undo.
    await note.locator('[data-action="delete"]').click();
    await note.waitFor({ state: 'detached' });
    await lens.locator('[data-action="undo-delete"]').click();
    await note.waitFor();
    await page.close();
  });

  it('“Add screenshot” without a capture grant says what to do and offers it', async () => {
    h.server.setRoute('www.iclei.org', '/no-grant', html('No grant', '<p>Chinese Taipei</p>'));
    const page = await h.browser.context.newPage();
    await page.goto('http://www.iclei.org/no-grant');
    const lens = lensDom(page);
    await lens.locator('.tcl-tab').waitFor();
    if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
    await lens.locator('[data-action="page-note"]').click();
    const box = lens.locator('.tcl-editor textarea');
    await box.waitFor();
    await until(() => box.isFocused());
    await page.keyboard.type('Form checked.');
    await lens.locator('.tcl-editor [data-action="save"]').click();
    const note = lens.locator('.tcl-note').filter({ hasText: 'Form checked.' });
    await note.locator('[data-action="screenshot"]').click();
    const hint = note.locator('[data-screenshot-blocked]');
    await hint.waitFor();
    expect(await hint.text()).toMatch(/toolbar button/);
    // The offer: the popup (or the same page in a tab) where screenshots can be allowed.
    const opened = h.browser.context.waitForEvent('page');
    await hint.locator('[data-action="allow-screenshots"]').click();
    const popup = await opened;
    await popup.waitForURL(/popup\.html/);
    await popup.locator('[data-action="allow-screenshots"]').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('axe-core finds no serious or critical violation', () => {
  for (const locale of ['en', 'zh-TW']) {
    it(`the panel (open, with a card and a note editor) and the popup, in ${locale}`, async () => {
      h.server.setRoute('www.iclei.org', `/axe-${locale}`, html('Axe', '<table><tr><td>Tainan City</td><td>China</td></tr></table><p id="t">Chinese Taipei and Kaohsiung City.</p>'));
      const dash = await h.browser.context.newPage();
      await dash.goto(`chrome-extension://${h.browser.extensionId}/dashboard.html`);
      await dash.locator('main[data-loaded="true"]').waitFor();
      await dash.locator('select[name="lang"]').selectOption(locale);
      await dash.close();
      const page = await h.browser.context.newPage();
      await page.goto(`http://www.iclei.org/axe-${locale}`);
      const lens = lensDom(page);
      await waitForScans(page);
      await openPanel(page);
      await lens.locator('.tcl-finding-group summary').first().click();
      await lens.locator('.tcl-legend summary').click();
      const show = async (where: string) => {
        const found = await axeLens(page);
        if (found.length) console.log(where, JSON.stringify(found, null, 1));
        return found;
      };
      expect(await show('panel')).toEqual([]);
      await hover(page, await textBox(page, '#t', 'Chinese Taipei'));
      await lens.locator('.tcl-card').waitFor();
      expect(await show('card')).toEqual([]);
      await lens.locator('.tcl-card [data-action="report"]').click();
      await lens.locator('.tcl-editor textarea').waitFor();
      expect(await show('editor')).toEqual([]);
      // The editor's fields are in its own frame, which axe in the panel does not enter.
      const inFrame = await axeEditorFrame(page);
      if (inFrame.length) console.log('editor frame', JSON.stringify(inFrame, null, 1));
      expect(inFrame).toEqual([]);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const tabId = await inWorker(h.browser, async (u) => (await (globalThis as any).chrome.tabs.query({ url: u }))[0].id, page.url());
      const popup = await h.browser.context.newPage();
      await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('[data-findings]').waitFor();
      // The popup names the problems in words, in the chosen language, with the page's note count.
      await popup.locator('[data-group-rule="chinese-taipei"]').waitFor();
      expect(await popup.locator('.groups .sev').first().textContent()).toBe(locale === 'en' ? 'Critical' : '嚴重');
      await popup.locator('[data-notes]').waitFor();
      await popup.locator('[data-action="open-panel"]').waitFor();
      expect(await axePage(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
