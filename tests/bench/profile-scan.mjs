// `node tests/bench/profile-scan.mjs [page] [runs]`: where the first scan's time goes, from a CDP
// CPU profile over the page's main thread (the content script's isolated world included), summed
// by function and by line for the extension's scripts, with the scan's stage measures (median and
// minimum over the runs). Build unminified for names: TCL_NO_MINIFY=1 npx wxt build. PROFILE=0:
// the stage measures alone; ROOT=<name or file:line>: only the samples under that function;
// SETTLED=1: profile until the page has settled (the panel, the sightings, all), not only the scan.
// `mutating`: the page that appends 100 rows 25 times, profiled until its last rescan (ROOT=rescan).
// Built with TCL_WARM_SCAN=1 npx wxt build, the scan's stage measures are the page's second scan
// (the first is not drawn; `scan`, its wall time, spans both): our code and its patterns compiled
// and run once, the page's nodes read once from our world. What a first scan costs beyond that is
// the engine's start on a fresh page.
import { startServer } from '../harness/server.mjs';
import { launchBrowser } from '../harness/browser.mjs';
import { articlePage, directoryPage, mutatingPage, taskPage } from './pages.mjs';
import { extensionWorld, mainThreadIdle, measuresOnce } from './signals.mjs';

const name = process.argv[2] ?? 'directory-5000';
const runs = Number(process.argv[3] ?? 3);
const HOST = 'www.iclei.org';
const server = await startServer();
server.setRoute(HOST, '/bench/directory-5000', directoryPage(5000));
server.setRoute(HOST, '/bench/article', articlePage());
server.setRoute(HOST, '/bench/mutating', mutatingPage());
for (const f of ['none', 'half']) server.setRoute(HOST, `/bench/tasks-5000-${f}`, taskPage(5000, f));
const browser = await launchBrowser({ port: server.port });
const STAGES = ['tcl-scan', 'tcl-scan-work', 'tcl-scan-collect', 'tcl-scan-match', 'tcl-scan-locate', 'tcl-render', 'tcl-rescan'];
const profiling = process.env.PROFILE !== '0';
const stageRuns = [];
const self = new Map();
const lines = new Map();
const total = new Map();
let samplesMs = 0;
try {
  for (let r = 0; r <= runs; r++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const world = extensionWorld(cdp, browser.extensionId);
    await cdp.send('Runtime.enable');
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`http://${HOST}/bench/${name}`);
    const { id } = await world.latest();
    await measuresOnce(cdp, id, 'tcl-scan');
    // The mutating page: until its last batch is in and rescanned.
    if (name === 'mutating') await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
    if (process.env.SETTLED === '1' || name === 'mutating') await mainThreadIdle(page);
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: id,
      expression: `JSON.stringify(Object.fromEntries(${JSON.stringify(STAGES)}.map((n) => [n, performance.getEntriesByName(n).map((e) => e.duration)])))`,
      returnByValue: true,
    });
    const m = JSON.parse(result.value);
    const profile = profiling ? (await cdp.send('Profiler.stop')).profile : null;
    await page.close();
    console.log(`run ${r}: ${STAGES.map((n) => `${n.replace('tcl-', '')} ${m[n][0]?.toFixed(1)}`).join(' ')}`);
    if (r === 0) continue; // warm-up
    stageRuns.push(m);
    if (!profile) continue;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ours = (n) => n.callFrame.url.startsWith('chrome-extension://');
    const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    const dt = profile.timeDeltas;
    const perTick = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
    for (const n of profile.nodes) if (ours(n)) for (const t of n.positionTicks ?? []) {
      const k = `${n.callFrame.url.split('/').pop()}:${t.line} (${n.callFrame.functionName || 'anon'})`;
      lines.set(k, (lines.get(k) ?? 0) + t.ticks * perTick);
    }
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (dt[i + 1] ?? 0) / 1000;
      let n = byId.get(profile.samples[i]);
      // only stacks that go through our code
      const stack = [];
      for (let id = n.id; id !== undefined; id = parent.get(id)) stack.push(byId.get(id));
      const firstOurs = stack.findIndex(ours);
      if (firstOurs < 0) continue;
      // ROOT=function-name: only the samples under that function (the scan's, the render's…)
      if (process.env.ROOT && !stack.some((f) => ours(f) && key(f).includes(process.env.ROOT))) continue;
      samplesMs += ms;
      const selfKey = firstOurs === 0 ? key(n) : `${n.callFrame.functionName || n.callFrame.url || '(native)'} <- ${key(stack[firstOurs])}`;
      self.set(selfKey, (self.get(selfKey) ?? 0) + ms);
      const seen = new Set();
      for (const s of stack) if (ours(s)) { const k = key(s); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + ms); } }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const med = (xs) => { const a = [...xs].sort((x, y) => x - y); return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2; };
console.log(`medians: ${STAGES.map((n) => `${n.replace('tcl-', '')} ${med(stageRuns.map((m) => m[n][0] ?? 0)).toFixed(2)}`).join(' ')}`);
console.log(`minima:  ${STAGES.map((n) => `${n.replace("tcl-", "")} ${Math.min(...stageRuns.map((m) => m[n][0] ?? 0)).toFixed(2)}`).join(" ")}`);
if (!profiling) process.exit(0);
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, ms]) => `${(ms / runs).toFixed(2).padStart(8)} ms  ${n}`).join('\n');
console.log(`\nour stacks: ${(samplesMs / runs).toFixed(1)} ms per run\n\nself (per run):\n${top(self, 40)}\n\ninclusive (per run):\n${top(total, 40)}\n\nself by line (per run):\n${top(lines, 40)}`);
