// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { uncovered } from '@/utils/page/uncovered';

/** A located item over `text` in the element `id` (its first occurrence there). */
function at(id: string, text: string, name = text) {
  const node = document.getElementById(id)!.firstChild!;
  const start = node.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return { name, range };
}

/** The same, with its points as the scan records them (compared without the DOM within a node). */
function bounded(id: string, text: string, name = text) {
  const item = at(id, text, name);
  const node = item.range.startContainer as Text;
  return { ...item, at: { startNode: node, startOffset: item.range.startOffset, endNode: node, endOffset: item.range.endOffset } };
}

describe('place mentions no drawn finding covers', () => {
  it('drops a place inside a finding or equal to it, keeps the others, in page order', () => {
    document.body.innerHTML = '<p id="a">Kaohsiung, China and Taipei City</p><table><tr><td id="b">Tainan City</td><td>China</td></tr></table><p id="c">Hsinchu</p>';
    const places = [at('a', 'Kaohsiung'), at('a', 'Taipei City'), at('b', 'Tainan City'), at('c', 'Hsinchu')];
    const findings = [at('a', 'Kaohsiung, China'), at('b', 'Tainan City')];
    expect(uncovered(places, findings).map((p) => p.name)).toEqual(['Taipei City', 'Hsinchu']);
  });

  it.each([
    ['ranges alone', at],
    ['the points the scan recorded', bounded],
  ])('gives the same answer from %s', (_, make) => {
    document.body.innerHTML =
      '<p id="a">Kaohsiung, China and Taipei City</p><p id="b">New Taipei City, China</p><table><tr><td id="c">Tainan City</td><td>China</td></tr></table><p id="d">Hsinchu</p>';
    const places = [make('a', 'Kaohsiung'), make('a', 'Taipei City'), make('b', 'New Taipei City'), make('c', 'Tainan City'), make('d', 'Hsinchu')];
    const findings = [make('a', 'Kaohsiung, China'), make('b', 'City, China'), make('c', 'Tainan City')];
    expect(uncovered(places, findings).map((p) => p.name)).toEqual(['Taipei City', 'New Taipei City', 'Hsinchu']);
  });

  it('keeps a place that only overlaps a finding, and every place when no finding is drawn', () => {
    document.body.innerHTML = '<p id="a">New Taipei City, China</p>';
    const places = [at('a', 'New Taipei City')];
    expect(uncovered(places, [at('a', 'City, China')]).map((p) => p.name)).toEqual(['New Taipei City']);
    expect(uncovered(places, []).map((p) => p.name)).toEqual(['New Taipei City']);
  });

  it('draws a place whose range the page moved out of the document rather than fail', () => {
    document.body.innerHTML = '<p id="a">Taichung City</p><p id="b">Chinese Taipei</p>';
    const place = at('a', 'Taichung City');
    const finding = at('b', 'Chinese Taipei');
    const detached = document.createElement('div');
    detached.append(document.getElementById('a')!);
    expect(uncovered([place], [finding]).map((p) => p.name)).toEqual(['Taichung City']);
  });
});
