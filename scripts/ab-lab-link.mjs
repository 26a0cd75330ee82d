/**
 * Developer tool: A/B of the lab-link row on two builds, back to back. Serves each build with `vite preview` and
 * opens every lab's link cold (fresh context, 1280×720) alternating A and B, with the bench's readiness check
 * (watchLab of scripts/bench-readable.mjs). Prints per-build medians, the paired differences, and the CPU time each
 * load took until ready (renderer processes, from SystemInfo.getProcessInfo; steadier than wall time on a loaded
 * machine) beside Performance.getMetrics' task time. MARKS=1 prints each load's performance marks named `p:…`.
 * `node scripts/ab-lab-link.mjs <dirA> <dirB> <port> [rounds]` (uses port and port + 1).
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { watchLab } from './bench-readable.mjs';
import { freshPage, launchChromium } from './chromium.mjs';

const [dirA, dirB, port, rounds = '3'] = process.argv.slice(2);
const LABS = ['elastic-ip', 'ebs-move', 'scale-up-or-out', 'lose-an-az', 'status-checks'];
const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;

async function serve(dir, p) {
  if (await fetch(`http://localhost:${p}/`).then(() => true, () => false)) throw new Error(`port ${p} is already in use`);
  const child = spawn(process.execPath, [vite, 'preview', '--outDir', dir, '--port', String(p), '--strictPort'], { stdio: 'ignore' });
  const url = `http://localhost:${p}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, child };
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
  throw new Error(`no preview on ${p}`);
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const a = await serve(dirA, Number(port));
const b = await serve(dirB, Number(port) + 1);
const browser = await launchChromium();
const sys = await browser.newBrowserCDPSession();
/** CPU seconds by process id (renderers, GPU, network, browser). */
const cpuByProcess = async () => new Map((await sys.send('SystemInfo.getProcessInfo')).processInfo.map((p) => [p.id, { type: p.type, cpu: p.cpuTime }]));
const res = { A: [], B: [] };
try {
  for (let r = 0; r < Number(rounds); r++)
    for (const id of LABS)
      for (const [name, s] of r % 2 ? [['B', b], ['A', a]] : [['A', a], ['B', b]]) {
        const { context, page } = await freshPage(browser, { viewport: { width: 1280, height: 720 } });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.addInitScript(watchLab);
        const before = await cpuByProcess();
        await page.goto(`${s.url}#lab=${id}`);
        await page.waitForFunction(() => window.__labReadyAt !== undefined, null, { timeout: 30_000 });
        const ms = await page.evaluate(() => window.__labReadyAt);
        if (process.env.MARKS) {
          const marks = await page.evaluate(() => {
            const js = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime < window.__labReadyAt);
            const pm = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('p:')).map((m) => `${m.name.slice(2)} ${m.startTime.toFixed(0)}`);
            return [`fcp ${performance.getEntriesByName('first-contentful-paint')[0]?.startTime.toFixed(0)}`, `scripts ${js.length} last ${Math.max(...js.map((r) => r.responseEnd)).toFixed(0)}`, ...pm].join(', ');
          });
          console.log(name, id, Math.round(ms), marks);
        }
        const after = await cpuByProcess();
        let renderer = 0;
        let all = 0;
        for (const [pid, p] of after) {
          const d = p.cpu - (before.get(pid)?.cpu ?? 0);
          all += d;
          if (p.type === 'renderer') renderer += d;
          if (process.env.TYPES) console.log(p.type, pid, (d * 1000).toFixed(0));
        }
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
        res[name].push({ id, ms, rcpu: renderer * 1000, acpu: all * 1000, cpu: m.TaskDuration * 1000, script: m.ScriptDuration * 1000, layout: (m.LayoutDuration + m.RecalcStyleDuration) * 1000 });
        await context.close();
      }
} finally {
  await browser.close();
  a.child.kill('SIGTERM');
  b.child.kill('SIGTERM');
}
for (const k of ['A', 'B']) {
  const v = res[k];
  console.log(`${k}: ready median ${median(v.map((x) => x.ms)).toFixed(0)} ms; renderer cpu median ${median(v.map((x) => x.rcpu)).toFixed(0)} ms, all chromium ${median(v.map((x) => x.acpu)).toFixed(0)} ms; task time median ${median(v.map((x) => x.cpu)).toFixed(0)} ms (script ${median(v.map((x) => x.script)).toFixed(0)}, style+layout ${median(v.map((x) => x.layout)).toFixed(0)}); by lab ${LABS.map((id) => `${id} ${median(v.filter((x) => x.id === id).map((x) => x.ms)).toFixed(0)}`).join(', ')}`);
}
const diffs = res.A.map((x, i) => res.B[i].ms - x.ms);
const cdiffs = res.A.map((x, i) => res.B[i].rcpu - x.rcpu);
console.log(`B − A paired: ready median ${median(diffs).toFixed(0)} ms (B faster in ${diffs.filter((d) => d < 0).length} of ${diffs.length}); renderer cpu median ${median(cdiffs).toFixed(0)} ms`);
