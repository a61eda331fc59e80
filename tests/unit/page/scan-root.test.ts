// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createScanRoot, createSlicedScanRoot } from '@/utils/page/scan-root';
import { mayMatch } from '@/utils/naming/engine';
import { buildTextIndex } from '@/utils/dom/text-index';

const own = { elements: () => [] };
const quotes = (list: { range: Range }[]) => list.map((l) => l.range.toString());

describe('a scan tied to the page', () => {
  it('draws a phrase across inline elements and in one node, each range showing the phrase', () => {
    document.body.innerHTML = '<p>Listed as Chinese <b>Taipei</b>.</p><table><tr><td>Kaohsiung City</td><td>China</td></tr></table>';
    const result = createScanRoot(own, document)(document.body);
    expect(quotes(result.findings)).toEqual(['Chinese Taipei', 'Kaohsiung City']);
    expect(result.findings.map((f) => f.item.ruleId)).toEqual(['chinese-taipei', 'under-china']);
    expect(quotes(result.places)).toContain('Kaohsiung City');
  });

  it('does not draw a phrase whose range would also show a hidden element or a script between its parts', () => {
    document.body.innerHTML = '<p>Taiwan, Province <span hidden>x</span>of China</p><p>Chinese <script>1</script>Taipei</p><p>Taiwan, Province of China</p>';
    const result = createScanRoot(own, document)(document.body);
    expect(quotes(result.findings)).toEqual(['Taiwan, Province of China']);
    expect(result.findings[0]!.range.startContainer.parentElement).toBe(document.body.lastElementChild);
  });

  it('finds the same in slices as in one go', async () => {
    document.body.innerHTML = '<p>Chinese <b>Taipei</b></p><p>Taipei, China</p><ul><li>Tainan, China</li><li>Seoul</li></ul>';
    const once = createScanRoot(own, document)(document.body);
    const sliced = await createSlicedScanRoot(own, document, {}, () => Promise.resolve())(document.body);
    expect(quotes(sliced.findings)).toEqual(quotes(once.findings));
    expect(quotes(sliced.places)).toEqual(quotes(once.places));
  });
});

describe('the first read of the text (no walk where no phrase is)', () => {
  it.each([
    ['blocks glued by the browser', '<table><tr><td>Kaohsiung</td><td>China</td></tr></table>', ['Kaohsiung']],
    ['a name run on from the element before', '<table><tr><td>China</td><td>Kaohsiung</td></tr></table>', ['Kaohsiung']],
    ['a phrase across inline elements', '<p>Listed as <i>Chinese</i> <b>Taipei</b></p>', ['Chinese Taipei']],
    ['a Chinese name in full width and 臺', '<p>臺北市</p>', ['臺北市']],
    ['a grouping', '<p>China (including Hong Kong, Macao and Taiwan)</p>', ['China (including Hong Kong, Macao and Taiwan)']],
  ])('%s: found as when walked', (_name, html, expected) => {
    document.body.innerHTML = html;
    const result = createScanRoot(own, document)(document.body);
    expect([...quotes(result.findings), ...quotes(result.places)]).toEqual(expect.arrayContaining(expected));
  });

  it('a page naming no Taiwanese place is not walked, and yields nothing', async () => {
    // "Sri Lanka" holds "i lan" (an old spelling of Yilan) inside its words.
    document.body.innerHTML = '<table><tr><td>Seoul</td><td>Korea</td></tr><tr><td>Beijing</td><td>China</td></tr><tr><td>Colombo</td><td>Sri Lanka</td></tr></table>';
    const walker = vi.spyOn(document, 'createTreeWalker');
    const sliced = await createSlicedScanRoot(own, document, {}, () => Promise.resolve())(document.body);
    expect(sliced).toEqual({ places: [], findings: [] });
    expect(createScanRoot(own, document)(document.body)).toEqual({ places: [], findings: [] });
    expect(walker).not.toHaveBeenCalled();
    walker.mockRestore();
  });
});

describe('mayMatch', () => {
  it.each([
    ['Kaohsiung, China', true],
    ['ChinaKaohsiung (two cells run together)', true],
    ['臺北市', true],
    ['Colombo, Sri Lanka', false],
    ['Beijing, China', false],
    // What it cannot tell (documented): a lower-case name run on from the element before.
    ['visittaipei', false],
  ])('%j: %s', (text, expected) => expect(mayMatch(text)).toBe(expected));
});

