import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickToolbarButton, colouredPixels, hoverOver, imagePixels, collectErrors, openPanel, page as html, startHarness, waitForNotesLoaded, waitForScans, type Browser, type Server, lensDom } from './helpers';
import { storedRecords } from './extension-worker';
// @ts-expect-error plain ESM harness
import { launchBrowser } from '../harness/browser.mjs';

let server: Server;
let browser: Browser;
const profile = mkdtempSync(join(tmpdir(), 'tcl-notes-profile-'));
beforeAll(async () => {
  ({ server, browser } = await startHarness({ userDataDir: profile }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

const PASSAGE = 'Kaohsiung joined ICLEI in 2006 as the first Taiwanese member';
const ARTICLE = (before = '', passage = PASSAGE, naming = 'ICLEI lists the city under Chinese Taipei in its directory.') =>
  html(
    'Kaohsiung and ICLEI',
    `<p id="intro">${before}The network grew quickly in East Asia.</p><p id="p">${passage}, and it hosts the capacity center.</p><p id="n">${naming}</p>`,
  );

async function select(page: Page, selector: string, text: string) {
  await page.evaluate(
    ([sel, needle]) => {
      const node = document.querySelector(sel)!.firstChild!;
      const start = node.textContent!.indexOf(needle);
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, start + needle.length);
      const s = getSelection()!;
      s.removeAllRanges();
      s.addRange(r);
    },
    [selector, text] as const,
  );
}

const notes = (page: Page) => lensDom(page).locator(`.tcl-note`);
const noteHighlights = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('tcl-note') as Highlight | undefined) ?? [])].map((r) => (r as Range).toString()));

async function open(page: Page, url: string) {
  await page.goto(url);
  // Placed notes and a finished first scan: what the user sees once the page has been read.
  await waitForNotesLoaded(page);
  await waitForScans(page);
}

const stored = (store: 'notes' | 'evidence' | 'findingsLog' = 'notes') => storedRecords(browser, store);
const storedNotes = () => stored('notes');

describe('notes on passages', () => {
  it('a note on a selection is re-attached after a reload, after the passage moved, and orphaned when it is gone', async () => {
    server.setRoute('www.iclei.org', '/note-page', ARTICLE());
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await open(page, 'http://www.iclei.org/note-page');
    await openPanel(page);
    await select(page, '#p', PASSAGE);
    await lensDom(page).locator(`[data-action="note-on-selection"]`).click();
    const editor = lensDom(page).locator(`.tcl-editor`);
    await editor.locator('textarea').fill('Check the membership year with the city.');
    await editor.locator('[data-action="save"]').click();
    await notes(page).first().waitFor();

    await page.reload();
    await lensDom(page).locator(`.tcl-note[data-orphaned="false"]`).waitFor({ state: 'attached' });
    expect(await noteHighlights(page)).toEqual([PASSAGE]);
    expect(await notes(page).first().text()).toContain('Check the membership year');

    server.setRoute('www.iclei.org', '/note-page', ARTICLE('Update: two new members joined this week. '));
    await open(page, 'http://www.iclei.org/note-page');
    expect(await noteHighlights(page)).toEqual([PASSAGE]);

    server.setRoute('www.iclei.org', '/note-page', ARTICLE('', 'The city was one of the early members'));
    await open(page, 'http://www.iclei.org/note-page');
    expect(await notes(page).first().attr('data-orphaned')).toBe('true');
    expect(await noteHighlights(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reporting a finding makes a naming concern with rule, quote and places; a vanished phrase is possibly corrected', async () => {
    server.setRoute('citynet-ap.org', '/report', ARTICLE('', PASSAGE, 'Participants came from Kaohsiung, China and Seoul.'));
    const page = await browser.context.newPage();
    await open(page, 'http://citynet-ap.org/report');
    await hoverOver(page, '#n', 'Kaohsiung, China');
    await lensDom(page).locator(`.tcl-card [data-action="report"]`).click();
    const editor = lensDom(page).locator(`.tcl-editor`);
    expect(await editor.locator('select[name="kind"]').value()).toBe('naming-concern');
    await editor.locator('textarea').fill('Ask CityNet to list Kaohsiung under Taiwan.');
    await editor.locator('[data-action="save"]').click();
    await lensDom(page).locator(`.tcl-note[data-kind="naming-concern"]`).waitFor();
    // No toolbar, menu or shortcut gesture here, so Chromium refuses the screenshot: the note says so.
    await lensDom(page).locator(`.tcl-note [data-no-screenshot]`).waitFor();

    const saved = (await storedNotes()).find((n) => n.kind === 'naming-concern')!;
    expect(saved).toMatchObject({ ruleId: 'under-china', places: ['kaohsiung'], severity: 'critical', url: 'http://citynet-ap.org/report', evidenceMissing: true });
    expect((saved.target as { type: string; exact?: string }[]).find((s) => s.type === 'TextQuoteSelector')?.exact).toBe('Kaohsiung, China');

    // The findings log has recorded the sighting; then the site corrects its wording.
    await expect
      .poll(async () => (await stored('findingsLog')).some((s) => s.url === 'http://citynet-ap.org/report' && s.quote === 'Kaohsiung, China'), { timeout: 20_000 })
      .toBe(true);
    server.setRoute('citynet-ap.org', '/report', ARTICLE('', PASSAGE, 'Participants came from Kaohsiung, Taiwan and Seoul.'));
    await open(page, 'http://citynet-ap.org/report');
    const note = lensDom(page).locator(`.tcl-note[data-kind="naming-concern"]`);
    expect(await note.attr('data-possibly-corrected')).toBe('true');
    expect(await note.text()).toMatch(/Possibly corrected — not seen since/);
    await page.close();
  });

  it('two appended rows with the same finding at the same offset stay two findings: "Report" on Tainan files a note on Tainan', async () => {
    server.setRoute(
      'citynet-ap.org',
      '/rows',
      html(
        'Members',
        `<table><tbody id="rows"><tr><th>Member</th><th>Country</th></tr><tr><td>Seoul</td><td>Korea</td></tr></tbody></table>
         <script>window.addRows = () => { for (const city of ['Kaohsiung', 'Tainan']) { const tr = document.createElement('tr'); tr.innerHTML = '<td id="' + city + '">' + city + '</td><td>China</td>'; document.getElementById('rows').append(tr); } };</script>`,
      ),
    );
    const page = await browser.context.newPage();
    await open(page, 'http://citynet-ap.org/rows');
    await waitForScans(page);
    await page.evaluate(() => (window as unknown as { addRows: () => void }).addRows());
    const lens = lensDom(page);
    await openPanel(page);
    await lens.locator(`.tcl-finding[data-quote*="Tainan"]`).waitFor({ state: 'attached' });
    await lens.locator(`.tcl-finding[data-quote*="Kaohsiung"]`).waitFor({ state: 'attached' });
    await hoverOver(page, '#Tainan', 'Tainan');
    await lens.locator(`.tcl-card [data-action="report"]`).click();
    const editor = lens.locator(`.tcl-editor`);
    expect(await editor.locator('.tcl-quote').text()).toContain('Tainan');
    await editor.locator('textarea').fill('Tainan is listed under China.');
    await editor.locator('[data-action="save"]').click();
    await lens.locator(`.tcl-note[data-kind="naming-concern"]`).waitFor();
    const saved = (await storedNotes()).find((n) => n.body === 'Tainan is listed under China.')!;
    expect((saved.target as { type: string; exact?: string }[]).find((s) => s.type === 'TextQuoteSelector')?.exact).toContain('Tainan');
    expect(saved.places).toEqual(['tainan']);
    // The note is drawn on Tainan's passage, not Kaohsiung's.
    expect((await noteHighlights(page)).join(' ')).toContain('Tainan');
    expect((await noteHighlights(page)).join(' ')).not.toContain('Kaohsiung');
    await page.close();
  });

  it('after a toolbar click, a reported naming concern carries a screenshot, and a note without one can get it', async () => {
    server.setRoute('www.iclei.org', '/evidence', ARTICLE('', PASSAGE, 'The directory lists Taiwan, Province of China.'));
    const page = await browser.context.newPage();
    await open(page, 'http://www.iclei.org/evidence');
    // A page note first: a general note takes no screenshot unless asked.
    // (The panel's open state is remembered for the site, so open it only if it is closed.)
    if ((await lensDom(page).locator(`.tcl-panel`).attr('data-open')) !== 'true') await lensDom(page).locator(`.tcl-tab`).click();
    await lensDom(page).locator(`[data-action="page-note"]`).click();
    await lensDom(page).locator(`.tcl-editor textarea`).fill('Directory checked.');
    await lensDom(page).locator(`.tcl-editor [data-action="save"]`).click();
    const pageNote = lensDom(page).locator(`.tcl-note`).filter({ hasText: 'Directory checked.' });
    await pageNote.locator('[data-action="screenshot"]').waitFor();
    expect(await pageNote.locator('img.tcl-thumb').count()).toBe(0);

    // The user clicks the toolbar button (the popup opens): activeTab is granted for this page.
    await clickToolbarButton(browser, page);
    await pageNote.locator('[data-action="screenshot"]').click();
    await pageNote.locator('img.tcl-thumb').waitFor();

    await hoverOver(page, '#n', 'Taiwan, Province');
    await lensDom(page).locator(`.tcl-card [data-action="report"]`).click();
    await lensDom(page).locator(`.tcl-editor [data-action="save"]`).click();
    const concern = lensDom(page).locator(`.tcl-note[data-kind="naming-concern"]`);
    await concern.locator('img.tcl-thumb').waitFor();
    const shot = (await concern.locator('img.tcl-thumb').attr('src'))!;
    expect(shot).toMatch(/^data:image\/png;base64,/);
    // The screenshot shows the page, not our panel: where the panel's tab is, the page is blank.
    const tab = (await lensDom(page).locator(`.tcl-tab`).box())!;
    const pixel = await imagePixels(page, shot, { x: Math.round(tab.x + tab.width / 2), y: Math.round(tab.y + tab.height / 2), width: 1, height: 1 });
    expect(pixel).toEqual([255, 255, 255, 255]);
    // Nor our highlights: the passage is drawn on the page, and not in the evidence.
    expect(await colouredPixels(page, '#n')).toBeGreaterThan(20);
    expect(await colouredPixels(page, '#n', shot)).toBe(0);

    const notesHere = (await storedNotes()).filter((n) => n.url === 'http://www.iclei.org/evidence');
    const saved = notesHere.find((n) => n.kind === 'naming-concern')!;
    expect(saved).toMatchObject({ ruleId: 'province-of-china', severity: 'critical', evidenceMissing: false });
    const evidence = (await stored('evidence')).filter((e) => e.url === 'http://www.iclei.org/evidence');
    expect(evidence.map((e) => e.noteId).sort()).toEqual(notesHere.map((n) => n.id).sort());
    for (const e of evidence) {
      expect(e.mimeType).toBe('image/png');
      expect((e.image as { type: string; size: number }).size).toBeGreaterThan(1000);
      expect(e.capturedAt).toBeGreaterThan(Date.now() - 60_000);
    }
    await page.close();
  });

  it('three screenshots asked for within a second: each note gets its own (Chromium takes two a second)', async () => {
    server.setRoute('www.iclei.org', '/three-shots', ARTICLE());
    const page = await browser.context.newPage();
    await open(page, 'http://www.iclei.org/three-shots');
    const lens = lensDom(page);
    if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
    const bodies = ['Shot one.', 'Shot two.', 'Shot three.'];
    for (const body of bodies) {
      await lens.locator('[data-action="page-note"]').click();
      await lens.locator('.tcl-editor textarea').fill(body);
      await lens.locator('.tcl-editor [data-action="save"]').click();
      await lens.locator('.tcl-note').filter({ hasText: body }).locator('[data-action="screenshot"]').waitFor();
    }
    await clickToolbarButton(browser, page);
    // One click after another, as fast as a person's mouse: the captures run one after another.
    for (const body of bodies) await lens.locator('.tcl-note').filter({ hasText: body }).locator('[data-action="screenshot"]').click();
    for (const body of bodies) await lens.locator('.tcl-note').filter({ hasText: body }).locator('img.tcl-thumb').waitFor();
    const here = (await storedNotes()).filter((n) => n.url === 'http://www.iclei.org/three-shots');
    expect(here.map((n) => n.evidenceMissing ?? false)).toEqual([false, false, false]);
    const evidence = (await stored('evidence')).filter((e) => e.url === 'http://www.iclei.org/three-shots');
    expect(evidence.map((e) => e.noteId).sort()).toEqual(here.map((n) => n.id).sort());
    await page.close();
  });

  it('notes survive a browser restart with the same profile', async () => {
    const before = (await storedNotes()).length;
    expect(before).toBeGreaterThan(0);
    await browser.context.close();
    const again = (await launchBrowser({ port: server.port, userDataDir: profile })) as Browser;
    browser = again;
    server.setRoute('www.iclei.org', '/note-page', ARTICLE('Update: two new members joined this week. '));
    const page = await again.context.newPage();
    await open(page, 'http://www.iclei.org/note-page');
    expect(await noteHighlights(page)).toEqual([PASSAGE]);
    expect((await storedNotes()).length).toBe(before);
    await page.close();
  });
});
