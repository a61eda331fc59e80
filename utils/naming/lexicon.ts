/**
 * One matcher for everything the page is read for: every place spelling, every rule phrase and
 * the China groupings, compiled once into a single RegExp over folded text.
 */
import { PLACES, SHARED_NAMES } from '../places/data';
import type { PlaceId } from '../places/ids';
import { fold } from '../text/fold';
import { phraseKey, trieSource } from '../text/trie-regex';
import { NOT_ISSUES, RULES, type Rule } from './rules';

export type Spelling = 'official' | 'short' | 'old' | 'pinyin' | 'zh';

export type LexiconEntry =
  | { type: 'place'; ids: PlaceId[]; spelling: Spelling; ambiguous: boolean }
  | { type: 'rule'; rule: Rule }
  | { type: 'not-an-issue' };

export interface Lexicon {
  /** global, sticky-free; run over fold(text) */
  regex: RegExp;
  entries: Map<string, LexiconEntry>;
}

const HAN = /\p{Script=Han}/u;

/**
 * "China (including mainland, Hong Kong, Macau, Chinese Taipei)": a grouping that puts Taiwan
 * inside China, reported once as a whole.
 */
const GROUPING =
  "(?<![\\p{L}])china ?\\((?:incl\\.?|including|comprising|incl)[^)\\u2029]{0,160}?(?:chinese taipei|taiwan|taipei)[^)\\u2029]{0,80}\\)" +
  '|中[國国] ?[（(](?:包括|含)[^）)\\u2029]{0,60}?(?:台灣|台湾|中華台北|中华台北|港澳台)[^）)\\u2029]{0,40}[）)]';

function placeEntries(add: (phrase: string, entry: LexiconEntry) => void) {
  for (const p of PLACES) {
    const ambiguous = (name: string) => Boolean(p.lookAlike) || (p.elsewhere?.includes(name) ?? false);
    const entry = (name: string, spelling: Spelling): LexiconEntry => ({ type: 'place', ids: [p.id], spelling, ambiguous: ambiguous(name) });
    p.official.forEach((name, i) => add(name, entry(name, i === 0 ? 'official' : 'short')));
    for (const name of p.old) add(name, entry(name, 'old'));
    for (const name of p.pinyin) add(name, entry(name, 'pinyin'));
    for (const name of p.zh) add(name, entry(name, 'zh'));
  }
  for (const shared of SHARED_NAMES) {
    for (const name of shared.names) add(name, { type: 'place', ids: shared.ids, spelling: 'short', ambiguous: true });
    for (const name of shared.pinyin) add(name, { type: 'place', ids: shared.ids, spelling: 'pinyin', ambiguous: true });
    for (const name of shared.zh) add(name, { type: 'place', ids: shared.ids, spelling: 'zh', ambiguous: true });
  }
}

export function buildLexicon(rules: readonly Rule[] = RULES): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  const latin: string[] = [];
  const han: string[] = [];
  const add = (phrase: string, entry: LexiconEntry) => {
    const folded = fold(phrase);
    const key = phraseKey(folded);
    // The first wins: not-an-issue over rules over places ("Taipei, China" is the country).
    if (entries.has(key)) return;
    entries.set(key, entry);
    (HAN.test(folded) ? han : latin).push(folded);
  };
  for (const phrase of NOT_ISSUES) add(phrase, { type: 'not-an-issue' });
  for (const rule of rules) for (const phrase of rule.phrases) add(phrase, { type: 'rule', rule });
  placeEntries(add);
  const source =
    `(?<group>${GROUPING})` +
    `|(?<![\\p{L}\\p{N}])(?:${trieSource(latin)})(?![\\p{L}\\p{N}])` +
    `|(?:${trieSource(han)})`;
  return { regex: new RegExp(source, 'gu'), entries };
}

let shared: Lexicon | null = null;
/** Compiled on first use, once per page. */
export function defaultLexicon(): Lexicon {
  shared ??= buildLexicon();
  return shared;
}
