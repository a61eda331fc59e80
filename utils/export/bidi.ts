/**
 * Bidirectional controls (RLO, LRI, …) in a page's title or quote can make text read backwards
 * or out of order ("txt.exe" shown for "exe.txt"). Wherever we show or write text a page gave us,
 * each control is replaced by a visible mark naming it, so the evidence stays honest.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function neutralizeBidi(text: string): string {
  return text.replace(BIDI, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}
