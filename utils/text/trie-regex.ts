/**
 * Compiles many phrases into one regular expression shaped like a trie, so matching costs one
 * pass over the text whatever the number of phrases: at each position the engine follows one
 * branch per character instead of trying every phrase.
 */
import { LETTER } from './letters';

const SEP_WORD = '\u0001'; // a space or hyphen between two words: any run of spaces or hyphens
const SEP_OPT = '\u0002'; // a space next to punctuation: optional

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A phrase as trie units: folded characters, with spaces turned into separators. */
function units(folded: string): string[] {
  const out: string[] = [];
  const chars = [...folded.trim()];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === ' ' || c === '-') {
      let j = i;
      while (chars[j + 1] === ' ' || chars[j + 1] === '-') j++;
      const before = chars[i - 1];
      const after = chars[j + 1];
      out.push(isWordChar(before) && isWordChar(after) ? SEP_WORD : SEP_OPT);
      i = j;
    } else {
      // Punctuation may be followed or preceded by spaces in the page even when the phrase has none.
      if (!isWordChar(c) && out.length > 0 && out[out.length - 1] !== SEP_OPT && out[out.length - 1] !== SEP_WORD) out.push(SEP_OPT);
      out.push(c);
      if (!isWordChar(c) && isWordChar(chars[i + 1])) out.push(SEP_OPT);
    }
  }
  return out;
}

/** Punctuation with the spaces around it (letters as ranges: this runs on pages, see utils/text/letters.ts). */
const PUNCTUATION = new RegExp(` ?([^${LETTER}0-9 ]) ?`, 'g');

/** The lookup key of a phrase or of matched text: both normalize to the same string. */
export function phraseKey(folded: string): string {
  return folded
    .trim()
    .replace(/[ \-]+/g, ' ')
    .replace(PUNCTUATION, '$1');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|/]/.test(c) ? '\\' + c : c);

function unitSource(u: string): string {
  if (u === SEP_WORD) return '[ \\-]+';
  if (u === SEP_OPT) return ' *';
  return escapeChar(u);
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([u, child]) => unitSource(u) + emit(child));
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.terminal) return alternation;
  // Greedy optional: the longest phrase wins at a position ("Chinese Taipei" over nothing shorter).
  return branches.length === 1 && branches[0]!.length === 1 ? `${alternation}?` : `(?:${branches.join('|')})?`;
}

/** Regex source matching any of the (already folded) phrases, longest first at each position. */
export function trieSource(foldedPhrases: readonly string[]): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const phrase of foldedPhrases) {
    let node = root;
    for (const u of units(phrase)) {
      let next = node.children.get(u);
      if (!next) {
        next = { children: new Map(), terminal: false };
        node.children.set(u, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  return emit(root);
}
