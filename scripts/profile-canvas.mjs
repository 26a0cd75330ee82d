/**
 * Developer tool: a CPU profile of the full app while it takes actions (or undo/redo) on the 1,000-resource canvas,
 * summarised by self time per function. Build first with `npx vite build --mode test --minify false --outDir <dir>`;
 * then `node scripts/profile-canvas.mjs <dir> <port> [actions|undo]` (PROFILE_OUT=file.cpuprofile keeps the profile).
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from './chromium.mjs';
import { openBigWorld } from './bench-readable.mjs';

const [dir, port, what = 'actions'] = process.argv.slice(2);
const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
const server = spawn(process.execPath, [vite, 'preview', '--outDir', dir, '--port', port, '--strictPort'], { stdio: 'ignore' });
const url = `http://localhost:${port}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(url)).ok) break; } catch { /* not yet */ }
  await sleep(100);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await openBigWorld(page, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (process.env.TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const r = await page.evaluate(async ([kind]) => {
    const store = window.__labStore;
    const running = store.getState().world.instances.values().filter((i) => i.state === 'running').slice(0, 20);
    const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    const macrotask = () => new Promise((res) => { const c = new MessageChannel(); c.port1.onmessage = res; c.port2.postMessage(0); });
    const times = [];
    if (kind === 'undo') {
      const inst = running[0];
      for (let i = 0; i < 60; i++) store.getState().dispatch({ type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: inst.id, DisableApiTermination: { Value: i % 2 === 0 } } });
      for (const op of ['undo', 'redo']) for (let i = 0; i < 60; i++) {
        await frame();
        const t0 = performance.now();
        store.getState()[op]();
        await macrotask();
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
      }
    } else {
      for (let i = 0; i < 60; i++) {
        const id = running[Math.floor(i / 3) % running.length].id;
        const k = ['rename', 'stop', 'start'][i % 3];
        const action = k === 'rename'
          ? { type: 'ec2:CreateTags', params: { Resources: [id], Tags: [{ Key: 'Name', Value: `bench ${i}` }] } }
          : { type: k === 'stop' ? 'ec2:StopInstances' : 'ec2:StartInstances', params: { InstanceIds: [id] } };
        await frame();
        const t0 = performance.now();
        store.getState().dispatch(action);
        await new Promise((res) => requestAnimationFrame(res));
        await macrotask();
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
  }, [what]);
  const { profile } = await cdp.send('Profiler.stop');
  if (process.env.PROFILE_OUT) (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  if (process.env.TRACE) {
    const trace = JSON.parse((await browser.stopTracing()).toString());
    // Thread CPU time (tdur) of top-level tasks: steadier than wall time on a loaded machine.
    const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === trace.traceEvents.find((x) => x.name === 'TimerFire')?.pid);
    const sums = new Map();
    for (const e of trace.traceEvents) {
      if (e.ph !== 'X' || !e.dur) continue;
      const where = main && e.pid === main.pid && e.tid === main.tid ? 'main' : 'other';
      const key = `${where} ${e.name}`;
      const [d, t, n] = sums.get(key) ?? [0, 0, 0];
      sums.set(key, [d + e.dur, t + (e.tdur ?? 0), n + 1]);
    }
    for (const [k, [d, t, n]] of [...sums].sort((a, b) => b[1][1] - a[1][1]).slice(0, 22)) console.log('trace', 'cpu', (t / 1000).toFixed(1).padStart(8), 'wall', (d / 1000).toFixed(1).padStart(8), String(n).padStart(6), k);
  }
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (dt[i + 1] ?? 0)));
  let total = 0;
  for (const [id, us] of hits) {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + us);
    if (f.functionName !== '(idle)' && f.functionName !== '(program)') total += us;
  }
  console.log(what, r);
  // inclusive time per function (counted once per sample even when recursive)
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, us] of hits) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  const want = (process.env.INCL ?? '').split(',').filter(Boolean);
  for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => !want.length || want.some((w) => k.startsWith(w + ' '))).slice(0, Number(process.env.INCL_TOP ?? 60))) console.log('incl', (us / 1000).toFixed(1).padStart(8), k);
  console.log('total non-idle ms', (total / 1000).toFixed(0));
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((us / 1000).toFixed(1).padStart(8), k);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
