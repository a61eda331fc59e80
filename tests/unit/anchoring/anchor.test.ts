import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor } from '@/utils/anchoring/anchor';
import { describeRange } from '@/utils/anchoring/describe';

const BASE =
  'ICLEI East Asia Secretariat opened in Seoul at the end of 2012, covering Korea, China, Japan, Taiwan and Mongolia. ' +
  'Kaohsiung has been registered under Chinese Taipei in ICLEI and other organizations since it joined. ' +
  'The Kaohsiung Capacity Center was opened in April 2012 and is hosted by the city government. ' +
  'Taoyuan chairs the EcoLogistics Community and hosted its office from March 2020.';

function noteOn(text: string, passage: string) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`passage not in text: ${passage}`);
  return { selectors: describeRange(text, start, start + passage.length), passage };
}

describe('anchor', () => {
  const passage = 'registered under Chinese Taipei in ICLEI';
  const { selectors } = noteOn(BASE, passage);

  it.each([
    ['unchanged', BASE, 'position', passage],
    ['text inserted before', 'BREAKING: new members announced today. ' + BASE, 'quote', passage],
    ['edited by a few characters', BASE.replace(passage, 'registred under Chinese-Taipei in ICLEI'), 'approximate', 'registred under Chinese-Taipei in ICLEI'],
  ])('%s: placed by %s', (_case, text, method, expected) => {
    const found = anchor(text, selectors);
    expect(found?.method).toBe(method);
    expect(text.slice(found!.start, found!.end)).toBe(expected);
  });

  it.each([
    ['removed', BASE.replace(passage, 'listed as Taiwan in ICLEI')],
    ['rewritten', BASE.replace(passage, 'now shown as Kaohsiung, Taiwan')],
    ['empty page', ''],
  ])('%s: orphaned', (_case, text) => {
    expect(anchor(text, selectors)).toBeNull();
  });

  it('chooses the duplicate whose context fits', () => {
    const short = noteOn(BASE, 'Chinese Taipei');
    const moved = 'Members list Chinese Taipei as a region. ' + BASE;
    const found = anchor(moved, short.selectors)!;
    expect(found.start).toBe(moved.indexOf('registered under Chinese Taipei') + 'registered under '.length);
  });

  it('orphans a short quote whose own occurrence is gone and another remains elsewhere', () => {
    const short = noteOn(BASE, 'Chinese Taipei');
    const changed = BASE.replace('registered under Chinese Taipei', 'registered under Taiwan') + ' A footnote says Chinese Taipei too.';
    expect(anchor(changed, short.selectors)).toBeNull();
  });
});

/**
 * A corpus of page edits on real excerpts: for each text, a passage per sentence, and five edits.
 * Every result must be the right place or an orphan; the rates are printed.
 */
describe('edit corpus', () => {
  const dir = join(process.cwd(), '..', 'shared', 'fixtures');
  const texts = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string }).text)
    : [BASE];
  if (!existsSync(dir)) console.warn(`${dir} absent: edit corpus runs on the built-in text only`);

  const edits: [string, (text: string, passage: string) => { text: string; expected: string | null }][] = [
    ['inserted before', (t, p) => ({ text: 'Update: this page was revised.\n' + t, expected: p })],
    ['small edit', (t, p) => {
      const i = Math.floor(p.length / 2);
      const edited = p.slice(0, i) + (p[i] === 'x' ? 'y' : 'x') + p.slice(i + 1);
      return { text: t.replace(p, edited), expected: p.length >= 12 ? edited : null };
    }],
    ['duplicated elsewhere', (t, p) => ({ text: t + '\n' + p, expected: p })],
    ['removed', (t, p) => ({ text: t.replace(p, ''), expected: null })],
    ['whitespace changed', (t, p) => ({ text: 'Note. ' + t, expected: p })],
  ];

  it('never places a note on the wrong passage', () => {
    const counts = { correct: 0, orphaned: 0, wrong: 0, total: 0 };
    const wrong: string[] = [];
    for (const text of texts) {
      const sentences = text.split(/(?<=[.。])\s+/).map((s) => s.trim()).filter((s) => s.length >= 20 && text.indexOf(s) === text.lastIndexOf(s));
      for (const sentence of sentences) {
        const passage = sentence.slice(0, 60);
        const { selectors } = noteOn(text, passage);
        for (const [name, edit] of edits) {
          const { text: changed, expected } = edit(text, passage);
          const found = anchor(changed, selectors);
          counts.total++;
          if (!found) counts.orphaned++;
          else if (expected !== null && changed.slice(found.start, found.end) === expected && (name !== 'duplicated elsewhere' || found.start < text.length + 40))
            counts.correct++;
          else {
            counts.wrong++;
            wrong.push(`${name}: ${passage}`);
          }
        }
      }
    }
    console.log(
      `anchoring corpus: ${counts.total} cases, ${counts.correct} placed correctly (${((100 * counts.correct) / counts.total).toFixed(1)}%), ` +
        `${counts.orphaned} orphaned, ${counts.wrong} wrong`,
    );
    expect(wrong).toEqual([]);
    expect(counts.correct).toBeGreaterThan(counts.total / 2);
  });
});
