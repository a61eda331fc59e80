/**
 * One matcher for everything the page is read for: every place spelling, every rule phrase and
 * the China groupings, as three trie-shaped regular expressions over folded text.
 */
import { PLACES, SHARED_NAMES } from '../places/data';
import type { PlaceId } from '../places/ids';
import { fold } from '../text/fold';
import { phraseKey, trieSource } from '../text/trie-regex';
import { NOT_ISSUES, RULES, type Rule } from './rules';
import { LETTER } from '../text/letters';
import { latinWords } from './latin-words';

export type Spelling = 'official' | 'short' | 'old' | 'pinyin' | 'zh';

export type LexiconEntry =
  | { type: 'place'; ids: PlaceId[]; spelling: Spelling; ambiguous: boolean }
  | { type: 'rule'; rule: Rule }
  | { type: 'not-an-issue' };

/** A phrase's entry as plain data, for the matcher compiled at build time. */
export type CompiledEntry = ['n'] | ['r', string] | ['p', PlaceId[], Spelling, boolean];

/**
 * The matcher as plain data: built by the same code at build time (wxt.config.ts injects it as
 * __TCL_MATCHER__, so a page never builds it) or at run time when the user has phrases of their own.
 * Three patterns, each cheap for the engine: the China groupings, Latin phrases (no Unicode
 * property escapes: an ASCII-and-ranges word boundary), Chinese phrases.
 */
export interface CompiledMatcher {
  group: string;
  /** the Latin phrases as one trie, without the word boundaries lexiconFrom puts around it */
  latin: string;
  han: string;
  entries: [string, CompiledEntry][];
}

export interface Lexicon {
  /**
   * `latin` finds the Latin phrases in any case and without word boundaries: one pattern for both
   * passes over a page (engine.ts phraseStarts reads the page's whole text with it, the scan the
   * blocks it walks, through `latinWord`), since the engine's first use of a pattern this size is
   * most of its cost on a page (compiled to bytecode, then to machine code: about 2 ms together).
   */
  patterns: { group: RegExp; latin: RegExp; han: RegExp };
  /** The next Latin phrase in folded text from `from` on, standing as words: see latin-words.ts. */
  latinWord: (folded: string, from: number) => RegExpExecArray | null;
  /**
   * With the patterns, what a text must hold for them to find anything there, whatever separators
   * a text index would put between its blocks (see engine.ts phraseStarts): the Latin and the
   * Chinese words every grouping holds (the Latin phrases themselves are `patterns.latin`).
   */
  anyPhrase: { groupingLatin: RegExp; groupingHan: RegExp };
  entries: Map<string, LexiconEntry>;
  /** the rules it was built for, by id (a rule pack may have changed a shipped one) */
  rules: ReadonlyMap<string, Rule>;
}

const HAN = new RegExp('\\p{Script=Han}', 'u');

/**
 * "China (including mainland, Hong Kong, Macau, Chinese Taipei)": a grouping that puts Taiwan
 * inside China, reported once as a whole.
 */
const GROUPING =
  `(?<![${LETTER}])china ?\\((?:incl\\.?|including|comprising|incl)[^)\\u2029]{0,160}?(?:chinese taipei|taiwan|taipei)[^)\\u2029]{0,80}\\)` +
  '|中[國国] ?[（(](?:包括|含)[^）)\\u2029]{0,60}?(?:台灣|台湾|中華台北|中华台北|港澳台)[^）)\\u2029]{0,40}[）)]';
/** What every GROUPING match holds (folded: 臺 reads as 台), in Latin and in Chinese. */
/**
 * The Latin word of every grouping no phrase starts with: "taipei" (and "chinese taipei") are
 * place spellings, which the Latin pattern finds already (engine.test.ts checks each grouping).
 */
const GROUPING_LATIN = 'taiwan';
const GROUPING_HAN = '台灣|台湾|中華台北|中华台北|港澳台';

function placeEntries(add: (phrase: string, entry: CompiledEntry) => void) {
  for (const p of PLACES) {
    const ambiguous = (name: string) => Boolean(p.lookAlike) || (p.elsewhere?.includes(name) ?? false);
    const entry = (name: string, spelling: Spelling): CompiledEntry => ['p', [p.id], spelling, ambiguous(name)];
    p.official.forEach((name, i) => add(name, entry(name, i === 0 ? 'official' : 'short')));
    for (const name of p.old) add(name, entry(name, 'old'));
    for (const name of p.pinyin) add(name, entry(name, 'pinyin'));
    for (const name of p.zh) add(name, entry(name, 'zh'));
  }
  for (const shared of SHARED_NAMES) {
    for (const name of shared.names) add(name, ['p', shared.ids, 'short', true]);
    for (const name of shared.pinyin) add(name, ['p', shared.ids, 'pinyin', true]);
    for (const name of shared.zh) add(name, ['p', shared.ids, 'zh', true]);
  }
}

export function compileMatcher(rules: readonly Rule[] = RULES): CompiledMatcher {
  const entries = new Map<string, CompiledEntry>();
  const latin: string[] = [];
  const han: string[] = [];
  const add = (phrase: string, entry: CompiledEntry) => {
    const folded = fold(phrase);
    const key = phraseKey(folded);
    // The first wins: not-an-issue over rules over places ("Taipei, China" is the country).
    if (entries.has(key)) return;
    entries.set(key, entry);
    (HAN.test(folded) ? han : latin).push(folded);
  };
  for (const phrase of NOT_ISSUES) add(phrase, ['n']);
  for (const rule of rules) for (const phrase of rule.phrases) add(phrase, ['r', rule.id]);
  placeEntries(add);
  return {
    group: GROUPING,
    latin: trieSource(latin),
    han: trieSource(han),
    entries: [...entries],
  };
}

/** The runtime form of a compiled matcher; `rules` resolves rule ids (the user's own among them). */
export function lexiconFrom(compiled: CompiledMatcher, rules: readonly Rule[] = RULES): Lexicon {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const entries = new Map<string, LexiconEntry>();
  for (const [key, e] of compiled.entries) {
    if (e[0] === 'n') entries.set(key, { type: 'not-an-issue' });
    else if (e[0] === 'r') {
      const rule = byId.get(e[1]);
      if (rule) entries.set(key, { type: 'rule', rule });
    } else entries.set(key, { type: 'place', ids: e[1], spelling: e[2], ambiguous: e[3] });
  }
  // No Latin phrase at all (a pack of Chinese ones): a pattern that never matches, not one matching everywhere.
  const latinSource = compiled.latin || '(?!)';
  const latin = new RegExp(latinSource, 'gi');
  return {
    patterns: { group: new RegExp(compiled.group, 'g'), latin, han: new RegExp(compiled.han, 'g') },
    latinWord: latinWords(latin, latinSource),
    anyPhrase: { groupingLatin: new RegExp(GROUPING_LATIN, 'gi'), groupingHan: new RegExp(GROUPING_HAN, 'g') },
    entries,
    rules: byId,
  };
}

export function buildLexicon(rules: readonly Rule[] = RULES): Lexicon {
  return lexiconFrom(compileMatcher(rules), rules);
}

declare const __TCL_MATCHER__: CompiledMatcher | null | undefined;

/**
 * The shipped matcher as data: compiled at build time into the scripts that carry it, on first use
 * in tests. The content script does not carry it (null there: wxt.config.ts): the background sends
 * it (`getScanMatcher`), so every matched page loads a smaller script.
 */
export function shippedMatcher(): CompiledMatcher {
  if (typeof __TCL_MATCHER__ === 'undefined') return compileMatcher();
  if (__TCL_MATCHER__ === null) throw new Error('This script carries no matcher: pass the lexicon the background sent.');
  return __TCL_MATCHER__;
}

let shared: Lexicon | null = null;
/** The shipped lexicon (see shippedMatcher). */
export function defaultLexicon(): Lexicon {
  shared ??= lexiconFrom(shippedMatcher());
  return shared;
}
