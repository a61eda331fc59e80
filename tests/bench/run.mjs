// `npm run bench`: scanning, page-load and size figures in a real Chromium, as ratios of figures
// measured in the same run. `--quick` is CI's smoke run: small pages, one run each.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer } from '../harness/server.mjs';
import { extensionPath, launchBrowser, missingChromiumMessage, projectRoot } from '../harness/browser.mjs';
import { articlePage, directoryPage, mutatingPage, taskPage } from './pages.mjs';
import { markRegExpOnce, naivePipeline, textContentFloor } from './baselines.mjs';
import { dashboardFigures } from './dashboard.mjs';
import { importFigures } from './import.mjs';
import { heavyFigures } from './heavy.mjs';
import { extensionWorld, mainThreadIdle, measuresOnce } from './signals.mjs';

const quick = process.argv.includes('--quick');
// --scan-only: the scan figures and the added main-thread time, nothing else (for working on the scan).
const scanOnly = process.argv.includes('--scan-only');
const RUNS = quick ? 1 : 5;
const SIZES = quick ? [1000] : scanOnly ? [5000] : [1000, 5000, 20000];
const HOST = 'www.iclei.org';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** Runs `measure` once to warm up, then RUNS times; the median of each figure it returns. */
async function medianOf(measure) {
  await measure();
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

/**
 * Opens a page and gives access to the content script's isolated world (over CDP), where the
 * extension's User Timing measures live: the page's own world has a timeline of its own.
 */
async function openWithProbe(browser, target, extensionId) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const world = extensionWorld(cdp, extensionId);
  await cdp.send('Runtime.enable');
  await page.goto(target);
  const measures = async (name) => {
    const context = world.now();
    if (!context) return [];
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: context.id,
      expression: `JSON.stringify(performance.getEntriesByName(${JSON.stringify(name)}).map((e) => e.duration))`,
      returnByValue: true,
    });
    return JSON.parse(result.value ?? '[]');
  };
  const waitFor = async (name, count = 1, timeout = 60_000) => measuresOnce(cdp, (await world.latest()).id, name, count, timeout);
  return { page, measures, waitFor };
}

/**
 * The page's whole main-thread time and, of it, the engine's compiling (CDP Performance.getMetrics
 * TaskDuration and V8CompileDuration) once it has settled: the lens's first scan done (when
 * `extensionId` is given), then ten whole idle periods in a row.
 */
async function settledMetrics(browser, target, extensionId) {
  const { page, waitFor } = await openWithProbe(browser, target, extensionId);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (extensionId) await waitFor('tcl-scan');
  else await page.waitForLoadState('load');
  await mainThreadIdle(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name) => metrics.find((m) => m.name === name).value * 1000;
  await page.close();
  return { task: ms('TaskDuration'), compile: ms('V8CompileDuration') };
}

/**
 * The lens's whole main-thread cost on the two 5,000-row directories (`added_task_ms`), and of it
 * the engine's compiling (`added_compile_ms`: our script, its functions as they first run, and its
 * patterns; CDP V8CompileDuration), each with the lens minus the same page where it does not run.
 */
async function addedTaskFigures(withExt, results, rows) {
  results.added_task_ms = {};
  results.added_compile_ms = {};
  for (const f of ['none', 'half']) {
    const name = `tasks-5000-${f}`;
    const t = await medianOf(async () => {
      const lens = await settledMetrics(withExt, `http://${HOST}/bench/${name}`, withExt.extensionId);
      const bare = await settledMetrics(withExt, `http://example.org/bench/${name}`, null);
      return { lens: lens.task, bare: bare.task, added: lens.task - bare.task, compile: lens.compile - bare.compile };
    });
    results.added_task_ms[name] = round(t.added);
    results.added_compile_ms[name] = round(t.compile);
    rows.push([`main thread added ${name}`, `${round(t.added)} ms`, `with ${round(t.lens)} / without ${round(t.bare)} ms`, 'CDP TaskDuration']);
    rows.push(['  of it compiling', `${round(t.compile)} ms`, '', 'CDP V8CompileDuration']);
  }
}

/**
 * A baseline run in a fresh isolated world of a freshly loaded page, as a content script runs
 * (over CDP): every node the page's own world reads is read here through the other world's
 * wrappers, which cost more. Not a target, it tells how much of our figure is the world we run in.
 */
async function freshIsolated(browser, target, fn, arg) {
  const page = await browser.context.newPage();
  await page.goto(target);
  const cdp = await browser.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bench-baseline' });
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: executionContextId,
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    returnByValue: true,
  });
  await page.close();
  return result.value;
}

/** The physical limit: a bare TreeWalker pass collecting the same text nodes, nothing else. */
function bareWalk() {
  const t0 = performance.now();
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TAIWAN-CITY-LENS']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 3 ? 1 : skip.has(n.tagName) ? 2 : 3),
  });
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
  const text = parts.join('');
  return { ms: performance.now() - t0, chars: text.length };
}

async function main() {
  const missing = missingChromiumMessage();
  if (missing) throw new Error(missing);
  if (!existsSync(join(extensionPath, 'manifest.json')) || process.argv.includes('--build')) {
    execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  }
  const phrases = JSON.parse(
    spawnSync(join(projectRoot, 'node_modules', '.bin', 'vite-node'), ['tests/bench/phrases.ts'], { cwd: projectRoot, encoding: 'utf8' }).stdout,
  );
  const markJs = join(projectRoot, 'node_modules', 'mark.js', 'dist', 'mark.min.js');

  const server = await startServer();
  // example.org: the same pages where the extension is installed but its content script does not run.
  for (const host of [HOST, 'example.org']) {
    for (const n of [1000, 5000, 20000]) server.setRoute(host, `/bench/directory-${n}`, directoryPage(n));
    server.setRoute(host, '/bench/article', articlePage());
    for (const f of ['none', 'half']) server.setRoute(host, `/bench/tasks-5000-${f}`, taskPage(5000, f));
  }
  server.setRoute(HOST, '/bench/mutating', mutatingPage());
  const withExt = await launchBrowser({ port: server.port });
  const plain = await launchBrowser({ port: server.port, withExtension: false });
  const url = (name) => `http://${HOST}/bench/${name}`;
  const rows = [];
  const results = { machine: `${process.platform} ${process.arch}, node ${process.version}`, runs: RUNS, quick };

  try {
    const scans = {};
    for (const n of [...SIZES, 'article']) {
      const name = n === 'article' ? 'article' : `directory-${n}`;
      const figures = await medianOf(async () => {
        const { page, waitFor, measures } = await openWithProbe(withExt, url(name), withExt.extensionId);
        const [wall] = await waitFor('tcl-scan');
        // Our own time: the scan's slices and the render, not the page's layout that runs between slices.
        const [work] = await measures('tcl-scan-work');
        const [render] = await measures('tcl-render');
        const limit = await page.evaluate(bareWalk);
        await page.close();
        // The baselines on the same page freshly loaded where the lens does not run, each on its own load.
        const fresh = async (fn, arg) => {
          const p = await withExt.context.newPage();
          await p.goto(`http://example.org/bench/${name}`);
          const r = await p.evaluate(fn, arg);
          await p.close();
          return r;
        };
        const naive = await fresh(naivePipeline, phrases);
        const floor = await fresh(textContentFloor);
        const isolated = await freshIsolated(withExt, `http://example.org/bench/${name}`, naivePipeline, phrases);
        return { scan: work + render, wall, limit: limit.ms, naive: naive.ms, naiveIsolated: isolated.ms, textcontent: floor.ms };
      });
      scans[name] = figures;
      rows.push([`scan ${name}`, `${round(figures.scan)} ms (wall ${round(figures.wall)})`, `naive ${round(figures.naive)} ms`, `${round(figures.scan / figures.naive)}x naive`]);
      rows.push([`  naive in an isolated world`, `${round(figures.naiveIsolated)} ms`, `${round(figures.naiveIsolated / figures.naive)}x naive`, `${round(figures.scan / figures.naiveIsolated)}x ours/it`]);
      rows.push([`  floors ${name}`, `textContent ${round(figures.textcontent)} ms`, `walk+filter ${round(figures.limit)} ms`, `${round(figures.scan / figures.textcontent)}x textContent`]);
    }
    const key = quick ? 'directory-1000' : 'directory-5000';
    results.scan_ms = Object.fromEntries(Object.entries(scans).map(([k, v]) => [k, round(v.scan)]));
    results.scan_wall_ms = Object.fromEntries(Object.entries(scans).map(([k, v]) => [k, round(v.wall)]));
    results.limit_ms = Object.fromEntries(Object.entries(scans).map(([k, v]) => [k, round(v.limit)]));
    results.naive_ms = Object.fromEntries(Object.entries(scans).map(([k, v]) => [k, round(v.naive)]));
    results.naive_isolated_ms = Object.fromEntries(Object.entries(scans).map(([k, v]) => [k, round(v.naiveIsolated)]));
    results.textcontent_ms = Object.fromEntries(Object.entries(scans).map(([k, v]) => [k, round(v.textcontent)]));
    results.scan_ratio_to_limit = round(scans[key].scan / scans[key].limit);
    results.scan_ratio_to_naive = round(scans[key].scan / scans[key].naive);
    results.scan_ratio_to_naive_isolated = round(scans[key].scan / scans[key].naiveIsolated);
    results.scan_ratio_to_textcontent = round(scans[key].scan / scans[key].textcontent);
    results.article_scan_ratio_to_naive = round(scans.article.scan / scans.article.naive);
    results.article_scan_ratio_to_textcontent = round(scans.article.scan / scans.article.textcontent);
    results.scan_growth_20k_over_5k = scans['directory-20000'] ? round(scans['directory-20000'].scan / scans['directory-5000'].scan) : null;

    if (scanOnly) {
      await addedTaskFigures(withExt, results, rows);
      for (const r of rows) console.log(r.map((c, i) => String(c).padEnd([34, 30, 26, 24][i])).join(' '));
      console.log(JSON.stringify(results));
      return;
    }
    const mark = await medianOf(async () => {
      const page = await plain.context.newPage();
      await page.goto(url(key));
      await page.addScriptTag({ path: markJs });
      const ms = await page.evaluate((terms) => {
        const t0 = performance.now();
        new window.Mark(document.body).mark(terms, { separateWordSearch: false, diacritics: false });
        return performance.now() - t0;
      }, phrases);
      await page.close();
      return { ms };
    });
    const markRe = await medianOf(async () => {
      const page = await plain.context.newPage();
      await page.goto(url(key));
      await page.addScriptTag({ path: markJs });
      const ms = await page.evaluate(markRegExpOnce, phrases);
      await page.close();
      return { ms };
    });
    results.markjs_regexp_ms = round(markRe.ms);
    results.markjs_regexp_ratio = round(markRe.ms / scans[key].scan);
    rows.push([`mark.js markRegExp ${key} (1 pattern)`, `${round(markRe.ms)} ms`, `ours ${round(scans[key].scan)} ms`, `${results.markjs_regexp_ratio}x ours`]);
    results.markjs_ms = round(mark.ms);
    results.markjs_ratio = round(mark.ms / scans[key].scan);
    rows.push([`mark.js ${key} (${phrases.length} phrases)`, `${round(mark.ms)} ms`, `ours ${round(scans[key].scan)} ms`, `${results.markjs_ratio}x slower`]);

    if (!quick) {
      await addedTaskFigures(withExt, results, rows);
    }

    {
      const { page, waitFor, measures } = await openWithProbe(withExt, url('mutating'), withExt.extensionId);
      await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
      await waitFor('tcl-scan');
      // The rescans of the last batches: done once the page is idle.
      await mainThreadIdle(page);
      const full = (await measures('tcl-scan-work'))[0] + (await measures('tcl-render'))[0];
      const rescans = await measures('tcl-rescan');
      await page.close();
      const perBatch = median(rescans);
      results.incremental_fraction = round(perBatch / full, 3);
      results.mutating_main_thread_ms = round(full + rescans.reduce((a, b) => a + b, 0));
      rows.push(['incremental: 100 rows', `${round(perBatch)} ms (${rescans.length} batches)`, `full ${round(full)} ms`, `${results.incremental_fraction} of a full scan`]);
      rows.push(['mutating page, 5 s', `${results.mutating_main_thread_ms} ms main thread`, '', '']);
    }

    const loadOf = async (browser, name, host = HOST) =>
      medianOf(async () => {
        const page = await browser.context.newPage();
        await page.goto(`http://${host}/bench/${name}`, { waitUntil: 'load' });
        // Headless Chromium reports no paint timing here, so the load event is the figure.
        const t = await page.evaluate(() => ({ load: performance.getEntriesByType('navigation')[0].loadEventEnd }));
        await page.close();
        return t;
      });
    for (const name of ['article', key]) {
      const a = await loadOf(withExt, name);
      const b = await loadOf(plain, name);
      const c = await loadOf(withExt, name, 'example.org');
      rows.push([`page load ${name}`, `${round(a.load)} / ${round(b.load)} ms`, `vs no extension: ${round(a.load / b.load)}x`, `vs same browser: ${round(a.load / c.load)}x`]);
      if (name === key) {
        results.load_ratio = round(a.load / b.load);
        // Same browser, a site the content script does not run on: the content script's own cost.
        results.load_ratio_same_browser = round(a.load / c.load);
      }
    }

    // Heavy pages: the longest tasks with the extension and without (figures, not pass/fail).
    const heavy = await heavyFigures(withExt, server, { quick });
    Object.assign(results, heavy.figures);
    rows.push(...heavy.rows);

    const d = await dashboardFigures(withExt, { notes: quick ? 1000 : 10_000, runs: RUNS });
    Object.assign(results, d);
    rows.push([`dashboard, ${d.dashboard_notes} notes`, `first render ${round(d.dashboard_first_render_ms)} ms`, `filter ${round(d.dashboard_filter_ms)} ms`, `search ${round(d.dashboard_search_ms)} ms`]);
    rows.push(['dashboard exports', `CSV ${round(d.csv_export_ms)} ms`, `JSON ${round(d.json_export_ms)} ms`, `import ${round(d.json_import_ms)} ms`]);
    // A large import: the dashboard's longest task against a naive import of the same file.
    const imp = await importFigures(withExt, quick ? { notes: 1000, shotEvery: 2 } : {});
    Object.assign(results, imp.figures);
    rows.push(...imp.rows);
  } finally {
    await withExt.close();
    await plain.close();
    await server.close();
  }

  // The store zip as a user gets it, built now so its size is this code's.
  execFileSync('npx', ['wxt', 'zip'], { cwd: projectRoot, stdio: 'ignore' });
  const size = (f) => statSync(f).size;
  const content = join(extensionPath, 'content-scripts', 'content.js');
  results.content_script_kb = round(size(content) / 1024, 1);
  results.content_script_gzip_kb = round(gzipSync(readFileSync(content)).length / 1024, 1);
  const chunks = join(extensionPath, 'chunks');
  const dashboard = readdirSync(chunks).filter((f) => f.startsWith('dashboard')).reduce((s, f) => s + size(join(chunks, f)), 0);
  results.dashboard_bundle_kb = round(dashboard / 1024, 1);
  const zip = readdirSync(join(projectRoot, '.output')).find((f) => f.endsWith('-chrome.zip'));
  results.zip_kb = zip ? round(size(join(projectRoot, '.output', zip)) / 1024, 1) : null;
  rows.push(['content script', `${results.content_script_kb} KB`, `${results.content_script_gzip_kb} KB gzip`, '']);
  rows.push(['dashboard bundle', `${results.dashboard_bundle_kb} KB`, zip ? `zip ${results.zip_kb} KB` : 'zip: run npm run zip', '']);

  const width = [34, 30, 26, 24];
  console.log(`\nTaiwan City Lens benchmark (${quick ? 'quick' : `median of ${RUNS} runs after a warm-up`}) on ${results.machine}`);
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(width[i])).join(' '));
  writeFileSync(join(projectRoot, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('\nWritten to bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
