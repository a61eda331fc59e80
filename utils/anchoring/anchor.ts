/**
 * Finds a stored passage again in the page's text, as the Hypothesis client does: the stored
 * position if the quote is still there, else the quote's occurrence whose context fits best, else
 * an approximate match for small edits. When the evidence is weak or ambiguous the note is
 * orphaned: a note on the wrong passage is worse than a note shown apart.
 */
import search from 'approx-string-match';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../db/types';

export type AnchorMethod = 'position' | 'quote' | 'approximate';
export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Short quotes are too common to place approximately. */
const MIN_APPROX_LENGTH = 12;
const CONTEXT_PROBE = 12;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** 0..2: how well the text around [start, end) agrees with the stored prefix and suffix. */
function contextScore(text: string, start: number, end: number, q: TextQuoteSelector): number {
  const side = (stored: string, actual: string, common: (a: string, b: string) => number, near: (s: string) => string) => {
    if (stored.length === 0) return actual.length === 0 ? 1 : 0.5;
    const exact = common(stored, actual) / stored.length;
    // An edit inside the context: the stored context near the quote still shows up close by.
    const probe = near(stored);
    return Math.max(exact, probe.length >= 4 && actual.includes(probe) ? 0.75 : 0);
  };
  const before = text.slice(Math.max(0, start - q.prefix.length - 8), start);
  const after = text.slice(end, end + q.suffix.length + 8);
  return (
    side(q.prefix, before, commonSuffix, (s) => s.slice(-CONTEXT_PROBE)) +
    side(q.suffix, after, commonPrefix, (s) => s.slice(0, CONTEXT_PROBE))
  );
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

/** The best candidate, if it is good enough and clearly better than the runner-up. */
function decide(candidates: Candidate[], minScore: number): Candidate | null {
  // Overlapping candidates are one place found several ways (approximate matching ends at each
  // position): keep the best of each.
  const distinct: Candidate[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.end - a.start - (b.end - b.start))) {
    if (!distinct.some((d) => c.start < d.end && d.start < c.end)) distinct.push(c);
  }
  const [best, second] = distinct;
  if (!best || best.score < minScore) return null;
  if (second && best.score - second.score < 0.25) return null;
  return best;
}

export function anchor(text: string, selectors: readonly Selector[]): Anchored | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || quote.exact.length === 0) return null;
  const { exact } = quote;

  if (position && text.slice(position.start, position.end) === exact) {
    // The same text at the same place, with its context: the passage did not move.
    if (contextScore(text, position.start, position.end, quote) >= 1) return { start: position.start, end: position.end, method: 'position' };
  }

  const exactHits = occurrences(text, exact).map((start) => ({ start, end: start + exact.length, score: contextScore(text, start, start + exact.length, quote) }));
  if (exactHits.length > 0) {
    // A lone long quote is evidence enough; a short or repeated one needs its context.
    const minScore = exactHits.length === 1 && exact.length >= 32 ? 0.5 : 1;
    const best = decide(exactHits, minScore);
    return best ? { start: best.start, end: best.end, method: 'quote' } : null;
  }

  if (exact.length < MIN_APPROX_LENGTH) return null;
  const maxErrors = Math.min(32, Math.floor(exact.length / 10));
  if (maxErrors === 0) return null;
  const approx = search(text, exact, maxErrors).map((m) => ({
    start: m.start,
    end: m.end,
    // Each error costs; context must still agree.
    score: contextScore(text, m.start, m.end, quote) - m.errors / Math.max(1, maxErrors),
  }));
  const best = decide(approx, 0.75);
  return best ? { start: best.start, end: best.end, method: 'approximate' } : null;
}
