// @vitest-environment happy-dom
/**
 * Anchoring baselines on the pages that imitate the organizations' sites: where each passage's
 * W3C position is, and where the note is placed again, unchanged and after the site added a
 * banner. The figures are committed (anchoring-baselines.json): a change that moves a placement
 * fails here. UPDATE_ANCHOR_BASELINES=1 rewrites them after a deliberate change.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTextIndex } from '@/utils/dom/text-index';
import { contentIndex, positionOf } from '@/utils/anchoring/position';
import { describePassage, placePassage, readable } from '@/utils/anchoring/passage';
import type { TextPositionSelector } from '@/utils/db/types';

const PAGES = join(__dirname, '../../fixtures/pages');
const BASELINES = join(__dirname, 'anchoring-baselines.json');
const BANNER = '<div class="banner"><p>Update: the directory was revised this week. Kaohsiung City joined the board.</p></div>';

function pages(): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  for (const host of readdirSync(PAGES).sort()) {
    for (const file of ['demo/index.html', 'index.html', 'hostile-css.html']) {
      const path = join(PAGES, host, file);
      if (existsSync(path)) out.push({ name: `${host}/${file}`, html: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

/** The page's body in this test's document (happy-dom's ranges work in the window's own document). */
function parse(html: string): Document {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  document.body.innerHTML = body;
  return document;
}

/** Passages chosen from the DOM alone (not from the naming rules, which change): each block's text and a phrase inside it. */
function passages(doc: Document): Range[] {
  const ranges: Range[] = [];
  for (const el of doc.body.querySelectorAll('h1, h2, h3, p, li, td')) {
    const node = [...el.childNodes].find((n) => n.nodeType === 3 && n.textContent!.trim().length >= 8) as Text | undefined;
    if (!node) continue;
    const lead = node.data.length - node.data.trimStart().length;
    const whole = doc.createRange();
    whole.setStart(node, lead);
    whole.setEnd(node, node.data.trimEnd().length);
    ranges.push(whole);
    const words = node.data.trim().split(/\s+/);
    if (words.length >= 4) {
      // The second and third words: short, and often repeated elsewhere on the page.
      const from = node.data.indexOf(words[1]!, lead);
      const phrase = doc.createRange();
      phrase.setStart(node, from);
      phrase.setEnd(node, from + `${words[1]} ${words[2]}`.length);
      ranges.push(phrase);
    }
    if (ranges.length >= 16) break;
  }
  return ranges;
}

interface Baseline {
  quote: string;
  start: number;
  end: number;
  /** where it is placed after the banner: its W3C start, or null if orphaned */
  afterBanner: number | null;
}

function measure(html: string): Baseline[] {
  const doc = parse(html);
  const index = buildTextIndex(doc.body);
  const text = readable(index);
  const described = passages(doc).flatMap((range) => {
    const target = describePassage(doc.body, index, text, range, doc);
    if (!target) return [];
    const position = target.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
    const quote = (target.find((s) => s.type === 'TextQuoteSelector') as { exact: string }).exact;
    // Unchanged page: placed exactly where it was described, and the position is the W3C one.
    const again = placePassage(index, text, contentIndex(doc.body), target, doc);
    expect(again && positionOf(doc.body, again)).toEqual(position);
    expect(doc.body.textContent!.slice(position.start, position.end)).toBe(range.toString());
    return [{ target, quote, position }];
  });
  const withBanner = parse(html.replace(/<body([^>]*)>/i, `<body$1>${BANNER}`));
  const bIndex = buildTextIndex(withBanner.body);
  const bText = readable(bIndex);
  const bContent = contentIndex(withBanner.body);
  return described.map(({ target, quote, position }) => {
    const moved = placePassage(bIndex, bText, bContent, target, withBanner);
    if (moved) expect(moved.toString()).toBe(quote);
    return { quote, start: position.start, end: position.end, afterBanner: moved ? positionOf(withBanner.body, moved)!.start : null };
  });
}

describe('anchoring baselines on the demo pages', () => {
  const measured = Object.fromEntries(pages().map(({ name, html }) => [name, measure(html)]));
  if (process.env.UPDATE_ANCHOR_BASELINES === '1') writeFileSync(BASELINES, JSON.stringify(measured, null, 1) + '\n');
  const committed = JSON.parse(readFileSync(BASELINES, 'utf8')) as Record<string, Baseline[]>;

  it.each(Object.keys(committed))('%s: positions and placements as committed', (name) => {
    expect(measured[name]).toEqual(committed[name]);
  });

  it('every page has passages, and a banner above them moves each by its own length or orphans it', () => {
    expect(Object.keys(measured).sort()).toEqual(Object.keys(committed).sort());
    const bannerLength = parse(`<body>${BANNER}</body>`).body.textContent!.length;
    for (const list of Object.values(measured)) {
      expect(list.length).toBeGreaterThanOrEqual(2);
      for (const b of list) if (b.afterBanner !== null) expect(b.afterBanner).toBe(b.start + bannerLength);
    }
  });
});
