// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createLensResults } from '@/utils/page/lens-results';
import type { Located } from '@/utils/page/live-scan';
import type { FindingItem, PlaceItem } from '@/utils/page/lens-controller';
import type { Dismissal, Severity } from '@/utils/db/types';
import type { PlaceId } from '@/utils/places/ids';

const URL = 'https://www.iclei.org/members';

/** A fake highlighter: what each name draws, as the ranges' text, and how it got there. */
function recorder() {
  const drawn: Record<string, AbstractRange[]> = {};
  const calls: string[] = [];
  /** names the page took out of its registry */
  const taken = new Set<string>();
  return {
    drawn,
    calls,
    taken,
    holds: (name: string) => (drawn[name]?.length ?? 0) > 0 && !taken.has(name),
    // A highlight is a set: its ranges in no order.
    text: () => Object.fromEntries(Object.entries(drawn).filter(([, r]) => r.length > 0).map(([n, r]) => [n, r.map((x) => (x as Range).toString()).sort()])),
    set: (name: string, ranges: readonly AbstractRange[]) => {
      calls.push(`set ${name} ${ranges.length}`);
      taken.delete(name);
      drawn[name] = [...ranges];
    },
    add: (name: string, ranges: readonly AbstractRange[]) => {
      calls.push(`add ${name} ${ranges.length}`);
      drawn[name] = [...(drawn[name] ?? []), ...ranges];
    },
  };
}

const rangeOf = (el: Element, text: string) => {
  const node = el.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
};

/** A directory's rows: a Taiwanese city (a place) and, in some, the city under China (a finding over the name). */
function rows(from: number, to: number, severityOf: (i: number) => Severity | null, before: Element | null = null) {
  const places: Located<PlaceItem>[] = [];
  const findings: Located<FindingItem>[] = [];
  const tbody = document.createElement('tbody');
  for (let i = from; i < to; i++) {
    const tr = tbody.insertRow();
    const cell = tr.insertCell();
    const city = i % 2 ? 'Kaohsiung' : 'Taichung';
    cell.textContent = `${city} City`;
    tr.insertCell().textContent = 'China';
    const id = (i % 2 ? 'kaohsiung' : 'taichung') as PlaceId;
    places.push({ item: { placeIds: [id], start: 0, end: city.length, quote: city }, range: rangeOf(cell, city) });
    const severity = severityOf(i);
    if (severity) {
      const quote = `${city} City`;
      const item = {
        ruleId: 'listed-under-china', kind: 'sovereignty', severity, quote, start: 0, end: quote.length, placeIds: [id], confidence: 0.9,
        explanation: { en: 'e', 'zh-TW': 'e' }, suggestion: { en: 's', 'zh-TW': 's' },
      } satisfies FindingItem;
      findings.push({ item, range: rangeOf(cell, quote) });
    }
  }
  document.querySelector('table')!.insertBefore(tbody, before);
  return { places, findings, tbody };
}

const severities: Severity[] = ['low', 'high', 'medium', 'critical'];
const dismissal: Dismissal = { id: 'd1', ruleId: 'listed-under-china', quote: 'taichung city', url: URL, createdAt: 1, updatedAt: 1 } as Dismissal;

function setup() {
  const highlighter = recorder();
  const results = createLensResults<PlaceItem, FindingItem>({ win: window, lang: 'en', pageUrl: () => URL, highlighter });
  return { highlighter, results };
}

describe('the lens’s results', () => {
  it.each([
    ['no dismissals', [] as Dismissal[]],
    ['a dismissal on this page', [dismissal]],
  ])('results added in batches, at the end or in the middle, show what one drawing of all of them shows (%s)', (_, dismissals) => {
    document.body.innerHTML = '<table></table>';
    const a = rows(0, 12, (i) => (i % 3 ? severities[i % 4]! : null));
    const c = rows(20, 26, (i) => (i % 2 ? 'low' : null));
    // The page's next rows go in between (a table's body added before its last one).
    const b = rows(12, 20, (i) => (i % 5 ? null : 'critical'), c.tbody);
    const inPageOrder = { places: [...a.places, ...b.places, ...c.places], findings: [...a.findings, ...b.findings, ...c.findings] };
    const byParts = setup();
    byParts.results.replace(a, dismissals);
    byParts.results.add({ places: [...a.places, ...c.places], findings: [...a.findings, ...c.findings] }, c, dismissals);
    byParts.results.add(inPageOrder, b, dismissals);
    const whole = setup();
    whole.results.replace(inPageOrder, dismissals);

    const x = byParts.results;
    const y = whole.results;
    const withoutKey = (views: readonly { key: string }[]) => views.map(({ key: _, ...v }) => v);
    expect(withoutKey(x.views)).toEqual(withoutKey(y.views));
    expect(new Set(x.views.map((v) => v.key)).size).toBe(x.views.length);
    expect(x.items).toEqual(y.items);
    expect(byParts.highlighter.text()).toEqual(whole.highlighter.text());
    expect(x.tally.counts()).toEqual(y.tally.counts());
    expect(x.tally.groups()).toEqual(y.tally.groups());
    expect(x.placeCounts((id) => id)).toEqual(y.placeCounts((id) => id));
    expect(new Set(x.placeIndex.keys())).toEqual(new Set(y.placeIndex.keys()));
    expect(new Set(x.findingIndex.keys())).toEqual(new Set(y.findingIndex.keys()));
    // The batches after the first only added their own ranges: each highlight was set once at most.
    const sets = byParts.highlighter.calls.filter((call) => call.startsWith('set')).map((call) => call.split(' ')[1]);
    expect(new Set(sets).size).toBe(sets.length);
    expect(byParts.highlighter.calls.filter((call) => call.startsWith('add'))).not.toHaveLength(0);
  });

  it('sets a highlight again only when its ranges changed, or the page took it out of its registry', () => {
    document.body.innerHTML = '<table></table>';
    const { highlighter, results } = setup();
    const batch = rows(0, 4, (i) => (i % 2 ? 'high' : 'low'));
    results.replace(batch, []);
    const first = highlighter.calls.length;
    expect(first).toBeGreaterThan(0);
    results.replace(batch, []);
    expect(highlighter.calls.slice(first)).toEqual([]);
    highlighter.taken.add('tcl-high');
    results.replace(batch, []);
    expect(highlighter.calls.slice(first)).toEqual(['set tcl-high 2']);
    // A dismissal changes what is drawn: those highlights are set again.
    results.replace(batch, [dismissal]);
    expect(highlighter.calls.slice(first + 1).sort()).toEqual(['set tcl-low 0', 'set tcl-place 2']);
  });

  it('draws a place only where no open finding covers it, and a dismissed finding not at all', () => {
    document.body.innerHTML = '<table></table>';
    const { highlighter, results } = setup();
    results.replace(rows(0, 2, () => 'high'), [dismissal]);
    // Row 0 (Taichung, dismissed): its place drawn, the finding not. Row 1 (Kaohsiung): the finding alone.
    expect(highlighter.text()).toEqual({ 'tcl-high': ['Kaohsiung City'], 'tcl-place': ['Taichung'] });
    expect(results.tally.counts()).toEqual({ open: 1, dismissed: 1, worst: 'high' });
    expect(results.views.map((v) => [v.quote, v.dismissed])).toEqual([['Taichung City', 'page'], ['Kaohsiung City', null]]);
  });

  it('keeps a finding’s key when it is drawn again, and gives new findings new keys', () => {
    document.body.innerHTML = '<table></table>';
    const { results } = setup();
    const first = rows(0, 2, () => 'low');
    results.replace(first, []);
    const keys = results.views.map((v) => v.key);
    const more = rows(2, 3, () => 'low');
    results.add({ places: [...first.places, ...more.places], findings: [...first.findings, ...more.findings] }, more, []);
    results.replace({ places: results.places.slice(), findings: results.findings.slice() }, []);
    expect(results.views.slice(0, 2).map((v) => v.key)).toEqual(keys);
    expect(new Set(results.views.map((v) => v.key)).size).toBe(3);
  });
});
