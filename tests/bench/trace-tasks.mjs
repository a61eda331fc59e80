// `node tests/bench/trace-tasks.mjs [none|half] [host]`: where the main thread's time goes on the
// added_task_ms pages (tests/bench/pages.mjs taskPage), from a Chromium trace (devtools.timeline)
// from the load event until the page has settled: the time of each kind of event directly under a
// task (script, style recalculation, layout, pre-paint, paint…), with the extension and, with host
// example.org, without it (the lens does not run there).
import { startServer } from '../harness/server.mjs';
import { launchBrowser } from '../harness/browser.mjs';
import { taskPage } from './pages.mjs';
import { extensionWorld, mainThreadIdle, measuresOnce } from './signals.mjs';

const kind = process.argv[2] ?? 'half';
const host = process.argv[3] ?? 'www.iclei.org';
const server = await startServer();
server.setRoute(host, `/bench/tasks-5000-${kind}`, taskPage(5000, kind));
const browser = await launchBrowser({ port: server.port });
try {
  for (let run = 0; run < 2; run++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    const world = extensionWorld(cdp, browser.extensionId);
    await cdp.send('Runtime.enable');
    // From the load event on, as added_task_ms counts (tests/bench/run.mjs settledMetrics): the lens starts after it.
    await page.goto(`http://${host}/bench/tasks-5000-${kind}`);
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    // Settled as settledMetrics has it: the lens's first scan done (where it runs), then the page idle.
    if (host !== 'example.org') await measuresOnce(cdp, (await world.latest()).id, 'tcl-scan');
    await mainThreadIdle(page);
    await cdp.send('Tracing.end');
    await done;
    await page.close();
    if (run === 0) continue; // warm-up
    // The renderer's main thread: the one with the most RunTask time among the page's threads.
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask');
    const byThread = new Map();
    for (const t of tasks) byThread.set(`${t.pid}:${t.tid}`, (byThread.get(`${t.pid}:${t.tid}`) ?? 0) + t.dur);
    const main = [...byThread].sort((a, b) => b[1] - a[1])[0][0];
    const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
    const top = onMain.filter((e) => e.name === 'RunTask');
    const sums = new Map();
    let longest = [];
    for (const t of top) {
      const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
      // Direct children only: the outermost events in the task.
      const outer = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
      for (const e of outer) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
      longest.push([t.dur / 1000, outer.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`).slice(0, 6).join(', ')]);
    }
    const total = top.reduce((s, t) => s + t.dur, 0) / 1000;
    console.log(`${host} tasks-5000-${kind}: ${top.length} tasks, ${total.toFixed(1)} ms`);
    for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
    console.log('  longest tasks:');
    for (const [ms, what] of longest.sort((a, b) => b[0] - a[0]).slice(0, 10)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${what}`);
  }
} finally {
  await browser.close();
  await server.close();
}
