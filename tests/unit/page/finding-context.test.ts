// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findingContext } from '@/utils/page/finding-context';

function rangeOf(html: string, quote: string): Range {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(quote);
    if (at >= 0) {
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + quote.length);
      return r;
    }
  }
  throw new Error(`no ${quote}`);
}

describe('findingContext', () => {
  it.each([
    [
      'a table row whose country cell says China',
      '<table><tr><th>Member</th><th>Country</th></tr><tr><td>Tainan City</td><td>China</td><td>2010</td></tr></table>',
      'Tainan City',
      { where: 'row', text: 'Tainan City | China | 2010', china: 'China' },
    ],
    ['a row without China', '<table><tr><td>Chinese Taipei</td><td>Asia</td></tr></table>', 'Chinese Taipei', { where: 'row', text: 'Chinese Taipei | Asia', china: null }],
    ['a list under a China heading', '<h3>China</h3><ul><li>Beijing</li><li>Tainan City</li></ul>', 'Tainan City', { where: 'heading', text: 'China', china: 'China' }],
    ['a list under another heading', '<h3>Members</h3><ul><li>Chinese Taipei</li></ul>', 'Chinese Taipei', { where: 'heading', text: 'Members', china: null }],
    ['plain text', '<h2>News</h2><p>Intro.</p><p>The delegation of Chinese Taipei arrived.</p>', 'Chinese Taipei', { where: 'text', text: 'The delegation of Chinese Taipei arrived.', china: null }],
    ['a paragraph right under a China heading', '<h3>China</h3><p>Tainan City</p>', 'Tainan City', { where: 'heading', text: 'China', china: 'China' }],
    ['a paragraph right under another heading', '<h1>Members</h1><p>Chinese Taipei took part.</p>', 'Chinese Taipei', { where: 'text', text: 'Chinese Taipei took part.', china: null }],
    ['a paragraph further down', '<h3>China</h3><p>Beijing</p><p>Chinese Taipei took part.</p>', 'Chinese Taipei', { where: 'text', text: 'Chinese Taipei took part.', china: null }],
  ])('%s', (_, html, quote, expected) => {
    expect(findingContext(rangeOf(html, quote), quote)).toEqual(expected);
  });

  it('shortens a long paragraph around the quote', () => {
    const long = `${'word '.repeat(60)}Chinese Taipei${' more'.repeat(60)}`;
    const c = findingContext(rangeOf(`<p>${long}</p>`, 'Chinese Taipei'), 'Chinese Taipei');
    expect(c.text).toContain('Chinese Taipei');
    expect(c.text.length).toBeLessThanOrEqual(140);
    expect(c.text.startsWith('…') && c.text.endsWith('…')).toBe(true);
  });
});
