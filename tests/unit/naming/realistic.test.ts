// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { mayMatch, scanText } from '@/utils/naming/engine';
import { buildTextIndex, textIndexFromString } from '@/utils/dom/text-index';
import { pageContext } from '@/utils/naming/records';
import type { Case } from './realistic/case';
import { ORGS } from './realistic/orgs';
import { NEWS } from './realistic/news';
import { ZH } from './realistic/zh';
import { MORE } from './realistic/more';
import { PLAIN } from './realistic/plain';
import { INTL } from './realistic/intl';
import { STRUCTURES } from './realistic/structures';

/**
 * Realistic excerpts labelled by NAMING.md (./realistic/*.ts): every expected place and finding,
 * nothing more. Precision and recall over the whole corpus are printed at the end.
 */
const CORPUS: Case[] = [...ORGS, ...NEWS, ...ZH, ...MORE, ...PLAIN, ...INTL, ...STRUCTURES];

function scan(c: Case) {
  if (c.html === undefined) return scanText(textIndexFromString(c.text!.replace(/\n\s*\n/g, '\u2029')), { pageContext: c.title ?? '' });
  document.title = c.title ?? '';
  document.body.innerHTML = c.html;
  return scanText(buildTextIndex(document.body), { pageContext: pageContext(document) });
}

const tally = { findings: { tp: 0, fp: 0, fn: 0 }, places: { tp: 0, fp: 0, fn: 0 } };

describe('realistic excerpts', () => {
  it('has unique ids and at least 60 cases', () => {
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CORPUS.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const { places, findings } = scan(c);
    const optional = c.optional ?? [];
    const got = [...new Set(findings.filter((f) => !optional.includes(f.quote)).map((f) => `${f.kind}: ${f.quote}`))].sort();
    const want = [...new Set(c.findings)].sort();
    const gotPlaces: string[] = [...new Set(places.flatMap((p) => p.placeIds))].sort();
    const wantPlaces: string[] = [...new Set(c.places)].sort();
    for (const [t, g, w] of [[tally.findings, got, want], [tally.places, gotPlaces, wantPlaces]] as const) {
      t.tp += g.filter((x) => w.includes(x)).length;
      t.fp += g.filter((x) => !w.includes(x)).length;
      t.fn += w.filter((x) => !g.includes(x)).length;
    }
    expect({ findings: got, places: gotPlaces }).toEqual({ findings: want, places: wantPlaces });
    // The scan first reads the page's text as the browser gives it: what it finds must get past that read.
    const raw = c.html === undefined ? c.text! : document.body.textContent!;
    if (findings.length + places.length > 0) expect(mayMatch(raw)).toBe(true);
  });

  afterAll(() => {
    for (const [name, t] of Object.entries(tally)) {
      const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
      const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
      console.log(`realistic ${name}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}; ${CORPUS.length} excerpts)`);
    }
  });
});
