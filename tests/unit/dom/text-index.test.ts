// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { boundsFromOffsets, buildTextIndex, rangeFromOffsets } from '@/utils/dom/text-index';

const S = '\u2029';
function indexOf(html: string, skip?: (el: Element) => boolean) {
  document.body.innerHTML = html;
  return buildTextIndex(document.body, { skip });
}

describe('buildTextIndex', () => {
  it.each([
    ['<p>Chinese <b>Taipei</b></p>', 'Chinese Taipei'],
    ['<p>a</p><p>b</p>', `a${S}b`],
    ['<table><tr><td>Kaohsiung</td><td>China</td></tr></table>', `Kaohsiung${S}China`],
    ['<p>one<br>two</p>', `one${S}two`],
    ['<p>x<script>var a = "Chinese Taipei"</script><style>p{}</style>y</p>', 'xy'],
    ['<p>a</p><textarea>Chinese Taipei</textarea><div contenteditable="true">Taipei</div><p hidden>h</p>', 'a'],
    ['<ul><li>Tainan <i>City</i></li><li>Beijing</li></ul>', `Tainan City${S}Beijing`],
    // Two elements side by side with no space: two items (a flex row); not inside a word's Chinese.
    ['<div><span>Taichung City</span><span>China</span></div>', `Taichung City${S}China`],
    ['<p>中國<a>台灣</a></p>', '中國台灣'],
    ['<p>Taipei<b>, China</b></p>', 'Taipei, China'],
    // A select's options are on the page; drawn, embedded and hidden subtrees are not.
    ['<select><option>Sweden</option><option>Taiwan, Province of China</option></select>', `Sweden${S}Taiwan, Province of China`],
    ['<p>a</p><svg><text>Taipei</text></svg><div hidden><p>Taipei</p></div><p>b</p>', `a${S}b`],
    ['<div contenteditable><p>Taipei</p><p>Kaohsiung</p></div><p>c</p>', 'c'],
  ])('%s -> %j', (html, text) => {
    expect(indexOf(html).text).toBe(text);
  });

  it('leaves out the caller’s own elements by identity, not by name', () => {
    document.body.innerHTML = '<p>a</p><taiwan-city-lens id="own"><p>Taipei</p></taiwan-city-lens><taiwan-city-lens><p>decoy</p></taiwan-city-lens>';
    const own = document.getElementById('own')!;
    expect(buildTextIndex(document.body, { skipElements: [own] }).text).toBe(`a${S}decoy`);
    expect(buildTextIndex(own, { skipElements: [own] }).text).toBe('');
  });

  it('leaves out subtrees of every kind in any order, nested or side by side, and reads what lies between', () => {
    document.body.innerHTML =
      '<p>a</p><div hidden><svg><text>x</text></svg><p>Taipei</p></div><p>b</p><iframe>y</iframe>' +
      '<taiwan-city-lens id="own"><p>Tainan</p></taiwan-city-lens><p>c</p><svg hidden><text>z</text></svg>' +
      '<p contenteditable="false">d</p><canvas>w</canvas><p contenteditable>e</p><p>f</p>';
    const own = document.getElementById('own')!;
    expect(buildTextIndex(document.body, { skipElements: [own] }).text).toBe(`a${S}b${S}c${S}d${S}f`);
  });

  it('leaves out hidden and drawn subtrees in a fragment too', () => {
    const fragment = document.createRange().createContextualFragment('<p>a</p><div hidden><p>Taipei</p></div><svg><text>x</text></svg><p>b</p>');
    expect(buildTextIndex(fragment).text).toBe(`a${S}b`);
  });

  it('leaves out what the caller skips', () => {
    const index = indexOf('<p>a</p><taiwan-city-lens>Taipei</taiwan-city-lens>', (el) => el.tagName === 'TAIWAN-CITY-LENS');
    expect(index.text).toBe('a');
  });
});

describe('rangeFromOffsets', () => {
  it('round-trips a phrase split across inline elements', () => {
    const index = indexOf('<p>ICLEI lists <b>Chinese</b> <i>Taipei</i> here.</p>');
    const start = index.text.indexOf('Chinese Taipei');
    const range = rangeFromOffsets(index, start, start + 'Chinese Taipei'.length)!;
    expect(range.toString()).toBe('Chinese Taipei');
  });

  it('maps offsets after block separators', () => {
    const index = indexOf('<p>Seoul</p><p>Kaohsiung City</p>');
    const start = index.text.indexOf('Kaohsiung');
    expect(rangeFromOffsets(index, start, start + 9)!.toString()).toBe('Kaohsiung');
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 999],
  ])('refuses %i..%i', (start, end) => {
    const index = indexOf('<p>abc</p>');
    expect(rangeFromOffsets(index, start, end)).toBeNull();
  });
});

describe('boundsFromOffsets', () => {
  it('gives one node for a span inside a text node, two for one across nodes, none outside the text', () => {
    document.body.innerHTML = '<p>Chinese <b>Taipei</b></p>';
    const index = buildTextIndex(document.body);
    const [chinese, taipei] = index.nodes;
    expect(boundsFromOffsets(index, 0, 7)).toEqual({ startNode: chinese, startOffset: 0, endNode: chinese, endOffset: 7 });
    expect(boundsFromOffsets(index, 8, 14)).toEqual({ startNode: taipei, startOffset: 0, endNode: taipei, endOffset: 6 });
    expect(boundsFromOffsets(index, 0, 14)).toEqual({ startNode: chinese, startOffset: 0, endNode: taipei, endOffset: 6 });
    expect(boundsFromOffsets(index, 0, 15)).toBeNull();
  });

  it('gives none where the page has shortened the node since it was read', () => {
    document.body.innerHTML = '<p>Chinese Taipei</p>';
    const index = buildTextIndex(document.body);
    index.nodes[0]!.data = 'Chinese';
    expect(boundsFromOffsets(index, 8, 14)).toBeNull();
  });
});

describe('textIndexChunks', () => {
  it('cuts only between blocks, and the pieces hold the whole text', async () => {
    const { textIndexChunks } = await import('@/utils/dom/text-index');
    document.body.innerHTML = Array.from({ length: 10 }, (_, i) => `<p>Chinese <b>Taipei</b> ${i}</p>`).join('');
    const whole = buildTextIndex(document.body);
    const pieces = [...textIndexChunks(document.body, {}, 4)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((p) => p.text).join(S)).toBe(whole.text);
    for (const p of pieces) expect(p.text.startsWith('Chinese Taipei')).toBe(true);
  });
});
