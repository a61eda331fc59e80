// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { enclosingBlock, startLiveScan, type Located, type ScanResult, type Span } from '@/utils/page/live-scan';

/** A stand-in scanner: every "Kaohsiung" in the root's text nodes is a place. */
function scanWord(root: Node): ScanResult<Span, Span> {
  const places: Located<Span>[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.parentElement?.closest('taiwan-city-lens'))) continue;
    for (const m of (n.textContent ?? '').matchAll(/Kaohsiung/g)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      places.push({ item: { start: 0, end: 0, quote: m[0] }, range });
    }
  }
  return { places, findings: [] };
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function start(html: string) {
  document.body.innerHTML = html;
  const changes: number[] = [];
  /** what each change said it added (null: not only added) */
  const appended: (string[] | null)[] = [];
  const scans: Node[] = [];
  const waiting: (() => void)[] = [];
  /** Resolves at the live scan's next change: the signal it gives, instead of a fixed wait. */
  const settle = () => new Promise<void>((resolve) => waiting.push(resolve));
  const live = startLiveScan({
    root: document.body,
    scan: (root) => {
      scans.push(root);
      return scanWord(root);
    },
    isOwnNode: (n) => Boolean((n as Element).closest?.('taiwan-city-lens') ?? n.parentElement?.closest('taiwan-city-lens')),
    onChange: (r, added) => {
      changes.push(r.places.length);
      appended.push(added ? added.places.map((p) => (p.range.startContainer as Text).data) : null);
      for (const resolve of waiting.splice(0)) resolve();
    },
    win: window,
  });
  stop = live.stop;
  return { live, changes, appended, scans, settle };
}

describe('startLiveScan', () => {
  it('scans the whole root once at start', () => {
    const { live, scans, settle } = start('<p>Kaohsiung and Kaohsiung</p><p>Taipei</p>');
    expect(live.current().places).toHaveLength(2);
    expect(scans).toEqual([document.body]);
  });

  it('rescans only the added block', async () => {
    const { live, scans, settle } = start('<ul><li>Kaohsiung</li></ul>');
    const li = document.createElement('li');
    li.textContent = 'Kaohsiung again';
    document.querySelector('ul')!.append(li);
    await settle();
    expect(live.current().places).toHaveLength(2);
    expect(scans).toEqual([document.body, li]);
  });

  it('says what a rescan added when that is the only change, and keeps page order; not otherwise', async () => {
    const { live, appended, settle } = start('<ul><li>Kaohsiung one</li></ul><p id="p">Kaohsiung two</p>');
    const li = document.createElement('li');
    li.textContent = 'Kaohsiung three';
    document.body.append(li);
    await settle();
    expect(appended).toEqual([null, ['Kaohsiung three']]);
    // Added before the other results: it goes in at its place in the page.
    const first = document.createElement('li');
    first.textContent = 'Kaohsiung zero';
    document.querySelector('ul')!.prepend(first);
    await settle();
    expect(appended[2]).toEqual(['Kaohsiung zero']);
    expect(live.current().places.map((p) => (p.range.startContainer as Text).data)).toEqual(['Kaohsiung zero', 'Kaohsiung one', 'Kaohsiung two', 'Kaohsiung three']);
    // Two blocks in one batch, far apart: each goes in at its own place.
    const second = document.createElement('li');
    second.textContent = 'Kaohsiung half';
    document.querySelector('ul')!.insertBefore(second, document.querySelector('ul li:nth-child(2)'));
    const end = document.createElement('p');
    end.textContent = 'Kaohsiung end';
    document.body.append(end);
    await settle();
    expect(appended[3]).toEqual(['Kaohsiung half', 'Kaohsiung end']);
    expect(live.current().places.map((p) => (p.range.startContainer as Text).data)).toEqual(['Kaohsiung zero', 'Kaohsiung half', 'Kaohsiung one', 'Kaohsiung two', 'Kaohsiung three', 'Kaohsiung end']);
    end.remove();
    await settle();
    // A removal is not an append, even with a block added after everything.
    document.getElementById('p')!.remove();
    const last = document.createElement('p');
    last.textContent = 'Kaohsiung four';
    document.body.append(last);
    await settle();
    expect(appended.at(-1)).toBeNull();
    expect(live.current().places.map((p) => (p.range.startContainer as Text).data)).toEqual(['Kaohsiung zero', 'Kaohsiung half', 'Kaohsiung one', 'Kaohsiung three', 'Kaohsiung four']);
  });

  it('says what a batch added in page order, whatever order the blocks came in', async () => {
    const { appended, settle } = start('<div id="top"></div><p>Kaohsiung middle</p><div id="bottom"></div>');
    const low = document.createElement('p');
    low.textContent = 'Kaohsiung low';
    document.getElementById('bottom')!.append(low);
    const high = document.createElement('p');
    high.textContent = 'Kaohsiung high';
    document.getElementById('top')!.append(high);
    await settle();
    expect(appended[1]).toEqual(['Kaohsiung high', 'Kaohsiung low']);
  });

  it('a block added before a full scan is not new to the rescans after it (no result counted twice)', async () => {
    document.body.innerHTML = '<ul></ul>';
    const waiting: (() => void)[] = [];
    const live = startLiveScan({
      root: document.body,
      scan: scanWord,
      isOwnNode: () => false,
      onChange: () => waiting.splice(0).forEach((resolve) => resolve()),
      win: window,
      maxBlocksPerBatch: 2,
    });
    stop = live.stop;
    const settle = () => new Promise<void>((resolve) => waiting.push(resolve));
    const items = ['Kaohsiung a', 'Kaohsiung b', 'Kaohsiung c'].map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      document.querySelector('ul')!.append(li);
      return li;
    });
    // Three blocks at once: past the batch's limit, one full scan.
    await settle();
    expect(live.current().places).toHaveLength(3);
    items[0]!.append(' and more');
    await settle();
    expect(live.current().places.map((p) => (p.range.startContainer as Text).data)).toEqual(['Kaohsiung a', 'Kaohsiung b', 'Kaohsiung c']);
  });

  it('drops results whose text was removed or edited', async () => {
    const { live, settle } = start('<p id="a">Kaohsiung</p><p id="b">Kaohsiung</p>');
    document.getElementById('a')!.remove();
    (document.querySelector('#b')!.firstChild as Text).data = 'Tainan';
    await settle();
    expect(live.current().places).toHaveLength(0);
  });

  it('does not double-count text inside a rescanned block', async () => {
    const { live, settle } = start('<p id="a">Kaohsiung</p>');
    document.getElementById('a')!.append(' and more');
    await settle();
    expect(live.current().places.map((p) => p.item.quote)).toEqual(['Kaohsiung']);
  });

  it('ignores the extension’s own mutations', async () => {
    const { changes, scans, settle } = start('<p>Kaohsiung</p>');
    const host = document.createElement('taiwan-city-lens');
    document.body.append(host);
    host.textContent = 'Kaohsiung';
    // A change of the page's own after ours: the one rescan that follows is for it alone.
    const p = document.createElement('p');
    p.textContent = 'Tainan';
    document.body.append(p);
    await settle();
    expect(changes).toEqual([1, 1]);
    expect(scans).toEqual([document.body, p]);
  });
});

describe('enclosingBlock', () => {
  it.each([
    ['<p><b id="t">x</b></p>', 'P'],
    ['<table><tr><td><span id="t">x</span></td></tr></table>', 'TD'],
    ['<span id="t">x</span>', 'BODY'],
  ])('%s -> %s', (html, tag) => {
    document.body.innerHTML = html;
    expect(enclosingBlock(document.getElementById('t')!, document.body).tagName).toBe(tag);
  });
});
