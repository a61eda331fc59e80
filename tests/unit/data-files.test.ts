import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataFile, forScan, withoutExamples } from '@/utils/data-files';

/** The build checks every data file (wxt.config.ts); these are the checks it runs. */
const root = new URL('../../', import.meta.url);
const dataFiles = ['utils/naming/rules', 'utils/naming', 'utils/places', 'utils/orgs'].flatMap((dir) =>
  readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`),
);

describe('data files', () => {
  it.each(dataFiles)('%s has a schema and passes it', (path) => {
    expect(checkDataFile(`/x/${path}`, JSON.parse(readFileSync(new URL(path, root), 'utf8')))).toMatchObject({ ok: true });
  });
  it('a wrong file is refused with the field named', () => {
    const rule = JSON.parse(readFileSync(new URL('utils/naming/rules/chinese-taipei.json', root), 'utf8'));
    expect(checkDataFile('/x/utils/naming/rules/chinese-taipei.json', { ...rule, severity: 'extreme' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^severity: /),
    });
    expect(checkDataFile('/x/package.json', {})).toBeNull();
  });
  it('the content script gets the data without what is there for review', () => {
    expect(withoutExamples({ a: [{ examples: [1], why: 'w', source: 's', b: 2 }], examples: {} })).toEqual({ a: [{ b: 2 }] });
  });
});

describe('the data the content script’s scan reads', () => {
  const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
  it('keeps of a place its display names and where a look-alike’s namesake lies: its spellings are in the compiled matcher', () => {
    const file = checkDataFile('/x/utils/places/places.json', read('utils/places/places.json'));
    const scan = forScan('/x/utils/places/places.json', file?.ok ? file.value : null) as { places: Record<string, unknown>[]; shared: unknown[] };
    expect(scan.shared).toEqual([]);
    for (const place of scan.places) expect(Object.keys(place).every((k) => ['id', 'names', 'namesake', 'homeArea'].includes(k)), String(place.id)).toBe(true);
    expect(scan.places.find((p) => p.id === 'new-taipei')).toMatchObject({ names: { en: 'New Taipei City' }, namesake: expect.arrayContaining(['Jiangsu']) });
  });
  it('keeps of a rule everything but its phrases, examples and explanation (the panel’s script shows that)', () => {
    const rule = read('utils/naming/rules/chinese-taipei.json');
    const { phrases: _phrases, examples: _examples, explanation: _explanation, ...rest } = rule;
    expect(forScan('/x/utils/naming/rules/chinese-taipei.json', rule)).toEqual({ ...rest, phrases: [] });
  });
  it('keeps of an organization what tells its site (the panel’s script names it), and of the right names the “China …” ones', () => {
    const orgs = checkDataFile('/x/utils/orgs/orgs.json', read('utils/orgs/orgs.json'));
    const scan = forScan('/x/utils/orgs/orgs.json', orgs?.ok ? orgs.value : null) as Record<string, unknown>[];
    expect(scan.map((o) => Object.keys(o))).toEqual(scan.map(() => ['id', 'domains']));
    expect(scan.find((o) => o.id === 'iclei')?.domains).toContainEqual({ domain: 'iclei.org' });
    const exceptions = checkDataFile('/x/utils/naming/exceptions.json', read('utils/naming/exceptions.json'));
    const full = (exceptions?.ok ? exceptions.value : null) as { notIssues: string[]; modifiedNouns: string[] };
    const kept = forScan('/x/utils/naming/exceptions.json', full) as typeof full;
    expect(kept.notIssues).toEqual(full.notIssues.filter((n) => n.startsWith('China ')));
    expect(kept.notIssues).toContain('China Airlines');
    expect(kept.modifiedNouns).toEqual(full.modifiedNouns);
  });
  it('keeps the other files whole, without what is there for review', () => {
    expect(forScan('/x/utils/orgs/context.json', [{ id: 'a', examples: {} }])).toEqual([{ id: 'a' }]);
  });
});
