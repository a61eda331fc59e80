// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksHolding } from '@/utils/dom/text-units';
import { buildTextIndex, rangeFromOffsets } from '@/utils/dom/text-index';
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

/** Enough children that their halves are measured instead of each child read (see text-units.ts). */
const manyRows = Array.from({ length: 41 }, (_, i) =>
  i % 7 === 3 ? `<tr><td>Tainan ${i}</td><td>China</td></tr><!-- ${i} -->` : `<tr><td>Seoul ${i}</td><td>Korea</td></tr>\n`,
).join('');
// Many children of one node: rows of unequal lengths, places close together and far apart, glued
// lower-case starts, text between items.
const manyItems = Array.from({ length: 130 }, (_, i) =>
  i % 23 === 5 ? '<li><b>visit</b><b>taipei</b></li>' : i % 17 === 2 ? `<li>sritaipei ${'x'.repeat(i)}</li>` : i % 11 === 0 || i === 129 ? `<li>Kaohsiung, China ${'long '.repeat(i % 5)}</li>` : i === 64 ? 'Tainan, China' : `<li>${'member '.repeat((i * 7) % 13)}${i}</li>`,
).join('');
const manyInline = Array.from({ length: 30 }, (_, i) => (i % 9 === 4 ? '<b>Taipei, China</b>' : `<i>w${i}</i> `)).join('');

const CRAFTED: [string, string][] = [
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
