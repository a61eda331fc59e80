/**
 * Where a finding sits, in words a person checks it by: the table row, or the heading its list or
 * paragraph sits under, or the sentence around it; and, for a place listed under China by the
 * page's structure (not its words), what makes it so.
 */
import { nearestHeadingText, saysChina } from '../naming/structure';

export interface FindingContext {
  /** 'row': a table row; 'heading': under a heading; 'text': the words around it */
  where: 'row' | 'heading' | 'text';
  /** the row's cells (" | "), the heading, or the sentence, shortened */
  text: string;
  /** a structural finding: the cell or heading that says China */
  china: string | null;
}

const MAX = 140;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const shorten = (s: string, max = MAX) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The words around `quote` in its block, cut at sentence ends where possible. */
function around(block: string, quote: string): string {
  const text = squash(block);
  const at = text.indexOf(quote);
  if (at < 0 || text.length <= MAX) return shorten(text);
  const from = Math.max(0, at - 60);
  const to = Math.min(text.length, at + quote.length + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

export function findingContext(range: Range, quote: string): FindingContext {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return { where: 'text', text: quote, china: null };
  const row = el.closest('tr');
  if (row) {
    const cells = [...row.children].map((c) => squash(c.textContent ?? ''));
    const own = el.closest('td, th');
    const china = [...row.children].find((c) => c !== own && saysChina(c.textContent ?? ''));
    return { where: 'row', text: shorten(cells.join(' | ')), china: china ? squash(china.textContent ?? '') : null };
  }
  const block = el.closest('li, p, dd, td, blockquote, div, section, article') ?? el;
  // A list item sits under the heading before its list; a paragraph only under a China heading right
  // before it (under any other, its own words say more).
  const listed = block.tagName === 'LI' || block.tagName === 'DD';
  const prev = block.previousElementSibling;
  const headingBefore = prev && /^H[1-6]$/.test(prev.tagName) && saysChina(prev.textContent ?? '') ? (prev.textContent ?? '') : null;
  const heading = listed ? nearestHeadingText(block) : headingBefore;
  if (heading !== null) {
    const h = squash(heading);
    return { where: 'heading', text: shorten(h), china: saysChina(h) ? h : null };
  }
  return { where: 'text', text: around(block.textContent ?? '', quote), china: null };
}
