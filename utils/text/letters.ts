/**
 * Letter classes for the per-match checks' regular expressions, as explicit ranges (the contents
 * of a `[...]` class). `\p{L}` is some 650 ranges: every pattern holding it costs V8 ~0.5 ms to
 * compile, paid again on each page the lens loads on (a 30 KB article spent most of its scan
 * compiling about twenty of them); these compile in ~0.05 ms. They cover the scripts the
 * organizations' pages are written in (Latin with its extensions, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic, Indic, Thai, Georgian, Hangul, kana, CJK, full-width Latin); a letter of another
 * script reads as punctuation. Used with the `u` flag or without: all are in the BMP.
 */
export const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u0370-\\u0373\\u0376-\\u03ff' +
  '\\u0400-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0561-\\u0587\\u05d0-\\u05ea\\u0620-\\u064a\\u0671-\\u06d3' +
  '\\u0904-\\u0939\\u0e01-\\u0e30\\u10a0-\\u10ff\\u1100-\\u11ff\\u1e00-\\u1fbc\\u3005-\\u3006\\u3041-\\u3096' +
  '\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uff9f';
/** Upper-case letters of Latin (with Latin-1's accents), Greek and Cyrillic. */
export const UPPER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0391-\\u03a9\\u0410-\\u042f';
/** Lower-case letters of Latin (with Latin-1's accents), Greek and Cyrillic. */
export const LOWER = 'a-z\\u00b5\\u00df-\\u00f6\\u00f8-\\u00ff\\u03ac-\\u03ce\\u0430-\\u045f';
/** Han characters in the BMP: radicals, ideographs, their extension A and compatibility forms. */
export const HAN = '\\u2e80-\\u2e99\\u2e9b-\\u2ef3\\u2f00-\\u2fd5\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
