/**
 * Folding for matching: case, full/half width, 臺/台, every kind of space and hyphen. It keeps
 * the string's length and every index, so an offset found in folded text is an offset in the page.
 */
export const BLOCK_SEPARATOR = '\u2029';

const SINGLE: Record<string, string> = {
  '臺': '台',
  '\u3000': ' ',
  '\u00a0': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2212': '-',
  '\ufe63': '-',
  '\uff0d': '-',
};

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c === '\t' || c === '\n' || c === '\r' ? ' ' : c;
  const mapped = SINGLE[c];
  if (mapped) return mapped;
  if (code >= 0xff01 && code <= 0xff5e) return foldChar(String.fromCharCode(code - 0xfee0));
  if (code >= 0x2010 && code <= 0x2015) return '-';
  if (c !== BLOCK_SEPARATOR && /\s/.test(c)) return ' ';
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  // Latin-1 letters with accents: Taiwán, Taïwan, Taipéi read as Taiwan, Taipei. Not pinyin's tone
  // marks (ā, ǐ: Latin Extended), so "Xīnzhú" in a gloss stays a gloss, not a PRC spelling.
  const lowerCode = lower.charCodeAt(0);
  if (lowerCode >= 0xc0 && lowerCode <= 0xff) {
    const base = lower.normalize('NFD')[0]!;
    if (base.charCodeAt(0) < 0x80) return base;
  }
  return lower;
}

const cache = new Map<string, string>();

function foldCached(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    f = foldChar(c);
    cache.set(c, f);
  }
  return f;
}

/**
 * Characters lower-casing leaves as they are but folding may change (one code unit each), as a
 * few wide ranges: a class of many small ones costs the engine ten times as much per character
 * (2 ms against 0.2 on a 200,000-character page). The ranges hold more than folding changes
 * (all of Latin-1, all general punctuation); those fold to themselves (fold.test.ts checks
 * every code unit against foldByCharacter).
 */
const SPECIAL = /[\v\f\u00a0-\u00ff\u02bc\u1680\u2000-\u205f\u2212\u3000\u81fa\ufe63\ufeff\uff01-\uff5e]/g;

/** Character by character: the exact definition, used where lower-casing would change the length. */
function foldSlow(text: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Lowercase ASCII letters, digits and punctuation other than whitespace fold to themselves.
    if (code < 0x80 && !(code >= 65 && code <= 90) && code !== 9 && code !== 10 && code !== 13) continue;
    const c = text[i]!;
    const f = foldCached(c);
    if (f === c) continue;
    out += text.slice(plainFrom, i) + f;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/**
 * The browser's own lower-casing and replacing do the work (no loop over every character in
 * script): a page's first scan runs before its code is optimized. Same result as foldSlow.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // 'İ' and a few others lower-case to two code units: offsets would move, so go character by character.
  if (lower.length !== text.length) return foldSlow(text);
  return lower.replace(/[\t\n\r]/g, ' ').replace(SPECIAL, foldCached);
}

/**
 * Folding but for letter case (the same string as fold where it holds no capital letter): for
 * patterns that ignore case themselves. Lower-casing a page's whole text costs the most of
 * folding where the page has any character past Latin-1 (2 ms on a 200,000-character page).
 */
export function foldButCase(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(SPECIAL, foldCached);
}

export { foldSlow as foldByCharacter };
