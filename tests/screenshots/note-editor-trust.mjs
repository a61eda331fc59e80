// The note editor when trust is at stake (issue 13): a conflict with another tab's save (keep
// mine / keep the other), a draft offered back after a reload, and the panel after the extension
// was reloaded under the editor. The editor is in its own extension frame inside the panel. Reached through tests/e2e/lens-dom.ts (loaded with jiti).
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url, { alias: { '@': new URL('../..', import.meta.url).pathname.replace(/\/$/, '') } });
const { lensDom } = await jiti.import('../e2e/lens-dom.ts');

const PAGE = (title) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:640px;margin:40px 60px;color:#222}</style></head><body>
<h1>${title}</h1><p>Kaohsiung City hosts the ICLEI Kaohsiung Capacity Center.</p></body></html>`;

async function openPanel(page) {
  const lens = lensDom(page);
  await lens.locator('.tcl-panel[data-scans]').waitFor({ state: 'attached', timeout: 20_000 });
  if ((await lens.locator('.tcl-panel').attr('data-open')) !== 'true') await lens.locator('.tcl-tab').click();
  return lens;
}

export default async function noteEditorTrust({ browser, server, lang, shot }) {
  const zh = lang !== 'en';
  server.setRoute('www.iclei.org', '/trust-conflict', PAGE('Capacity Center'));
  const url = 'http://www.iclei.org/trust-conflict';
  const a = await browser.context.newPage();
  await a.setViewportSize({ width: 1200, height: 800 });
  await a.goto(url);
  const lensA = await openPanel(a);
  await lensA.locator('[data-action="page-note"]').click();
  await lensA.locator('.tcl-editor textarea').fill(zh ? '請確認加入年份。' : 'Check the year it joined.');
  await lensA.locator('.tcl-editor [data-action="save"]').click();
  await lensA.locator('.tcl-note').waitFor();

  const b = await browser.context.newPage();
  await b.setViewportSize({ width: 1200, height: 800 });
  await b.goto(url);
  const lensB = await openPanel(b);
  await lensB.locator('.tcl-note [data-action="edit"]').click();
  await a.bringToFront();
  await lensA.locator('.tcl-note [data-action="edit"]').click();
  await lensA.locator('.tcl-editor textarea').fill(zh ? '已於 2026 年 11 月致函 ICLEI 秘書處。' : 'Letter sent to the ICLEI secretariat in November 2026.');
  await lensA.locator('.tcl-editor [data-action="save"]').click();
  await lensA.locator('.tcl-editor').waitFor({ state: 'detached' });
  await b.bringToFront();
  await lensB.locator('.tcl-editor textarea').fill(zh ? '等待市府確認後再致函。' : 'Wait for the city to confirm before writing.');
  await lensB.locator('.tcl-editor [data-action="save"]').click();
  await lensB.locator('.tcl-editor .tcl-conflict').waitFor();
  // The frame takes its new height from its content a frame or two later (its size message).
  await b.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await shot('editor-conflict', b);
  await a.close();
  await b.close();

  server.setRoute('www.iclei.org', '/trust-draft', PAGE('Draft'));
  const d = await browser.context.newPage();
  await d.setViewportSize({ width: 1200, height: 800 });
  await d.goto('http://www.iclei.org/trust-draft');
  const lensD = await openPanel(d);
  await lensD.locator('[data-action="page-note"]').click();
  await lensD.locator('.tcl-editor textarea').fill(zh ? '抗議信草稿：請將高雄列於臺灣之下。' : 'Draft of the letter: please list Kaohsiung under Taiwan.');
  await d.reload();
  await lensD.locator('.tcl-editor [data-restored="true"]').waitFor({ timeout: 20_000 });
  await shot('editor-draft-restored', d);

  // Last: the extension is reloaded under an open editor (it does not come back in this browser).
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // The editor's frame goes with the extension; the panel says so in its place, with the kept text.
  await lensD.locator('.tcl-editor-host [data-invalidated="true"]').waitFor({ timeout: 20_000 });
  await shot('editor-extension-reloaded', d);
  await d.close();
}
