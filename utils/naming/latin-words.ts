/**
 * Latin phrases standing as words, found with the pattern that finds them anywhere. The page's
 * whole text is read with the pattern without word boundaries (two elements' texts run together
 * there: see engine.ts phraseStarts); the scan then asks for the same phrases as words. A second
 * pattern with the boundaries in it would cost the engine as much again to compile, on every page
 * with a place, so the boundaries are checked here, and that pattern is compiled only for a match
 * that runs on into a word ("Matsuyama" holds Matsu), where a shorter phrase may still stand.
 */

/** Letters and digits a Latin phrase may not touch: Latin (with accents), Greek, Cyrillic, Han. */
export const WORDISH = 'a-z0-9\\u00c0-\\u024f\\u0370-\\u04ff\\u3400-\\u9fff\\uf900-\\ufaff';

/** Any code unit past ASCII. */
const NON_ASCII = /[^\0-\x7f]/;
/** One code unit of WORDISH (folded text has no capitals). */
const WORDISH_UNIT = new RegExp(`[${WORDISH}]`);

/**
 * What `(?<![WORDISH])(?:source)(?![WORDISH])` finds in folded text from `from` on (lower case:
 * `anywhere` ignores case, the boundaries need none), using `anywhere` (the same source, flags
 * 'gi'). At the leftmost place where any phrase starts: none stands there if a letter comes before
 * it; its first choice stands if none comes after it (and it is ASCII); else the pattern with
 * boundaries decides there (only there: it is sticky).
 */
export function latinWords(anywhere: RegExp, source: string): (folded: string, from: number) => RegExpExecArray | null {
  let bounded: RegExp | null = null;
  return (folded, from) => {
    for (let pos = from; ; ) {
      anywhere.lastIndex = pos;
      const m = anywhere.exec(folded);
      anywhere.lastIndex = 0;
      if (!m) return null;
      const start = m.index;
      const end = start + m[0].length;
      if (start > 0 && WORDISH_UNIT.test(folded[start - 1]!)) {
        pos = start + 1;
        continue;
      }
      // Past ASCII, ignoring case makes a few letters folding keeps apart the same (ς and σ, µ and
      // μ; a phrase of the user's own may hold them): there the pattern without it decides.
      if ((end >= folded.length || !WORDISH_UNIT.test(folded[end]!)) && !NON_ASCII.test(m[0])) return m;
      bounded ??= new RegExp(`(?<![${WORDISH}])(?:${source})(?![${WORDISH}])`, 'y');
      bounded.lastIndex = start;
      const shorter = bounded.exec(folded);
      if (shorter) return shorter;
      pos = start + 1;
    }
  };
}
