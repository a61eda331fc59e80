// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placesAround } from '@/utils/page/places-around';

function rangeOver(selector: string, needle: string): Range {
  const node = document.querySelector(selector)!.firstChild!;
  const start = node.textContent!.indexOf(needle);
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(node, start + needle.length);
  return r;
}

describe('placesAround', () => {
  it.each([
    ['the paragraph of the passage', '<p id="a">Members: Taichung City, Taiwan, Province of China.</p><p>Kaohsiung City</p>', '#a', 'Taiwan, Province of China', ['taichung']],
    [
      'the table row, not just the cell',
      '<table><tr><td>Kaohsiung City</td><td id="a">Chinese Taipei</td></tr><tr><td>Taipei City</td><td>Chinese Taipei</td></tr></table>',
      '#a',
      'Chinese Taipei',
      ['kaohsiung'],
    ],
    ['the list item', '<ul><li id="a">新北市 與 台中 (Chinese Taipei)</li><li>高雄</li></ul>', '#a', 'Chinese Taipei', ['new-taipei', 'taichung']],
    ['none in the block', '<p id="a">The forum met in Seoul.</p><p>Taipei City</p>', '#a', 'Seoul', []],
    ['both ids of an ambiguous name', '<p id="a">Hsinchu hosted it.</p>', '#a', 'hosted', ['hsinchu-city', 'hsinchu-county']],
  ])('%s', (_name, html, selector, needle, expected) => {
    document.body.innerHTML = html;
    expect(placesAround(rangeOver(selector, needle), () => false).sort()).toEqual([...expected].sort());
  });

  it('keeps the finding’s own places first and leaves out the extension’s UI', () => {
    document.body.innerHTML = '<div id="a">Pingtung County<span class="own">Tainan City</span></div>';
    const ids = placesAround(rangeOver('#a', 'Pingtung'), (el) => el.classList.contains('own'), ['kinmen']);
    expect(ids).toEqual(['kinmen', 'pingtung']);
  });

  it('reads only the passage when its block is page-sized', () => {
    document.body.innerHTML = `<div id="a">Yilan County ${'filler text '.repeat(500)}</div>`;
    expect(placesAround(rangeOver('#a', 'filler'), () => false)).toEqual([]);
  });
});
