// The same pages in both browsers: Firefox must find exactly the places and findings Chromium finds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumDriver } from '../e2e/drivers/chromium';
import { firefoxDriver } from '../e2e/drivers/firefox';
import type { LensDriver, LensState } from '../e2e/drivers/driver';
import { MEMBERS, openPanel } from '../e2e/scenarios/scenarios';
import { fixtureHost, fixtureHtml, loadSharedFixtures } from '../e2e/shared-fixtures';
import type { Server } from '../e2e/helpers';
// @ts-expect-error plain ESM harness
import { startServer } from '../harness/server.mjs';
// @ts-expect-error plain ESM harness
import { projectRoot } from '../harness/browser.mjs';

// A place of its own at the end of each page: no result counts before it is listed. The lens gives
// no "scan finished" signal, and a rescan may briefly show part of a page's results, so the two
// browsers are read in turn until they agree twice in a row, or the time runs out (then the last
// readings are compared, and their difference is the failure).
const MARKER = '<p>Penghu County sent an observer.</p>';
const withMarker = (html: string) => html.replace('</body>', `${MARKER}</body>`);

const demo = (host: string) => readFileSync(join(projectRoot as string, 'tests', 'fixtures', 'pages', host, 'demo', 'index.html'), 'utf8');
const PAGES: { name: string; host: string; html: string }[] = [
  { name: 'members', host: 'www.iclei.org', html: MEMBERS },
  ...['www.iclei.org', 'citynet-ap.org', 'uclg-aspac.org'].map((host) => ({ name: `demo-${host}`, host, html: demo(host) })),
  ...loadSharedFixtures().map((f) => ({ name: f.name, host: fixtureHost(f), html: fixtureHtml(f) })),
];

const comparable = (s: LensState) => ({
  places: s.places,
  findings: [...s.findings].sort((a, b) => `${a.rule}${a.quote}`.localeCompare(`${b.rule}${b.quote}`)),
});

let server: Server;
let chromium: LensDriver;
let firefox: LensDriver;
beforeAll(async () => {
  server = (await startServer()) as Server;
  chromium = await chromiumDriver(server.port);
  firefox = await firefoxDriver(server.port);
});
afterAll(async () => {
  await firefox?.close();
  await chromium?.close();
  await server?.close();
});

describe('Firefox and Chromium find the same places and findings on the same pages', () => {
  for (const p of PAGES) {
    it(p.name, async () => {
      server.setRoute(p.host, `/compare/${p.name}`, withMarker(p.html));
      const url = `http://${p.host}/compare/${p.name}`;
      const tabs = [await chromium.open(url), await firefox.open(url)] as const;
      // What the panel lists: collapsed, it is only its tab.
      await Promise.all(tabs.map((t) => openPanel(t)));
      const read = async () => Promise.all(tabs.map((t) => t.waitForLens((s) => 'penghu' in s.places, `the scan of ${url}`).then(comparable)));
      const agree = ([a, b]: unknown[]) => JSON.stringify(a) === JSON.stringify(b);
      let last = await read();
      for (let agreed = 0, end = Date.now() + 15_000; agreed < 2 && Date.now() < end; ) {
        agreed = agree(last) ? agreed + 1 : 0;
        if (agreed < 2) last = await read();
      }
      await Promise.all(tabs.map((t) => t.close()));
      const [inChromium, inFirefox] = last;
      expect(inFirefox).toEqual(inChromium);
      // Not an empty agreement: every page has at least the marker.
      expect(Object.keys(inChromium!.places).length).toBeGreaterThan(0);
    });
  }
});
