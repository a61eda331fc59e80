import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/naming/lexicon';
import { latinWords, WORDISH } from '@/utils/naming/latin-words';
import { RULES, EXCEPTION_EXAMPLES } from '@/utils/naming/rules';
import { fold } from '@/utils/text/fold';
import type { Case } from './realistic/case';
import { ORGS } from './realistic/orgs';
import { NEWS } from './realistic/news';
import { ZH } from './realistic/zh';
import { MORE } from './realistic/more';
import { PLAIN } from './realistic/plain';
import { INTL } from './realistic/intl';
import { STRUCTURES } from './realistic/structures';

const { latin } = compileMatcher();
/** The pattern the scan used before: the phrases with the word boundaries in it. */
const bounded = new RegExp(`(?<![${WORDISH}])(?:${latin})(?![${WORDISH}])`, 'g');

const all = (find: (text: string, from: number) => RegExpExecArray | null, text: string) => {
  const out: string[] = [];
  for (let m = find(text, 0); m; m = find(text, m.index + m[0].length)) out.push(`${m.index}:${m[0]}`);
  return out;
};
const before = (text: string, from: number) => {
  bounded.lastIndex = from;
  return bounded.exec(text);
};
const now = () => latinWords(new RegExp(latin, 'gi'), latin);

const corpus: Case[] = [...ORGS, ...NEWS, ...ZH, ...MORE, ...PLAIN, ...INTL, ...STRUCTURES];
const texts = [
  ...corpus.map((c) => c.text ?? c.html!.replace(/<[^>]+>/g, ' ')),
  ...RULES.flatMap((r) => [...(r.examples?.produce ?? []), ...(r.examples?.notProduce ?? [])]),
  ...EXCEPTION_EXAMPLES,
];

describe('Latin phrases as words, found with the pattern that finds them anywhere', () => {
  it.each([
    ['a phrase alone', 'Kaohsiung City', ['0:kaohsiung city']],
    ['run on into a word, nothing shorter stands', 'Matsuyama and Matsumoto', []],
    ['run on into a word, a shorter phrase stands', 'taipei cityhall', ['0:taipei']],
    ['after a letter', 'Sri Lanka, ChinaKaohsiung', []],
    ['after a digit, before one', '2Taipei Taipei2 Taipei', ['16:taipei']],
    ['after an accented letter (Latin-1, folded)', 'éTaipei', []],
    ['between punctuation', '(Taipei), "Tainan"', ['1:taipei', '11:tainan']],
    ['a later start inside a word that failed', 'ttaipei taipei', ['8:taipei']],
    ['at the very end and start', 'Yilan', ['0:yilan']],
  ])('%s', (_name, text, want) => {
    const folded = fold(text);
    expect(all(now(), folded)).toEqual(want);
    expect(all(before, folded)).toEqual(want);
  });

  it(`finds what the bounded pattern found, in all ${texts.length} labelled texts and rule examples`, () => {
    const find = now();
    for (const text of texts) expect([text, all(find, fold(text))]).toEqual([text, all(before, fold(text))]);
  });

  it.each([
    ['σπ', 'ςπ a'],
    ['μη', 'µη b'],
    ['taipei', 'taipei σ'],
  ])('a phrase of the user\'s own past ASCII (%s): what the bounded pattern finds, not what ignoring case lets through', (source, text) => {
    const find = latinWords(new RegExp(source, 'gi'), source);
    const exact = new RegExp(`(?<![${WORDISH}])(?:${source})(?![${WORDISH}])`, 'g');
    const old = (t: string, from: number) => {
      exact.lastIndex = from;
      return exact.exec(t);
    };
    expect(all(find, text)).toEqual(all(old, text));
  });

  it('compiles the bounded pattern only for a match that runs on into a word', () => {
    const spy = { count: 0 };
    const Original = RegExp;
    const find = latinWords(new RegExp(latin, 'gi'), latin);
    globalThis.RegExp = new Proxy(Original, { construct: (t, args) => (spy.count++, new t(...(args as [string, string]))) });
    try {
      all(find, fold('Kaohsiung City, Taipei and Sri Lanka'));
      expect(spy.count).toBe(0);
      all(find, fold('Matsuyama'));
      expect(spy.count).toBe(1);
      all(find, fold('Matsumoto'));
      expect(spy.count).toBe(1);
    } finally {
      globalThis.RegExp = Original;
    }
  });
});
