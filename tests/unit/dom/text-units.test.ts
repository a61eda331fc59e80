// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksHolding } from '@/utils/dom/text-units';
import { blockOf, buildTextIndex, rangeFromOffsets } from '@/utils/dom/text-index';
import { createScanRoot } from '@/utils/page/scan-root';
import { scanText } from '@/utils/naming/engine';
import { pageContext } from '@/utils/naming/records';
import { ORGS } from '../naming/realistic/orgs';
import { NEWS } from '../naming/realistic/news';
import { ZH } from '../naming/realistic/zh';
import { MORE } from '../naming/realistic/more';
import { INTL } from '../naming/realistic/intl';
import { STRUCTURES } from '../naming/realistic/structures';

const own = { elements: () => [] };

describe('blocksHolding', () => {
  const offsetOf = (needle: string) => document.body.textContent!.indexOf(needle);
  it.each([
    ['a cell of a row', '<table><tr><td>Seoul</td><td>Kaohsiung</td></tr></table>', ['Kaohsiung'], ['TD']],
    ['inline elements belong to their block', '<p>Listed as <b>Chinese</b> Taipei</p>', ['Chinese'], ['P']],
    ['a block holding an earlier block replaces it', '<div><p>Tainan</p> Taipei</div>', ['Tainan', 'Taipei'], ['DIV']],
    ['a block inside one found is not added', '<div>Taipei <p>Tainan</p></div>', ['Taipei', 'Tainan'], ['DIV']],
    ['two starts in one block: the block once', '<p>Taipei and Tainan</p>', ['Taipei', 'Tainan'], ['P']],
    ['comments hold no text', '<p>a<!-- Taipei -->b</p><p>Tainan</p>', ['Tainan'], ['P']],
  ])('%s', (_name, html, needles, tags) => {
    document.body.innerHTML = html;
    const blocks = blocksHolding(document.body, document.body.textContent!, needles.map((n) => ({ offset: offsetOf(n), atNodeStart: false })));
    expect(blocks.map((b) => (b as Element).tagName)).toEqual(tags);
    for (const [i, b] of blocks.entries()) if (i > 0) expect(blocks[i - 1]!.compareDocumentPosition(b) & 4).toBe(4);
  });

  it('a glued start counts only where a text node begins', () => {
    document.body.innerHTML = '<p><b>visit</b><b>taipei</b></p><p>sritaipei</p>';
    const at = (n: string, from = 0) => document.body.textContent!.indexOf(n, from);
    expect(blocksHolding(document.body, document.body.textContent!, [{ offset: at('taipei'), atNodeStart: true }]).map((b) => (b as Element).tagName)).toEqual(['P']);
    expect(blocksHolding(document.body, document.body.textContent!, [{ offset: at('taipei', 12), atNodeStart: true }])).toEqual([]);
  });
});

/** A random number generator from a seed (mulberry32): the same trees on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wide and narrow nodes, text before, between and after elements, comments, empty elements and empty text. */
function randomTree(rnd: () => number, depth = 0): string {
  const word = () => ['Seoul', 'ab', 'x', 'Kaohsiung', '', ' ', 'member 12', '\n  '][Math.floor(rnd() * 8)]!;
  // A wide node at the top, now and then one more inside it: a few thousand nodes at most.
  const wide = depth === 0 ? rnd() < 0.8 : depth === 1 && rnd() < 0.1;
  const count = wide ? 48 + Math.floor(rnd() * 24) : Math.floor(rnd() * 4);
  let out = '';
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (r < 0.15) out += word();
    else if (r < 0.2) out += `<!--${word()}-->`;
    else if (r < 0.25) out += '<span></span>';
    const tag = ['div', 'p', 'li', 'b', 'td'][Math.floor(rnd() * 5)];
    out += depth < 3 && rnd() < (depth === 0 ? 0.5 : 0.3) ? `<${tag}>${randomTree(rnd, depth + 1)}</${tag}>` : `<${tag}>${word()}${word()}</${tag}>`;
  }
  return out + (rnd() < 0.3 ? word() : '');
}

/** The same as blocksHolding, found by walking every text node: the reference for the way down. */
function blocksByWalk(root: Node, starts: readonly { offset: number; atNodeStart: boolean }[]): Node[] {
  const texts: { node: Text; from: number }[] = [];
  let from = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    texts.push({ node: n as Text, from });
    from += (n as Text).length;
  }
  const out: Node[] = [];
  let lastText: Node | null = null;
  for (const start of starts) {
    const t = texts.find((x) => x.from <= start.offset && start.offset < x.from + x.node.length);
    if (!t) continue;
    if ((start.atNodeStart && start.offset > t.from) || t.node === lastText) continue;
    lastText = t.node;
    const block = blockOf(t.node.parentNode!, t.node.parentNode!.nodeName, root);
    const last = out[out.length - 1];
    if (last === block) continue;
    if (last && last.contains(block)) continue;
    while (out.length > 0 && block.contains(out[out.length - 1]!)) out.pop();
    out.push(block);
  }
  return out;
}

describe('the way down through wide nodes (spans measured) finds the blocks a walk of every text node finds', () => {
  it('a start at the end of the text (where no text is) is none, also in a wide node', () => {
    document.body.innerHTML = '<p>Seoul</p>'.repeat(60);
    const text = document.body.textContent!;
    expect(blocksHolding(document.body, text, [{ offset: 0, atNodeStart: false }, { offset: text.length, atNodeStart: false }]).length).toBe(1);
  });

  // happy-dom's Range is slow (milliseconds a measure): a few trees here, the real pages in the e2e tests.
  it.each(Array.from({ length: 16 }, (_, i) => [i]))('random tree %i', (seed) => {
    const rnd = seeded(seed + 1);
    document.body.innerHTML = randomTree(rnd);
    const text = document.body.textContent!;
    // Starts anywhere, and glued ones at a text node's start or one past it (an offset one off
    // either way changes what is found): sorted, some repeated.
    const nodeStarts: number[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(), at = 0; n; at += (n as Text).length, n = walker.nextNode()) if ((n as Text).length > 1) nodeStarts.push(at);
    const starts = Array.from({ length: 1 + Math.floor(rnd() * 24) }, () => {
      if (rnd() < 0.5 || nodeStarts.length === 0) return { offset: Math.floor(rnd() * text.length), atNodeStart: rnd() < 0.2 };
      return { offset: nodeStarts[Math.floor(rnd() * nodeStarts.length)]! + (rnd() < 0.5 ? 0 : 1), atNodeStart: true };
    });
    starts.sort((a, b) => a.offset - b.offset);
    expect(blocksHolding(document.body, text, starts)).toEqual(blocksByWalk(document.body, starts));
  });
});

/** What a scan of the whole subtree finds, as quotes tied to where their ranges start. */
function wholeWalk(root: Node) {
  const index = buildTextIndex(root);
  const { places, findings } = scanText(index, { pageContext: pageContext(document) });
  const at = (s: { start: number; end: number; quote: string }) => {
    const range = rangeFromOffsets(index, s.start, s.end, document);
    return range && range.toString() === s.quote ? `${s.quote} @${range.startOffset}` : null;
  };
  return { places: places.map(at).filter(Boolean), findings: findings.map((f) => (at(f) ? `${f.ruleId}: ${at(f)}` : null)).filter(Boolean) };
}
function blockWalk(root: Node) {
  const { places, findings } = createScanRoot(own, document)(root);
  return {
    places: places.map((p) => `${p.item.quote} @${p.range.startOffset}`),
    findings: findings.map((f) => `${f.item.ruleId}: ${f.item.quote} @${f.range.startOffset}`),
  };
}

const fixtureDir = join(process.cwd(), '..', 'shared', 'fixtures');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fixtures: [string, string][] = existsSync(fixtureDir)
  ? readdirSync(fixtureDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const { text } = JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as { text: string };
        return [f, text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')];
      })
  : [];
if (fixtures.length === 0) console.warn(`${fixtureDir} absent: the block walk is compared on the corpus and crafted pages only`);

/** Rows of a table body, fewer than make it wide (see text-units.ts): each child read. */
const manyRows = Array.from({ length: 41 }, (_, i) =>
  i % 7 === 3 ? `<tr><td>Tainan ${i}</td><td>China</td></tr><!-- ${i} -->` : `<tr><td>Seoul ${i}</td><td>Korea</td></tr>\n`,
).join('');
// Many children of one node: rows of unequal lengths, places close together and far apart, glued
// lower-case starts, text between items.
const manyItems = Array.from({ length: 130 }, (_, i) =>
  i % 23 === 5 ? '<li><b>visit</b><b>taipei</b></li>' : i % 17 === 2 ? `<li>sritaipei ${'x'.repeat(i)}</li>` : i % 11 === 0 || i === 129 ? `<li>Kaohsiung, China ${'long '.repeat(i % 5)}</li>` : i === 64 ? 'Tainan, China' : `<li>${'member '.repeat((i * 7) % 13)}${i}</li>`,
).join('');
const manyInline = Array.from({ length: 30 }, (_, i) => (i % 9 === 4 ? '<b>Taipei, China</b>' : `<i>w${i}</i> `)).join('');

/** Enough rows that spans of them are measured (see text-units.ts), with text and comments between them. */
const wideRows = Array.from({ length: 120 }, (_, i) =>
  i % 29 === 7 ? `<tr><td>Tainan ${i}</td><td>China</td></tr><!-- Taipei -->` : i % 53 === 50 ? `<tr><td>Yilan</td><td>China</td></tr>\n` : `<tr><td>Seoul ${i}</td><td>${'Korea '.repeat(i % 4)}</td></tr>\n`,
).join('');

const CRAFTED: [string, string][] = [
  ['a wide table body, a few places, text and comments between rows', `<table><tbody>\n${wideRows}</tbody></table>`],
  ['a wide table body, one place in its last row', `<table><tbody>${'<tr><td>Seoul</td></tr>'.repeat(80)}<tr><td>Tainan, China</td></tr></tbody></table>`],
  ['many rows, a few with a place', `<table><tbody>${manyRows}</tbody></table>`],
  ['many list items: places near and far, glued starts, text between items', `<ul>${manyItems}</ul>`],
  ['many items, one place in the first and one in the last', `<ol><li>Taipei, China</li>${'<li>Seoul</li>'.repeat(60)}<li>Tainan, China</li></ol>`],
  ['many inline elements in one paragraph', `<p>${manyInline}</p>`],
  ['a lower-case name glued to a word, beside another place', '<p><b>visit</b><b>taipei</b></p><p>Kaohsiung, China</p>'],
  ['a Chinese name across two cells', '<table><tr><td>中</td><td>國台灣</td></tr><tr><td>高雄市</td><td>中國</td></tr></table>'],
  ['text straight in the body', 'Taipei, China<p>Seoul</p>'],
  ['a hidden block and a script', '<p hidden>Tainan, China</p><script>"Taipei, China"</script><p>Taichung, China</p>'],
  ['line breaks', '<p>Seoul<br>Kaohsiung<br>China</p><p>Taipei<br>PRC</p>'],
  ['a list under a China heading', '<h3>China</h3><ul><li>Beijing</li><li>Kaohsiung</li></ul><h3>Taiwan</h3><ul><li>Tainan</li></ul>'],
  ['a select', '<form><label>Country <select><option>Japan</option><option>Taiwan, Province of China</option></select></label></form>'],
  ['a look-alike with its province a paragraph on', '<p>Taoyuan County lies in Changde.</p><p>It borders Hunan Province.</p>'],
  ['Sri Lanka beside a Taiwanese place', '<table><tr><td>Colombo</td><td>Sri Lanka</td></tr><tr><td>Yilan</td><td>China</td></tr></table>'],
];
const CORPUS: [string, string][] = [...ORGS, ...NEWS, ...ZH, ...MORE, ...INTL, ...STRUCTURES]
  .filter((c) => c.html !== undefined)
  .map((c) => [c.id, c.html!]);

describe('walking only the blocks that may hold a phrase finds what the whole walk finds', () => {
  let found = 0;
  it.each([...CRAFTED, ...CORPUS, ...fixtures])('%s', (_name, html) => {
    document.title = '';
    document.body.innerHTML = html;
    const whole = wholeWalk(document.body);
    found += whole.findings.length;
    expect(blockWalk(document.body)).toEqual(whole);
    expect(blockWalk(document)).toEqual(wholeWalk(document));
  });
  it('compares pages with findings (not only empty ones)', () => expect(found).toBeGreaterThan(CRAFTED.length + CORPUS.length / 2));
});
