// Long tasks on heavy pages, with the extension and without (the same page on a host where the
// content script does not run): moved here from `npm test`, where a busy machine's timings made
// the pass/fail flaky. Reported as the longest task with / without, and their ratio.
import { extensionWorld, mainThreadIdle, measuresOnce } from './signals.mjs';

const OBSERVE_LONG_TASKS = `<script>window.longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration)); })
    .observe({ type: 'longtask', buffered: true });</script>`;
const pageWith = (body, script = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${OBSERVE_LONG_TASKS}</head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

export const HEAVY_PAGES = {
  '/heavy/200k-nodes': () => pageWith(`<p>${Array.from({ length: 200_000 }, (_, i) => (i % 1000 === 0 ? 'Kaohsiung City' : `row ${i}`)).join('<br>')}</p>`),
  '/heavy/10k-chinese-taipei': () => pageWith(Array.from({ length: 10_000 }, () => '<p>ICLEI lists Chinese Taipei.</p>').join('')),
  '/heavy/mutating-forever': () =>
    pageWith(
      '<p>Taipei City</p><div id="m"></div>',
      `let i = 0; setInterval(() => { const p = document.createElement('p'); p.textContent = 'Chinese Taipei ' + i++;
        const m = document.getElementById('m'); m.append(p); if (m.children.length > 200) m.firstChild.remove(); }, 10);`,
    ),
};

/**
 * The long tasks of `path` on `host`, from load until the page has settled (the lens's first scan
 * done where it runs, then the main thread idle) or, on a page that never settles, until it has
 * made 500 changes (its own counter `i`): a window the page's work defines, not a fixed time.
 */
async function longTasks(browser, host, path, extensionId) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const world = extensionWorld(cdp, extensionId);
  await cdp.send('Runtime.enable');
  await page.goto(`http://${host}${path}`, { timeout: 120_000 });
  if (path.includes('forever')) await page.waitForFunction(() => /* global i: the page's own counter */ typeof i === 'number' && i >= 500, undefined, { timeout: 120_000 });
  else {
    if (extensionId) await measuresOnce(cdp, (await world.latest()).id, 'tcl-scan', 1, 120_000);
    await mainThreadIdle(page, { timeout: 120_000 });
  }
  const tasks = await page.evaluate(() => window.longTasks);
  await page.close();
  return tasks;
}

export async function heavyFigures(browser, server, { quick }) {
  const figures = {};
  const rows = [];
  for (const [path, make] of Object.entries(HEAVY_PAGES)) {
    if (quick && path.includes('200k')) continue;
    const html = make();
    server.setRoute('example.org', path, html);
    server.setRoute('www.iclei.org', path, html);
    const without = await longTasks(browser, 'example.org', path, null);
    const withExt = await longTasks(browser, 'www.iclei.org', path, browser.extensionId);
    const key = path.split('/').pop();
    const longest = (xs) => Math.max(0, ...xs);
    figures[`longest_task_ms_${key}`] = { with: longest(withExt), without: longest(without) };
    figures[`long_tasks_${key}`] = { with: withExt, without };
    rows.push([`long tasks ${key}`, `longest ${longest(withExt)} ms with`, `${longest(without)} ms without`, `${withExt.length} / ${without.length} tasks`]);
  }
  return { figures, rows };
}
