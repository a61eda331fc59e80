/**
 * The under-china rules that need context: a Taiwanese place written next to "China", in a table
 * row whose country cell is China, or under a heading or label that says China — in the DOM, or
 * as plain text reads them (tab-separated rows, "China:" lines, a China block before a list).
 * Only looked at around the places the text pass found, never over the whole page.
 */
import { HAN, LETTER, LOWER, UPPER } from '../text/letters';

const CHINA_WORD = "china|chine|prc|chn|p\\. ?r\\. ?china|p\\. ?r\\. ?c\\.?|people's republic of china";
/**
 * After a place: ", China" / "(China)" / ", PRC" / " (CHN)" / "中國", also past a postal code
 * ("Taichung 40724, P.R. China") or the province PRC addresses give Kinmen and Matsu ("Kinmen,
 * Fujian, China"). Chinese needs punctuation first: 高雄市（中國）, not 台中中國醫藥大學.
 */
const AFTER = new RegExp(`^(?: \\d{3,6})? *(?:(?:, *|\\( *|（ *)(?:fujian(?: province)?, *)?(?:${CHINA_WORD})(?: *[)）])?|[,，(（] *(?:中國|中国)[)）]?)`, 'u');
/** Before a place: "China, " / 中國 right before it / "China's " / "the Chinese city of ". */
const BEFORE = new RegExp(
  `(?:(?:${CHINA_WORD}) *, *|(?:中國|中国) *|china's |chinese (?:city|port|town|county|island|islands|municipality) of )$`,
  'u',
);
const WHOLE_CHINA = new RegExp(
  `^(?:${CHINA_WORD}|pr china|中國|中国|中华人民共和国|中華人民共和國|mainland china|china, people's rep(?:ublic|\\.) of)(?: *\\(.*\\))?$`,
  'u',
);
/**
 * A line that starts with a China label and lists places: "China: Beijing, Shenzhen and Kaohsiung".
 * Items start with a non-space so each split is the only one (no backtracking blow-up).
 */
const LABEL_LINE =
  new RegExp('^\\s*(?:china|prc|people\'s republic of china|中國|中国)\\s*[:：]\\s*(?:[^,;:.，、；：\\s\\u2029][^,;:.，、；：\\u2029]{0,39}?(?:[,，、]|\\s(?:and|&))\\s*)*$', 'u');

// Letter classes as ranges, not \p{L}: compiled on every page (see utils/text/letters.ts).
const LETTER_CHAR = new RegExp(`[${LETTER}]`);
const HAN_CHAR = new RegExp(`[${HAN}]`);
const LOWER_CHAR = new RegExp(`[${LOWER}]`);
const WORD_AFTER = new RegExp(`^ ([${LETTER}]+)`);
const CAPITAL_AFTER = new RegExp(`^ [${UPPER}]`);

export interface Span {
  start: number;
  end: number;
}

/**
 * "Kaohsiung, China" / "Tainan (China)" / "中國高雄": the span of the place with its China part.
 * `folded` is the folded text, `original` the page's (for letter case), [start, end) the place.
 */
export function chinaNextTo(folded: string, original: string, start: number, end: number, nameWords: ReadonlySet<string>): Span | null {
  const after = AFTER.exec(folded.slice(end, end + 40));
  if (after) {
    const stop = end + after[0].length;
    if (!continuesAsName(original, folded, stop, nameWords)) return { start, end: stop };
  }
  const before = BEFORE.exec(folded.slice(Math.max(0, start - 40), start));
  if (before) {
    const from = start - before[0].length;
    if (!LETTER_CHAR.test(folded[from - 1] ?? '') || HAN_CHAR.test(before[0])) return { start: from, end };
  }
  return null;
}

/**
 * The word at `at` goes on as a proper name, so the "China" before it is not the country:
 * "Kaohsiung, China Airlines", "Chinatown", and in capitals "KAOHSIUNG, CHINA STEEL" (the known
 * "China …" names; any capitalized word only counts where the text is not all capitals).
 */
export function continuesAsName(original: string, folded: string, at: number, nameWords: ReadonlySet<string>): boolean {
  if (LETTER_CHAR.test(original.slice(at, at + 1))) return true;
  const word = WORD_AFTER.exec(folded.slice(at, at + 30))?.[1];
  if (!word) return false;
  if (nameWords.has(word)) return true;
  const before = original.slice(Math.max(0, at - 12), at);
  return CAPITAL_AFTER.test(original.slice(at, at + 2)) && LOWER_CHAR.test(before);
}

/** Where the line holding `start` begins (a line break or a block's edge), looking back 200 characters at most. */
function lineStart(original: string, start: number): number {
  const from = Math.max(0, start - 200);
  const head = original.slice(from, start);
  return from + Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\u2029')) + 1;
}

/** The place is an item of a line labelled China ("China: Beijing, Kaohsiung"); only the line before it is read. */
export function labelledChina(original: string, folded: string, start: number): boolean {
  const from = lineStart(original, start);
  // A line that starts further back than we look could not be told from its middle.
  if (from === Math.max(0, start - 200) && from > 0) return false;
  const line = folded.slice(from, start);
  // Folding has made a full-width colon ':'; a line without one skips the pattern.
  return line.includes(':') && LABEL_LINE.test(line);
}

/** A tab-separated row, as a table reads in plain text ("Kaohsiung\tChina\t2009"), with a cell that says China. */
export function tabRowSaysChina(original: string, start: number, end: number): boolean {
  const tail = /^[^\n\u2029]{0,200}/u.exec(original.slice(end))![0];
  const head = original.slice(lineStart(original, start), start);
  if (!head.includes('\t') && !tail.includes('\t')) return false;
  const cells = (head + '\u0000' + tail).split('\t');
  return cells.some((c) => !c.includes('\u0000') && saysChina(c));
}

const SHORT_LINE = new RegExp('^[^.!?。！？]{1,60}$', 'u');

/**
 * In plain text, the place is in a list right after a block that says China (a heading):
 * "China\u2029Beijing\nKaohsiung". A list is a block of several short lines, or a line that is
 * little more than the place; a headline after a "China" tag is neither. `cache` is per scan.
 */
export function textHeadingSaysChina(original: string, start: number, end: number, cache: Map<number, 'list' | 'line' | null>): boolean {
  const blockStart = original.lastIndexOf('\u2029', start) + 1;
  if (blockStart === 0 || start - blockStart > 3000) return false;
  const stop = original.indexOf('\u2029', end);
  const blockEnd = stop < 0 ? Math.min(original.length, end + 3000) : stop;
  let shape = cache.get(blockStart);
  if (shape === undefined) {
    const lines = original.slice(blockStart, blockEnd).split('\n');
    const headingStart = original.lastIndexOf('\u2029', blockStart - 2) + 1;
    const list = lines.length > 1 && lines.every((l) => SHORT_LINE.test(l.trim()));
    shape = !saysChina(original.slice(headingStart, blockStart - 1)) ? null : list ? 'list' : lines.length === 1 ? 'line' : null;
    cache.set(blockStart, shape);
  }
  return shape === 'list' || (shape === 'line' && original.slice(blockStart, blockEnd).trim().length <= end - start + 16);
}

/** The whole of a cell or heading says China ("China", "PRC", "中國", "China (mainland)"). */
export function saysChina(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[:\uFF1A]$/, '').trim();
  return t.length > 0 && t.length < 60 && WHOLE_CHINA.test(t);
}

const TAIWAN_WORDS = new RegExp(
  "^(?:taiwan|taiwan \\(roc\\)|roc \\(taiwan\\)|republic of china \\(taiwan\\)|chinese taipei|台灣|台湾|中華民國|中華台北|中华台北)$",
  'u',
);
export function saysTaiwan(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[:\uFF1A]$/, '');
  return t.length > 0 && t.length < 40 && TAIWAN_WORDS.test(t.split('臺').join('台'));
}

/** A short element that names a country (China or Taiwan) alone: a label heading the group after it. */
export function countryLabel(el: Element): string | null {
  // Items and cells are values of a record or list, not labels of what follows them.
  if (el.children.length > 2 || /^(DD|DT|LI|TD|TH|OPTION|TR)$/.test(el.tagName)) return null;
  const text = el.textContent ?? '';
  if (text.length > 40) return null;
  return saysChina(text) || saysTaiwan(text) ? text : null;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, dt';

/** A heading, or a bold label alone in its block (`<p><strong>China</strong></p>`). */
function headingText(el: Element): string | null {
  if (/^(H[1-6]|DT|CAPTION)$/.test(el.tagName)) return el.textContent ?? '';
  const only = el.children.length === 1 ? el.firstElementChild : null;
  const bold = (e: Element | null) => e && (e.tagName === 'B' || e.tagName === 'STRONG');
  if (bold(el) || (bold(only) && only!.textContent?.trim() === el.textContent?.trim())) return el.textContent ?? '';
  // A plain element that names a country alone ("<div class=…>China</div>") labels the group after it.
  return countryLabel(el);
}

/** The heading an earlier sibling gives what follows it: its own text, or a heading that ends it. */
function siblingHeading(prev: Element): string | null {
  const text = headingText(prev);
  if (text !== null) return text;
  // A section that ends with a heading ("…<h3>China</h3>") heads what follows it.
  const last = prev.lastElementChild;
  return last && last.matches(HEADINGS) ? (last.textContent ?? '') : null;
}

/**
 * The text of the nearest heading before `el` in document order (a few steps up and back at most).
 * `seen` keeps each sibling's answer for one scan: places in neighbouring paragraphs share their
 * walk back, and every step reads the DOM.
 */
export function nearestHeadingText(el: Element, maxSteps = 40, seen?: Map<Element, string | null>): string | null {
  let current: Element | null = el;
  let steps = 0;
  while (current && current.tagName !== 'BODY' && steps < maxSteps) {
    if (current.tagName === 'TABLE') {
      // The table's own children, not a query: a selector search goes through every row.
      let caption: Element | null = null;
      for (const child of current.children) if (child.tagName === 'CAPTION') caption ??= child;
      if (caption) return caption.textContent ?? '';
    }
    if (current.tagName === 'DD') {
      let dt = current.previousElementSibling;
      while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
      if (dt) return dt.textContent ?? '';
    }
    for (let prev = current.previousElementSibling; prev && steps < maxSteps; prev = prev.previousElementSibling) {
      steps++;
      let text = seen?.get(prev);
      if (text === undefined) {
        text = siblingHeading(prev);
        seen?.set(prev, text);
      }
      if (text !== null) return text;
    }
    current = current.parentElement;
    steps++;
  }
  return null;
}

/** Another cell of the place's table row says China. */
export function rowSaysChina(cell: Element): boolean {
  const parent = cell.parentElement;
  const row = parent?.tagName === 'TR' ? parent : cell.closest('tr');
  if (!row) return false;
  // Sibling by sibling: each step of a collection's iterator is two reads through the isolated world.
  for (let other = row.firstElementChild; other; other = other.nextElementSibling) {
    if (other !== cell && saysChina(other.textContent ?? '')) return true;
  }
  return false;
}

/** A cell of a table row (the text's own element): its row is what most often decides. */
export const isCell = (el: Element): boolean => el.tagName === 'TD' || el.tagName === 'TH';

/** What the structure checks remember during one scan (the DOM does not change under it). */
export interface StructureCache {
  /** whether a group (list, table, paragraph) is under a China heading: a 20,000-row list costs one lookup */
  groups: Map<Element, boolean>;
  /** the heading each earlier sibling gives, for the walks back from neighbouring groups */
  siblings: Map<Element, string | null>;
}

export const structureCache = (): StructureCache => ({ groups: new Map(), siblings: new Map() });

/** Whether the place in this text node sits in a China table row or under a China heading. */
export function structurallyUnderChina(node: Node, cache: StructureCache, rowRead = false): boolean {
  const el = node.parentElement;
  if (!el) return false;
  // `rowRead`: the text's own element is a cell whose row was read already (underChinaByStructure).
  const cell = rowRead ? null : el.closest('td, th');
  if (cell && rowSaysChina(cell)) return true;
  const group = el.closest('dd, ul, ol, table') ?? el.closest('p, div, li') ?? el;
  let hit = cache.groups.get(group);
  if (hit === undefined) {
    const text = nearestHeadingText(group, 40, cache.siblings);
    hit = text !== null && saysChina(text);
    cache.groups.set(group, hit);
  }
  return hit;
}
