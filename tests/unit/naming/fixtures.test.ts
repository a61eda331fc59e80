import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mayMatch, scanText } from '@/utils/naming/engine';
import { textIndexFromString } from '@/utils/dom/text-index';

/** Real-page baselines from ../shared/fixtures (labelled excerpts); skipped when the folder is absent. */
const dir = join(process.cwd(), '..', 'shared', 'fixtures');
const present = existsSync(dir);
if (!present) console.warn(`${dir} absent: skipping real-page baselines`);

interface Fixture {
  text: string;
  expected: { taiwan_places: string[]; naming_issues: { quote: string; kind: string }[]; optional_issues: string[] };
}
const fixtures: [string, Fixture][] = present
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture])
  : [];

const placeIds = (label: string) => {
  const id = label.toLowerCase().replace(/ (city|county)$/, '').replace(/\s+/g, '-');
  return id === 'hsinchu' || id === 'chiayi' ? [`${id}-city`, `${id}-county`] : [id];
};

const tally = { findings: { tp: 0, fp: 0, fn: 0 }, places: { tp: 0, fp: 0, fn: 0 } };

describe.skipIf(!present)('real excerpts', () => {
  it.each(fixtures)('%s', (_name, f) => {
    const { places, findings } = scanText(textIndexFromString(f.text.replace(/\n\s*\n/g, '\u2029')));
    // Labels list each distinct problem once, however often the page repeats it.
    const got = [...new Set(findings.filter((x) => !f.expected.optional_issues.includes(x.quote)).map((x) => `${x.kind}: ${x.quote}`))].sort();
    const want = f.expected.naming_issues.map((x) => `${x.kind}: ${x.quote}`).sort();
    const gotPlaces: string[] = [...new Set(places.flatMap((p) => p.placeIds))].sort();
    const wantPlaces = [...new Set(f.expected.taiwan_places.flatMap(placeIds))].sort();
    for (const [t, g, w] of [[tally.findings, got, want], [tally.places, gotPlaces, wantPlaces]] as const) {
      t.tp += g.filter((x) => w.includes(x)).length;
      t.fp += g.filter((x) => !w.includes(x)).length;
      t.fn += w.filter((x) => !g.includes(x)).length;
    }
    expect(got).toEqual(want);
    expect(gotPlaces).toEqual(wantPlaces);
    // What the scan finds gets past its first read of the text (no walk where nothing may be).
    if (places.length + findings.length > 0) expect(mayMatch(f.text)).toBe(true);
  });

  it('reports precision and recall', () => {
    for (const [name, t] of Object.entries(tally)) {
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
      console.log(`${name}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
    }
    expect(tally.findings.tp + tally.places.tp).toBeGreaterThan(0);
  });
});
