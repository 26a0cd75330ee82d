/**
 * Developer tool: where the time of a cold `#lab=<id>` load goes (the lab-link row of BENCHMARKS.md). For each lab,
 * a fresh context opens the link under a Chromium trace; it prints the wall-clock ready time (the bench's criterion),
 * a timeline of what showed when, the renderer main thread's CPU time by trace event until ready, the sampled CPU
 * time by script file and by function, and when each script arrived.
 * Build first (`npx vite build --mode test [--minify false] --outDir <dir>`); then
 * `node scripts/profile-lab-link.mjs <dir> <port> [lab ids…]` (LOADS=n repeats each lab, TOP=n functions, TRACE_DIR=dir
 * keeps each trace as <lab>-<n>.json for Chromium's Performance panel, STACKS=1 records the script stack of each forced
 * style recalculation and layout, CATEGORIES=a,b adds trace categories such as `v8,disabled-by-default-v8.compile`
 * for the main thread's lazy compilation). It also counts the fonts looked up on the main thread until ready: on Linux
 * each is a synchronous round trip to the browser process.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { watchLab } from './bench-readable.mjs';
import { freshPage, launchChromium } from './chromium.mjs';

const [dir, port, ...ids] = process.argv.slice(2);
const labs = ids.length ? ids : ['elastic-ip', 'ebs-move', 'scale-up-or-out', 'lose-an-az', 'status-checks'];
const loads = Number(process.env.LOADS ?? 1);
const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
try {
  await fetch(`http://localhost:${port}/`);
  throw new Error(`port ${port} is already in use`);
} catch (e) {
  if (e.message.includes('in use')) throw e;
}
const server = spawn(process.execPath, [vite, 'preview', '--outDir', dir, '--port', port, '--strictPort'], { stdio: 'ignore' });
const url = `http://localhost:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {
    /* not yet */
  }
  await sleep(100);
}

/** In the page from document start, after watchLab: when each milestone first held (ms since navigation start). */
function watch() {
  const at = (window.__marks = {});
  const zoomOf = () => Number(/scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '')?.[1] ?? NaN);
  const milestones = {
    root: () => document.querySelector('#root header, #root main'),
    panel: () => document.querySelector('[data-testid="lab-panel"]')?.getBoundingClientRect().width > 0,
    viewport: () => document.querySelector('.react-flow__viewport'),
    node: () => document.querySelector('.react-flow__node-instance'),
    visibleNode: () => [...document.querySelectorAll('.react-flow__node')].some((n) => getComputedStyle(n).visibility !== 'hidden'),
    ready: () => window.__labReadyAt !== undefined,
  };
  const zooms = [];
  const check = () => {
    const now = performance.now();
    for (const [k, f] of Object.entries(milestones)) if (at[k] === undefined && f()) at[k] = now;
    const z = zoomOf();
    if (!Number.isNaN(z) && zooms.at(-1)?.[1] !== z) zooms.push([Math.round(now), Number(z.toFixed(3))]);
    window.__zooms = zooms;
    if (at.ready === undefined || now - at.ready < 300) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  'fonts',
  // STACKS=1: the script stack of each forced style recalculation and layout (costs a little more)
  ...(process.env.STACKS ? ['disabled-by-default-devtools.timeline.stack'] : []),
  ...(process.env.CATEGORIES?.split(',') ?? []),
];

const fmt = (us) => (us / 1000).toFixed(1).padStart(7);
const totals = new Map();
const add = (k, v) => totals.set(k, (totals.get(k) ?? 0) + v);

const browser = await launchChromium();
try {
  for (let n = 0; n < loads; n++)
    for (const id of labs) {
      const { context, page } = await freshPage(browser, { viewport: { width: 1280, height: 720 } });
      await page.addInitScript(watchLab);
      await page.addInitScript(watch);
      await browser.startTracing(page, { categories });
      await page.goto(`${url}#lab=${id}`);
      await page.waitForFunction(() => window.__marks?.ready !== undefined, null, { timeout: 30_000 });
      await page.waitForTimeout(400);
      const { marks, zooms, resources, nav, pmarks, pm } = await page.evaluate(() => ({
        pmarks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('p:')).map((m) => `${m.name.slice(2)} ${m.startTime.toFixed(0)}`).join(', '),
        pm: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('p:')).map((m) => [m.name.slice(2), m.startTime])),
        marks: window.__marks,
        zooms: window.__zooms,
        nav: performance.getEntriesByType('navigation')[0].toJSON(),
        resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd, size: r.encodedBodySize })),
      }));
      const raw = await browser.stopTracing();
      if (process.env.TRACE_DIR) (await import('node:fs')).writeFileSync(`${process.env.TRACE_DIR}/${id}-${n}.json`, raw);
      const trace = JSON.parse(raw.toString());
      await context.close();
      const events = trace.traceEvents;
      const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
      const pid = parse?.pid;
      const tid = parse?.tid;
      const navStart = events.find((e) => e.pid === pid && e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(url))?.ts ?? parse.ts;
      const end = navStart + marks.ready * 1000;
      // main-thread CPU until ready: top-level tasks (RunTask) and per event name (self time is hard; inclusive by name)
      let taskCpu = 0;
      let taskWall = 0;
      const lastScript = Math.max(...resources.filter((r) => r.name.endsWith('.js') && r.start < marks.root).map((r) => r.end));
      const bounds = pm.main
        ? [['toMain', pm.main], ['toEngine', pm.engine], ['toRender', pm.render], ['toFirstPaint', marks.root], ['toReady', marks.ready]]
        : [['scripts', lastScript], ['firstRender', marks.root], ['ready', marks.ready]];
      const phase = new Map(bounds.map(([k]) => [k, 0]));
      const fonts = { n: 0, wall: 0, cpu: 0, render: 0 };
      // the app's own work starts with the evaluation of its first module (before it the main thread waits for code)
      const appStart = events.find((e) => e.pid === pid && e.tid === tid && e.name === 'v8.evaluateModule' && (e.tdur ?? 0) > 5000)?.ts ?? end;
      const byName = new Map();
      for (const e of events) {
        if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.ts < navStart || e.ts > end) continue;
        if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
          taskCpu += e.tdur ?? 0;
          taskWall += e.dur ?? 0;
          const k = bounds.find(([, ms]) => (e.ts - navStart) / 1000 <= ms)?.[0] ?? bounds.at(-1)[0];
          phase.set(k, phase.get(k) + (e.tdur ?? 0));
        }
        if (e.name === 'FontCache::GetFontPlatformData') {
          fonts.n++;
          fonts.wall += e.dur;
          fonts.cpu += e.tdur ?? 0;
          if (e.ts > appStart) fonts.render++;
        }
        const [c, w, k] = byName.get(e.name) ?? [0, 0, 0];
        byName.set(e.name, [c + (e.tdur ?? 0), w + (e.dur ?? 0), k + 1]);
      }
      if (process.env.DUMP) {
        // every top-level task on the main thread until ready, with its children of ≥ 2 ms
        const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= navStart && e.ts <= end).sort((x, y) => x.ts - y.ts);
        const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
        for (const t of tasks) {
          if ((t.tdur ?? 0) < 2000) continue;
          const inner = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && (e.tdur ?? e.dur) >= 2000 && e.name !== 'RunTask');
          const label = (e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${((e.tdur ?? 0) / 1000).toFixed(0)}`;
          console.log(`   task @${((t.ts - navStart) / 1000).toFixed(0)} cpu ${((t.tdur ?? 0) / 1000).toFixed(0)} wall ${(t.dur / 1000).toFixed(0)}: ${inner.slice(0, 8).map(label).join(' > ')}`);
        }
      }
      if (process.env.OTHER) {
        // the renderer's other threads: events of ≥ 10 ms (background compile, raster…)
        const names = new Map(events.filter((e) => e.pid === pid && e.name === 'thread_name').map((e) => [e.tid, e.args.name]));
        for (const e of events.filter((e) => e.pid === pid && e.tid !== tid && e.ph === 'X' && e.ts >= navStart && e.ts <= end && (e.dur ?? 0) >= 10000).sort((x, y) => x.ts - y.ts))
          console.log(`   other @${((e.ts - navStart) / 1000).toFixed(0)} ${names.get(e.tid)} ${e.name} wall ${(e.dur / 1000).toFixed(0)} cpu ${((e.tdur ?? 0) / 1000).toFixed(0)} ${e.args?.data?.url?.split('/').pop() ?? e.args?.url?.split('/').pop() ?? ''}`);
      }
      // sampled CPU profile of the renderer: self time by script file and function until ready
      const byFile = new Map();
      const byFn = new Map();
      let profiled = 0;
      const profiles = new Map(); // one per thread: its nodes and clock
      for (const e of events) {
        if (e.pid !== pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
        if (e.name === 'Profile') profiles.set(e.id, { nodes: new Map(), t: e.args.data.startTime, main: e.tid === tid });
        const p = profiles.get(e.id);
        if (!p?.main) continue;
        const d = e.args.data;
        for (const node of d.cpuProfile?.nodes ?? []) p.nodes.set(node.id, node);
        const samples = d.cpuProfile?.samples ?? [];
        const deltas = d.timeDeltas ?? [];
        for (let i = 0; i < samples.length; i++) {
          p.t += deltas[i] ?? 0;
          const next = deltas[i + 1] ?? 0;
          if (p.t < navStart || p.t > end) continue;
          const f = p.nodes.get(samples[i])?.callFrame;
          if (!f || f.functionName === '(idle)') continue;
          const file = f.url ? f.url.split('/').pop() : f.functionName;
          byFile.set(file, (byFile.get(file) ?? 0) + next);
          const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
          byFn.set(key, (byFn.get(key) ?? 0) + next);
          if (f.functionName !== '(program)') profiled += next;
        }
      }
      console.log(`\n── ${id}: ready ${marks.ready.toFixed(0)} ms; main-thread tasks until ready: cpu ${fmt(taskCpu)} ms, wall ${fmt(taskWall)} ms; sampled js+gc ${fmt(profiled)} ms`);
      console.log('   task cpu by phase (until)', bounds.map(([k, ms]) => `${k}@${ms.toFixed(0)}: ${(phase.get(k) / 1000).toFixed(0)}`).join(', '));
      for (const [k, v] of phase) add(`phase ${k}`, v);
      console.log(`   font lookups until ready: ${fonts.n} (${fonts.render} once the app's code runs), wall ${(fonts.wall / 1000).toFixed(0)} ms, cpu ${(fonts.cpu / 1000).toFixed(0)} ms`);
      add('font lookups after scripts', fonts.render);
      add('font lookup wall', fonts.wall);
      if (pmarks) console.log('   app marks', pmarks);
      console.log('   marks', Object.entries(marks).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '), '| zooms', JSON.stringify(zooms.slice(0, 8)));
      console.log('   nav', `responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} domContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)}`);
      if (process.env.RES) for (const r of resources.filter((r) => r.name.endsWith('.js'))) console.log('   res', r.start.toFixed(0).padStart(6), r.end.toFixed(0).padStart(6), r.name);
      else console.log('   scripts', resources.filter((r) => r.name.endsWith('.js')).length, 'last script arrived', Math.max(...resources.filter((r) => r.name.endsWith('.js')).map((r) => r.end)).toFixed(0));
      const names = ['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RunMicrotasks', 'v8.run', 'MajorGC', 'MinorGC', 'ResourceReceivedData', 'ParseAuthorStyleSheet', 'HitTest', 'Commit'];
      console.log('   cpu by event (inclusive)', names.filter((k) => byName.has(k)).map((k) => `${k} ${(byName.get(k)[0] / 1000).toFixed(0)}`).join(', '));
      for (const k of names) if (byName.has(k)) add(`event ${k}`, byName.get(k)[0]);
      add('ready', marks.ready * 1000);
      add('task cpu', taskCpu);
      add('sampled', profiled);
      for (const [k, v] of byFile) add(`file ${k}`, v);
      for (const [k, v] of byFn) add(`fn ${k}`, v);
      console.log('   by file', [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', '));
    }
  const runs = loads * labs.length;
  console.log(`\n══ mean over ${runs} loads: ready ${fmt(totals.get('ready') / runs)} ms, main-thread task cpu ${fmt(totals.get('task cpu') / runs)} ms, sampled ${fmt(totals.get('sampled') / runs)} ms`);
  for (const [k, v] of [...totals].filter(([k]) => k.startsWith('phase '))) console.log(fmt(v / runs), k);
  console.log(`   font lookups once the app's code runs: ${(totals.get('font lookups after scripts') / runs).toFixed(0)} per load; font lookup wall ${fmt(totals.get('font lookup wall') / runs)} ms`);
  for (const [k, v] of [...totals].filter(([k]) => k.startsWith('event ')).sort((a, b) => b[1] - a[1])) console.log(fmt(v / runs), k);
  for (const [k, v] of [...totals].filter(([k]) => k.startsWith('file ')).sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(fmt(v / runs), k);
  for (const [k, v] of [...totals].filter(([k]) => k.startsWith('fn ')).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) console.log(fmt(v / runs), k);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
