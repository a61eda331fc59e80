// Scenarios written once and run in both browsers (tests/e2e/scenarios.test.ts for Chromium,
// tests/firefox/scenarios.test.ts for Firefox): what a person sees and does, through LensDriver.
import { expect } from 'vitest';
import { pollUntil, type ExtensionTab, type LensDriver, type LensTab } from '../drivers/driver';
import { page as html, type Server } from '../helpers';

export interface Scenario {
  name: string;
  /** Runs only where the driver can do what it needs (e.g. answer a permission prompt). */
  needs?: 'permission-answers';
  run(d: LensDriver, server: Server): Promise<void>;
}

export const MEMBERS = html(
  'Members',
  `<h1>Our members in East Asia</h1>
   <p id="k">Kaohsiung City joined in 2006. Kaohsiung hosts the capacity center. 高雄市 is in the south.</p>
   <p>Taipei City and 台北市 and 臺北市 took part. New Taipei City, then Taipei County, joined in 2008.</p>
   <table><tr><td>Tainan City</td><td>China</td></tr></table>
   <p id="n">The directory lists Chinese Taipei and Taiwan, Province of China.</p>`,
);
export const MEMBERS_PLACES = { kaohsiung: 3, taipei: 3, 'new-taipei': 2, tainan: 1 };
export const MEMBERS_FINDINGS = ['chinese-taipei: Chinese Taipei', 'province-of-china: Taiwan, Province of China', 'under-china: Tainan City'];

const PASSAGE = 'Kaohsiung joined ICLEI in 2006 as the first Taiwanese member';
const ARTICLE = (before = '') =>
  html(
    'Kaohsiung and ICLEI',
    `<p id="intro">${before}The network grew quickly in East Asia.</p><p id="p">${PASSAGE}, and it hosts the capacity center.</p><p id="n">The directory lists Taiwan, Province of China.</p>`,
  );

const kindsAndQuotes = (s: { findings: { kind: string; quote: string }[] }) => s.findings.map((f) => `${f.kind}: ${f.quote}`).sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Opens the panel if it is closed (its open state is remembered per site); collapsed, it lists nothing. */
export async function openPanel(tab: LensTab) {
  if (!(await tab.waitForLens((s) => s.drawn, 'the lens')).open) await tab.clickInLens('.tcl-tab');
  await tab.waitForLens((s) => s.open, 'the panel to open');
}

/** Writes a note on the selection `selector`/`text` and saves it. */
async function noteOnSelection(tab: LensTab, selector: string, text: string | undefined, body: string) {
  await openPanel(tab);
  await tab.select(selector, text);
  await tab.clickInLens('[data-action="note-on-selection"]');
  await tab.typeInLens('.tcl-editor textarea', body);
  await tab.clickInLens('.tcl-editor [data-action="save"]');
  await tab.waitForLens((s) => !s.editor && s.notes.some((n) => n.text.includes(body)), 'the saved note');
}

/** Reports the finding `phrase` in `#n` from its hover card, and saves the concern. */
async function reportConcern(tab: LensTab, phrase: string) {
  await tab.waitForLens((s) => s.findings.some((f) => f.quote === phrase), `the finding “${phrase}”`);
  await tab.hover('#n', phrase);
  await tab.waitForLens((s) => s.card === 'finding', 'the hover card');
  await tab.clickInLens('.tcl-card [data-action="report"]');
  await tab.clickInLens('.tcl-editor [data-action="save"]');
}

export const scenarios: Scenario[] = [
  {
    name: 'the driver reads the lens through a closed shadow root, from a world of its own',
    async run(d, server) {
      // A stand-in with the lens's markup in a closed root, on a site the extension does not run on.
      server.setRoute(
        'example.org',
        '/closed-root',
        html(
          'Closed',
          `<p>Page</p><script>
            const host = document.createElement('taiwan-city-lens');
            host.dataset.org = 'iclei';
            host.attachShadow({ mode: 'closed' }).innerHTML =
              '<div class="tcl-panel" data-open="true"><section class="tcl-places"><ul><li data-place="tainan" data-count="2">Tainan</li></ul></section></div>';
            document.body.append(host);
            // A page script that replaces DOM methods reaches only its own world, not the driver's.
            ShadowRoot.prototype.querySelectorAll = () => { throw new Error('page hook'); };
          </script>`,
        ),
      );
      const tab = await d.open('http://example.org/closed-root');
      const s = await tab.waitForLens(() => true, 'the stand-in');
      expect(s).toMatchObject({ org: 'iclei', open: true, places: { tainan: 2 }, findings: [], notes: [] });
      await tab.close();
    },
  },
  {
    name: 'mounts on the three organizations (http and https) with their data-org, and not on an unrelated site',
    async run(d) {
      // The unrelated page first: the background injects in load order, so once the later
      // organization's pages have the lens, the unrelated one had its chance.
      const unrelated = await d.open('http://example.org/');
      for (const [url, org] of [
        ['http://www.iclei.org/', 'iclei'],
        ['https://kcc.iclei.org/', 'iclei'],
        ['http://citynet-ap.org/', 'citynet'],
        ['https://citynet-ap.org/', 'citynet'],
        ['http://uclg-aspac.org/', 'uclg'],
        ['https://www.uclg.org/', 'uclg'],
      ] as const) {
        const tab = await d.open(url);
        expect((await tab.waitForLens(() => true, `the lens on ${url}`)).org).toBe(org);
        expect(await tab.hostCount()).toBe(1);
        await tab.close();
      }
      expect(await unrelated.hostCount()).toBe(0);
      expect(await unrelated.lens()).toBeNull();
      await unrelated.close();
    },
  },
  {
    name: 'places and findings on a members page, drawn as highlights without changing the page',
    async run(d, server) {
      server.setRoute('www.iclei.org', '/scenario-members', MEMBERS);
      const tab = await d.open('http://www.iclei.org/scenario-members');
      await openPanel(tab);
      const s = await tab.waitForLens((x) => same(x.places, MEMBERS_PLACES) && x.findings.length >= 3, 'places and findings');
      expect(kindsAndQuotes(s)).toEqual(MEMBERS_FINDINGS);
      // The Custom Highlight API draws them (Firefox ≥ 140, Chromium ≥ 105).
      // One range per text: Tainan City, a finding, is marked by its underline alone (one range to paint, not two).
      const placeMarks = await tab.highlights('tcl-place');
      expect(placeMarks.length).toBeGreaterThanOrEqual(8);
      expect(placeMarks).not.toContain('Tainan City');
      expect(await tab.highlights('tcl-critical')).toEqual(expect.arrayContaining(['Taiwan, Province of China']));
      await tab.close();
    },
  },
  {
    name: 'a note on a selection is re-attached after a reload and after a browser restart',
    async run(d, server) {
      server.setRoute('www.iclei.org', '/scenario-note', ARTICLE());
      let tab = await d.open('http://www.iclei.org/scenario-note');
      await noteOnSelection(tab, '#p', PASSAGE, 'Check the membership year with the city.');
      await tab.reload();
      await tab.waitForLens((s) => s.notes.some((n) => !n.orphaned && n.text.includes('Check the membership year')), 'the note after a reload');
      expect(await tab.highlights('tcl-note')).toEqual([PASSAGE]);
      await tab.close();

      await d.restart();
      // The passage moved: the note follows it.
      server.setRoute('www.iclei.org', '/scenario-note', ARTICLE('Update: two new members joined this week. '));
      tab = await d.open('http://www.iclei.org/scenario-note');
      await tab.waitForLens((s) => s.notes.some((n) => !n.orphaned && n.text.includes('Check the membership year')), 'the note after a restart');
      await pollHighlights(tab, 'tcl-note', [PASSAGE]);
      await tab.close();
    },
  },
  {
    name: 'after a toolbar click, a reported naming concern carries a screenshot',
    async run(d, server) {
      server.setRoute('uclg-aspac.org', '/scenario-toolbar', ARTICLE());
      const tab = await d.open('http://uclg-aspac.org/scenario-toolbar');
      await openPanel(tab);
      await tab.waitForLens((s) => s.findings.length > 0, 'a finding');
      await tab.clickToolbarButton();
      await reportConcern(tab, 'Taiwan, Province of China');
      const s = await tab.waitForLens((x) => x.notes.some((n) => n.kind === 'naming-concern' && n.thumb), 'the concern with its screenshot');
      expect(s.notes.find((n) => n.kind === 'naming-concern')!.noScreenshot).toBe(false);
      await tab.close();
    },
  },
  {
    name: 'the popup shows the tab’s organization, its places and findings, and names this browser',
    async run(d, server) {
      server.setRoute('citynet-ap.org', '/scenario-popup', html('Popup', '<p>Taichung City and Kaohsiung City; Taiwan, China.</p>'));
      const tab = await d.open('http://citynet-ap.org/scenario-popup');
      await openPanel(tab);
      await tab.waitForLens((s) => same(s.places, { kaohsiung: 1, taichung: 1 }), 'the places');
      const popup = await d.openExtensionPage(`popup.html?tab=${await tab.tabId()}`);
      await popup.waitFor('[data-org="citynet"]');
      await popup.waitFor('li[data-place="kaohsiung"]');
      expect((await popup.texts('li[data-place]')).length).toBe(2);
      expect(await popup.attribute('[data-findings]', 'data-findings')).toBe('1');
      // Until screenshots are allowed, the popup says which browser asks for what.
      const why = (await popup.texts('.screenshots .hint')).join(' ');
      expect(why).toContain(d.name === 'firefox' ? 'Firefox allows it' : 'Chromium allows it');
      expect(await popup.axeViolations()).toEqual([]);
      await popup.close();
      await tab.close();
    },
  },
  {
    name: 'after a toolbar click, the popup scans a site outside the organizations',
    async run(d, server) {
      server.setRoute('news.example.com', '/scenario-scan', html('News', '<p>The forum listed Kaohsiung, China and Chinese Taipei.</p>'));
      const tab = await d.open('http://news.example.com/scenario-scan');
      // An organization's page opened after it has the lens: this one had its chance and has none.
      const org = await d.open('http://www.iclei.org/');
      await org.waitForLens(() => true, 'the lens on ICLEI');
      await org.close();
      expect(await tab.hostCount()).toBe(0);
      // The toolbar click opens the popup and grants activeTab on the page; the popup shown as a
      // page for that tab stands in for the one the browser opened.
      const tabId = await tab.tabId();
      await tab.clickToolbarButton();
      const popup = await d.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.click('[data-action="scan"]');
      await openPanel(tab);
      const s = await tab.waitForLens((x) => x.findings.length === 2, 'the findings of the scan');
      expect(s.org).toBeNull();
      expect(kindsAndQuotes(s)).toEqual(['chinese-taipei: Chinese Taipei', 'under-china: Kaohsiung, China']);
      await popup.waitFor('[data-findings="2"]');
      await popup.close();
      await tab.close();
    },
  },
  {
    name: 'the dashboard lists the notes and exports them as CSV',
    async run(d, server) {
      server.setRoute('citynet-ap.org', '/scenario-dash', html('CityNet news', '<p id="p">臺中市 hosted the Climate Change Cluster seminar.</p>'));
      const tab = await d.open('http://citynet-ap.org/scenario-dash');
      await noteOnSelection(tab, '#p', undefined, 'Taichung follow-up, "urgent"');
      await tab.close();
      const dash = await d.openExtensionPage('dashboard.html');
      await dash.waitFor('main[data-loaded="true"]');
      await dash.waitFor('table.notes tbody tr');
      expect((await dash.texts('table.notes tbody tr')).some((r) => r.includes('CityNet news'))).toBe(true);
      const csv = await dash.download('[data-action="export-csv"]');
      expect(csv.name).toMatch(/\.csv$/);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = csv.bytes.toString('utf8');
      expect(text).toContain('臺中市 hosted the Climate Change Cluster seminar.');
      expect(text).toContain('"Taichung follow-up, ""urgent"""');
      await dash.close();
    },
  },
  {
    name: 'extra sites: a refused permission is said and adds nothing; a granted one makes the lens run there',
    needs: 'permission-answers',
    async run(d, server) {
      server.setRoute('news.example.com', '/scenario-extra', html('News', '<p>The forum listed Kaohsiung, China and Chinese Taipei.</p>'));
      const dash = await d.openExtensionPage('dashboard.html');
      await dash.waitFor('main[data-loaded="true"]');
      await d.answerPermissionRequests!('refuse');
      await dash.fill('input[name="site"]', 'http://news.example.com');
      await dash.click('[data-action="add-site"]');
      await dash.waitFor('[data-site-refused]');
      expect((await dash.texts('[data-site-refused]'))[0]).toMatch(/did not allow access to http:\/\/news\.example\.com/);
      expect((await dash.texts('.user-settings li')).some((t) => t.includes('news.example.com'))).toBe(false);
      // The extra-sites field and what it says (the rest of the dashboard is its own tests' business).
      expect(await dash.axeViolations(['input[name="site"]', '[data-site-refused]'])).toEqual([]);

      await d.answerPermissionRequests!('grant');
      await dash.click('[data-action="add-site"]');
      await dash.waitFor('.user-settings li:has(button)');
      expect((await dash.texts('.user-settings li')).some((t) => t.includes('http://news.example.com'))).toBe(true);
      expect(await dash.texts('[data-site-refused]')).toEqual([]);

      const tab = await d.open('http://news.example.com/scenario-extra');
      await openPanel(tab);
      const s = await tab.waitForLens((x) => x.findings.length === 2, 'the findings on the extra site');
      expect(kindsAndQuotes(s)).toEqual(['chinese-taipei: Chinese Taipei', 'under-china: Kaohsiung, China']);
      await tab.close();
      await dash.evaluate(() => browser.permissions.remove({ origins: ['http://news.example.com/*'] }), null);
      await dash.close();
    },
  },
  {
    name: 'screenshots: a refusal is said in the popup; once allowed there, a reported concern carries a screenshot',
    needs: 'permission-answers',
    async run(d, server) {
      server.setRoute('www.iclei.org', '/scenario-allow', ARTICLE());
      const tab = await d.open('http://www.iclei.org/scenario-allow');
      await openPanel(tab);
      await tab.waitForLens((s) => s.findings.length > 0, 'a finding');
      const popup = await d.openExtensionPage(`popup.html?tab=${await tab.tabId()}`);
      await popup.waitFor('[data-action="allow-screenshots"]');
      await d.answerPermissionRequests!('refuse');
      await popup.click('[data-action="allow-screenshots"]');
      await popup.waitFor('[data-screenshots-refused]');
      expect((await popup.texts('[data-screenshots-refused]'))[0]).toContain('Firefox did not allow screenshots');
      expect(await popup.axeViolations()).toEqual([]);

      await d.answerPermissionRequests!('grant');
      await popup.click('[data-action="allow-screenshots"]');
      await pollUntilGone(popup, '[data-action="allow-screenshots"]');
      // Back on the page to report (the popup stays open in its own tab).
      await tab.activate();
      await reportConcern(tab, 'Taiwan, Province of China');
      await tab.waitForLens((x) => x.notes.some((n) => n.kind === 'naming-concern' && n.thumb), 'the concern with its screenshot');
      await popup.evaluate(() => browser.permissions.remove({ origins: ['<all_urls>'] }), null);
      await popup.close();
      await tab.close();
    },
  },
];

async function pollHighlights(tab: LensTab, name: string, expected: string[]) {
  expect(await pollUntil(() => tab.highlights(name), (h) => same(h, expected), `highlight ${name}`)).toEqual(expected);
}

async function pollUntilGone(page: ExtensionTab, selector: string) {
  await pollUntil(() => page.texts(selector), (t) => t.length === 0, `${selector} to go`);
}
