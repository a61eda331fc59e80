import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM harness
import { projectRoot } from '../harness/browser.mjs';

export interface SharedFixture {
  name: string;
  url: string;
  org: 'iclei' | 'citynet' | 'uclg' | 'other';
  text: string;
  expected: {
    taiwan_places: string[];
    naming_issues: { quote: string; kind: string }[];
    optional_issues: string[];
  };
}

export const sharedFixturesDir = join(projectRoot as string, '..', 'shared', 'fixtures');
export const haveSharedFixtures = existsSync(sharedFixturesDir);
if (!haveSharedFixtures) console.warn(`${sharedFixturesDir} absent: skipping real-page baselines`);

export function loadSharedFixtures(): SharedFixture[] {
  if (!haveSharedFixtures) return [];
  return readdirSync(sharedFixturesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(sharedFixturesDir, f), 'utf8')) }));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The excerpt as a page: blank lines separate paragraphs, single line breaks stay breaks. */
export function fixtureHtml(f: SharedFixture): string {
  const paragraphs = f.text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(f.name)}</title></head><body><main>${paragraphs}</main></body></html>`;
}

/** Where to serve a fixture: its organization's own host, others under ICLEI's. */
export function fixtureHost(f: SharedFixture): string {
  if (f.org === 'citynet') return 'citynet-ap.org';
  if (f.org === 'uclg') return 'www.uclg.org';
  if (f.org === 'iclei') return new URL(f.url).hostname.endsWith('iclei.org') ? new URL(f.url).hostname : 'www.iclei.org';
  return 'www.iclei.org';
}

/** Fixture labels name places in English; "Hsinchu"/"Chiayi" alone may be the city or the county. */
export function placeIdsFor(label: string): string[] {
  const id = label.toLowerCase().replace(/ (city|county)$/, '').replace(/\s+/g, '-');
  if (id === 'hsinchu' || id === 'chiayi') return [`${id}-city`, `${id}-county`];
  return [id];
}
