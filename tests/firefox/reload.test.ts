/**
 * An extension reload in Firefox ESR (the temporary add-on reloaded by `runtime.reload()` from
 * one of its pages, as an update does): Firefox destroys the old copy's world, so the old panel
 * cannot remove itself; the new copy, injected by the background's sweep of open tabs, removes
 * it and offers back the draft typed before the reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxDriver } from '../e2e/drivers/firefox';
import type { LensDriver } from '../e2e/drivers/driver';
import { openPanel } from '../e2e/scenarios/scenarios';
import type { Server } from '../e2e/helpers';
// @ts-expect-error plain ESM harness
import { startServer } from '../harness/server.mjs';

let server: Server;
let driver: LensDriver;
beforeAll(async () => {
  server = (await startServer()) as Server;
  driver = await firefoxDriver(server.port);
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reload</title></head><body>${body}</body></html>`;

describe('an extension reload in Firefox', () => {
  it('the open page ends with one lens, the new one, with its highlights and the draft typed before the reload', async () => {
    server.setRoute('www.iclei.org', '/ff-reload', page('<p id="p">Taipei hosted the congress; Chinese Taipei was on the list.</p>'));
    const tab = await driver.open('http://www.iclei.org/ff-reload');
    // The places and findings are listed in the open panel (its script loads when it opens).
    await openPanel(tab);
    await tab.waitForLens((s) => Object.keys(s.places).length > 0 && s.findings.length === 1, 'the lens');
    await tab.clickInLens('[data-action="page-note"]');
    await tab.typeInLens('.tcl-editor textarea', 'Typed in Firefox');
    const ext = await driver.openExtensionPage('dashboard.html');
    await ext.waitFor('main[data-loaded="true"]');
    const draft = () =>
      ext.evaluate(async () => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const all = (await (globalThis as any).browser.storage.local.get(null)) as Record<string, { draft?: { body: string } }>;
        return Object.entries(all).find(([k]) => k.startsWith('tcl-draft:') && k.endsWith('/ff-reload'))?.[1].draft?.body ?? null;
      }, null);
    await expect.poll(draft, { timeout: 10_000 }).toBe('Typed in Firefox');
    expect(await tab.hostCount()).toBe(1);
    expect((await tab.lens())!.restored).toBe(false);
    const before = await tab.highlights('tcl-place');

    // Reloaded a moment after the call returns, so the call itself is answered.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await ext.evaluate(() => void setTimeout(() => (globalThis as any).browser.runtime.reload(), 50), null);

    // The new copy's editor is open with the draft; the old copy's panel is gone.
    await tab.waitForLens((s) => s.restored && Object.keys(s.places).length > 0 && s.findings.length === 1, 'the new lens with the draft', 30_000);
    await expect.poll(() => tab.hostCount(), { timeout: 30_000 }).toBe(1);
    expect(await tab.highlights('tcl-place')).toEqual(before);
    await tab.close();
  });
});
