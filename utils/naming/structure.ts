/**
 * The under-china rules that need context: a Taiwanese place written next to "China", in a table
 * row whose country cell is China, or under a heading that says China. Only looked at around the
 * places the text pass found, never over the whole page.
 */
const CHINA_WORD = "china|prc|p\\. ?r\\. ?china|p\\. ?r\\. ?c\\.?|people's republic of china";
/** After a place: ", China" / "(China)" / ", PRC" / "中國". */
const AFTER = new RegExp(`^ *(?:(?:, *|\\( *|（ *)(?:${CHINA_WORD})(?: *[)）])?|[,，(（]? *(?:中國|中国)[)）]?)`, 'u');
/** Before a place: "China, " or 中國 written right before it. */
const BEFORE = new RegExp(`(?:(?:${CHINA_WORD}) *, *|(?:中國|中国) *)$`, 'u');
const WHOLE_CHINA = new RegExp(`^(?:${CHINA_WORD}|中國|中国|中华人民共和国|中華人民共和國|mainland china)(?: *\\(.*\\))?$`, 'u');

export interface Span {
  start: number;
  end: number;
}

/**
 * "Kaohsiung, China" / "Tainan (China)" / "中國高雄": the span of the place with its China part.
 * `folded` is the folded text, `original` the page's (for letter case), [start, end) the place.
 */
export function chinaNextTo(folded: string, original: string, start: number, end: number): Span | null {
  const after = AFTER.exec(folded.slice(end, end + 40));
  if (after) {
    const stop = end + after[0].length;
    // "Kaohsiung, China Airlines" / "Chinatown": the word goes on, so it is not the country.
    const next = original.slice(stop, stop + 2);
    if (!/^\p{L}/u.test(next) && !/^ \p{Lu}/u.test(next)) return { start, end: stop };
  }
  const before = BEFORE.exec(folded.slice(Math.max(0, start - 40), start));
  if (before) {
    const from = start - before[0].length;
    if (!/\p{L}/u.test(folded[from - 1] ?? '') || /\p{Script=Han}/u.test(before[0])) return { start: from, end };
  }
  return null;
}

/** The whole of a cell or heading says China ("China", "PRC", "中國", "China (mainland)"). */
export function saysChina(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/[:\uFF1A]$/, '').trim();
  return t.length > 0 && t.length < 60 && WHOLE_CHINA.test(t);
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, dt';

/** A heading, or a bold label alone in its block (`<p><strong>China</strong></p>`). */
function headingText(el: Element): string | null {
  if (/^(H[1-6]|DT|CAPTION)$/.test(el.tagName)) return el.textContent ?? '';
  const only = el.children.length === 1 ? el.firstElementChild : null;
  const bold = (e: Element | null) => e && (e.tagName === 'B' || e.tagName === 'STRONG');
  if (bold(el) || (bold(only) && only!.textContent?.trim() === el.textContent?.trim())) return el.textContent ?? '';
  return null;
}

/** The text of the nearest heading before `el` in document order (a few steps up and back at most). */
export function nearestHeadingText(el: Element, maxSteps = 40): string | null {
  let current: Element | null = el;
  let steps = 0;
  while (current && current.tagName !== 'BODY' && steps < maxSteps) {
    if (current.tagName === 'TABLE') {
      const caption = current.querySelector(':scope > caption');
      if (caption) return caption.textContent ?? '';
    }
    if (current.tagName === 'DD') {
      let dt = current.previousElementSibling;
      while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
      if (dt) return dt.textContent ?? '';
    }
    for (let prev = current.previousElementSibling; prev && steps < maxSteps; prev = prev.previousElementSibling) {
      steps++;
      const text = headingText(prev);
      if (text !== null) return text;
      // A section that ends with a heading ("…<h3>China</h3>") heads what follows it.
      const last = prev.lastElementChild;
      if (last && last.matches(HEADINGS)) return last.textContent ?? '';
    }
    current = current.parentElement;
    steps++;
  }
  return null;
}

/** Another cell of the place's table row says China. */
export function rowSaysChina(cell: Element): boolean {
  const row = cell.closest('tr');
  if (!row) return false;
  for (const other of row.children) if (other !== cell && saysChina(other.textContent ?? '')) return true;
  return false;
}

/**
 * Whether the place in this text node sits in a China table row or under a China heading.
 * `headingCache` is per scan: a 20,000-row list costs one heading lookup.
 */
export function structurallyUnderChina(node: Node, headingCache: Map<Element, boolean>): boolean {
  const el = node.parentElement;
  if (!el) return false;
  const cell = el.closest('td, th');
  if (cell && rowSaysChina(cell)) return true;
  const group = el.closest('dd, ul, ol, table') ?? el.closest('p, div, li') ?? el;
  let hit = headingCache.get(group);
  if (hit === undefined) {
    const text = nearestHeadingText(group);
    hit = text !== null && saysChina(text);
    headingCache.set(group, hit);
  }
  return hit;
}
