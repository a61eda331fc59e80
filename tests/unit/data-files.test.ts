import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataFile, withoutExamples } from '@/utils/data-files';

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
