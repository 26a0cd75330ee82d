/**
 * `npm run bench`: builds, measures every figure in MEASUREMENTS, prints the table and writes BENCHMARKS.md.
 *
 * A benchmark, not a timed test: a missed budget is reported (in the table and the exit message), never hidden,
 * and does not fail the run. Only a measurement that cannot run at all exits non-zero.
 *
 * To add a figure, add one entry to MEASUREMENTS:
 *   { figure, budget: '≤ 50 µs', limit: 50, better: 'lower', measure: async () => ({ value, shown, note? }) }
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchChromium } from './chromium.mjs';
import { startPreview, viteBuild } from './preview.mjs';
import { actionToPaint, labLinkOpen, openBigWorld, port } from './bench-readable.mjs';
import { exportPng, exportSvg, presenterJump, presenterSteps } from './bench-classroom.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = `${root}dist/`;

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

// ── first-load JavaScript ────────────────────────────────────────────────────────────────────────────────────────

/** Every script dist/index.html loads up front: module scripts and modulepreload links. */
function firstLoadScripts() {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const files = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const href = /\brel="modulepreload"/.test(tag) ? /\bhref="([^"]+)"/.exec(tag)?.[1] : undefined;
    const url = src ?? href;
    if (url && !/^(https?:)?\/\//.test(url)) files.add(url.replace(/^\//, ''));
  }
  return [...files];
}

async function firstLoadJavaScript() {
  const files = firstLoadScripts();
  const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(dist + file), { level: 9 }).length }));
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  return { value: total, shown: kb(total), note: sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ') };
}

// ── the terminal ─────────────────────────────────────────────────────────────────────────────────────────────────

/** A chunk's static imports (`from "./x.js"`), recursively. */
function staticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(dist + file, 'utf8');
  for (const m of text.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) staticImports(`assets/${m[1]}`, seen);
  return seen;
}

/** The terminal's lazy chunk and what it alone pulls in (not the first load, not the engine it shares). */
async function terminalChunk() {
  const assets = readdirSync(`${dist}assets`);
  const panel = assets.find((f) => /^TerminalPanel-.*\.js$/.test(f));
  const engine = assets.find((f) => /^engine-.*\.js$/.test(f));
  if (!panel) throw new Error('no TerminalPanel chunk in dist/assets');
  const shared = new Set(firstLoadScripts());
  if (engine) for (const f of staticImports(`assets/${engine}`)) shared.add(f);
  const files = [...staticImports(`assets/${panel}`)].filter((f) => !shared.has(f));
  const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(dist + file), { level: 9 }).length }));
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  return { value: total, shown: kb(total), note: sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ') };
}

async function cliCommand() {
  const { cli } = await engineBench();
  return {
    value: cli.medianMillis,
    shown: `${cli.medianMillis.toFixed(2)} ms`,
    note: `median of ${cli.commands} commands (describe-instances with a filter and --query to text, describe-vpcs as a table, create-vpc), parse to printed output, on the 1,000-resource world; slowest ${cli.maxMillis.toFixed(2)} ms`,
  };
}

// ── first canvas interactive ─────────────────────────────────────────────────────────────────────────────────────

/** Runs in the page from document start: records when the React Flow viewport and all three AZ nodes are shown. */
function watchCanvas() {
  const ready = () => {
    const viewport = document.querySelector('.react-flow__viewport');
    const azs = [...document.querySelectorAll('.react-flow__node-az')];
    return (
      viewport &&
      azs.length >= 3 &&
      azs.every((n) => getComputedStyle(n).visibility !== 'hidden' && n.getBoundingClientRect().width > 0)
    );
  };
  const check = () => {
    if (ready()) window.__canvasReadyAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const LOADS = 5;

async function firstCanvasInteractive() {
  const server = await startPreview(port(-2));
  const browser = await launchChromium();
  try {
    const samples = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh context has an empty HTTP cache: every load is cold.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.addInitScript(watchCanvas);
      await page.goto(server.url);
      await page.waitForFunction(() => window.__canvasReadyAt !== undefined, null, { timeout: 30_000 });
      samples.push(await page.evaluate(() => window.__canvasReadyAt));
      await context.close();
    }
    const ms = median(samples);
    return {
      value: ms / 1000,
      shown: `${(ms / 1000).toFixed(2)} s`,
      note: `${LOADS} cold loads, ms since navigation start: ${samples.map((s) => Math.round(s)).join(', ')}; Chromium ${browser.version()}`,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

// ── engine and scenario documents (scripts/*-bench.ts, bundled for Node) ─────────────────────────────────────────

const bundledRuns = new Map();
/** Bundles `scripts/<name>.ts` with Vite (SSR build, dependencies stay external), runs it once, parses its JSON line. */
function bundledBench(name) {
  if (!bundledRuns.has(name)) {
    bundledRuns.set(
      name,
      (async () => {
        const outDir = `${root}node_modules/.tmp/${name}`;
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          build: {
            ssr: `scripts/${name}.ts`,
            outDir,
            emptyOutDir: true,
            target: 'node20',
            minify: false,
            rolldownOptions: { output: { entryFileNames: `${name}.mjs` } },
          },
        });
        const r = spawnSync(process.execPath, [`${outDir}/${name}.mjs`], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
        return JSON.parse(r.stdout.trim().split('\n').pop());
      })(),
    );
  }
  return bundledRuns.get(name);
}
const engineBench = () => bundledBench('engine-bench');
const scenarioBench = () => bundledBench('scenario-bench');

async function classroomLink() {
  const { classroom } = await scenarioBench();
  return {
    value: classroom.fragmentChars,
    shown: `${classroom.fragmentChars.toLocaleString('en')} characters`,
    note: `URL fragment \`s=1.…\` of src/scenario/fixtures/classroom.ts (carries ${classroom.carries}); as a snapshot instead: ${classroom.asSnapshotChars} characters; decode median ${classroom.decode.medianMs} ms`,
  };
}

async function thousandResourceLink() {
  const { thousandResources: t } = await scenarioBench();
  return {
    value: t.snapshotChars,
    shown: `${(t.snapshotChars / 1024).toFixed(1)} KiB`,
    note: `${t.resources} resources (world JSON ${(t.worldJsonBytes / 1024).toFixed(0)} KiB) shared as a snapshot: ${t.snapshotChars.toLocaleString('en')} characters; its ${t.withItsLog.steps}-step log alone would be ${t.withItsLog.logOnlyChars.toLocaleString('en')} characters but costs more to replay than the opening limit (${t.withItsLog.replayWork} > ${t.withItsLog.maxReplayWork}); encode ${t.encodeSnapshot.wallMs} ms`,
  };
}

async function thousandResourceDecode() {
  const { thousandResources: t } = await scenarioBench();
  return {
    value: t.decodeSnapshot.medianMs,
    shown: `${t.decodeSnapshot.medianMs.toFixed(1)} ms`,
    note: `decode + validate + restore of the 1,000-resource link, median of 40 warm runs (first run ${t.decodeSnapshot.firstMs} ms, CPU median ${t.decodeSnapshot.medianCpuMs} ms)`,
  };
}

async function hostileLinks() {
  const { hostile } = await scenarioBench();
  const kinds = [...new Set(hostile.inputs.map((h) => h.kind))];
  const codes = [...new Set(hostile.inputs.map((h) => h.code))];
  return {
    value: hostile.worstMedianMs,
    shown: `${hostile.worstMedianMs.toFixed(1)} ms worst`,
    note: `${hostile.inputs.length} hostile links (${kinds.join(', ')}), each refused with a message (codes: ${codes.join(', ')}); worst median of 6 runs ${hostile.worstMedianMs} ms, worst first run ${hostile.worstFirstMs} ms. src/scenario/fuzz.test.ts checks 10,000 more on every test run`,
  };
}

async function applyPerAction() {
  const { apply } = await engineBench();
  return {
    value: apply.medianMicros,
    shown: `${apply.medianMicros.toFixed(1)} µs`,
    note: `${apply.resources} resources, median over everyday actions (${apply.refused} of the warm-up set refused)`,
  };
}

async function trafficRun() {
  const { traffic } = await engineBench();
  return {
    value: traffic.medianMillis,
    shown: `${traffic.medianMillis.toFixed(2)} ms`,
    note: `sim:SendTraffic of ${traffic.requests.toLocaleString('en')} requests to an ALB in two AZs with an Auto Scaling group of ${traffic.targets} healthy targets (${traffic.answered.toLocaleString('en')} answered 200), sessions in memory; median of 20 warm runs (scripts/traffic-bench.ts)`,
  };
}

async function slowestRead() {
  const { reads } = await engineBench();
  const [worst] = reads.slowest;
  return {
    value: worst.ms,
    shown: `${worst.ms.toFixed(2)} ms slowest`,
    note: `all ${reads.count} read actions (Describe*, sim views) with no parameters on the 1,000-resource world, median of 5 warm runs each; slowest: ${reads.slowest.map((r) => `${r.type} ${r.ms} ms`).join(', ')}`,
  };
}

async function randomActions() {
  const { random } = await engineBench();
  return {
    value: random.medianMillis / 1000,
    shown: `${(random.medianMillis / 1000).toFixed(2)} s`,
    note: `${random.actions} actions from the property-test generator, median of 3 runs`,
  };
}

// ── dragging on a canvas of ~1,000 nodes ─────────────────────────────────────────────────────────────────────────

/**
 * Runs in the page: drags a detached network interface in a circle for `ms` with pointer events dispatched once per
 * animation frame (as a mouse would), through the canvas's own drag to attach, and counts the frames drawn.
 */
async function dragInPage(ms) {
  const card = [...document.querySelectorAll('.react-flow__node-eni.movable')].find((n) => {
    const r = n.getBoundingClientRect();
    return r.width > 0 && r.top > 0 && r.left > 0 && r.right < innerWidth && r.bottom < innerHeight;
  });
  if (!card) throw new Error('no detached interface on screen to drag');
  const r = card.getBoundingClientRect();
  const x0 = r.x + r.width / 2;
  const y0 = r.y + r.height / 2;
  const at = (x, y) => ({ bubbles: true, cancelable: true, clientX: x, clientY: y, view: window, button: 0, buttons: 1, pointerId: 1, isPrimary: true, pointerType: 'mouse' });
  card.firstElementChild.dispatchEvent(new PointerEvent('pointerdown', at(x0, y0)));
  window.dispatchEvent(new PointerEvent('pointermove', at(x0 + 8, y0 + 8)));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const dragging = card.classList.contains('dragging');
  const frames = [];
  await new Promise((resolve) => {
    let i = 0;
    const tick = (t) => {
      frames.push(t);
      i++;
      window.dispatchEvent(new PointerEvent('pointermove', at(x0 + 160 * Math.sin(i / 12), y0 + 90 * Math.cos(i / 12) - 90)));
      if (t - frames[0] < ms) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  window.dispatchEvent(new PointerEvent('pointercancel', at(x0, y0)));
  const gaps = frames.slice(1).map((f, k) => f - frames[k]).sort((a, b) => a - b);
  return {
    dragging,
    fps: (frames.length - 1) / ((frames[frames.length - 1] - frames[0]) / 1000),
    p95: gaps[Math.floor(gaps.length * 0.95)],
    nodes: document.querySelectorAll('.react-flow__node').length,
    instances: document.querySelectorAll('.react-flow__node-instance').length,
  };
}

const DRAG_RUNS = 3;
const UNDO_STEPS = 200;

/**
 * Runs in the page: sends UNDO_STEPS accepted actions through the store (termination protection on and off on one
 * instance), then undoes and redoes every one of them. Each step is timed from the call until React has committed
 * and the browser has recomputed style and layout (forced by reading a layout property after a macrotask) — the work
 * that has to fit in one frame. The time until the next frame callback is reported too; it includes waiting for the
 * display's next vsync (up to 16.7 ms even for no work at all).
 */
async function undoRedoInPage(steps) {
  const store = window.__labStore;
  const instance = store.getState().world.instances.values().find((i) => i.state === 'running');
  for (let i = 0; i < steps; i++) {
    const r = store.getState().dispatch({
      type: 'ec2:ModifyInstanceAttribute',
      params: { InstanceId: instance.id, DisableApiTermination: { Value: i % 2 === 0 } },
    });
    if (!r?.ok) throw new Error(`step ${i} refused: ${r?.error?.code}`);
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const macrotask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
  await frame();
  const work = [];
  const toFrame = [];
  const inStore = [];
  for (const op of ['undo', 'redo']) {
    for (let i = 0; i < steps; i++) {
      await frame();
      const t0 = performance.now();
      store.getState()[op]();
      inStore.push(performance.now() - t0);
      await macrotask();
      void document.body.offsetHeight;
      work.push(performance.now() - t0);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      toFrame.push(performance.now() - t0);
    }
  }
  const sorted = (a) => [...a].sort((x, y) => x - y);
  const pick = (a, q) => sorted(a)[Math.min(a.length - 1, Math.floor(a.length * q))];
  return {
    steps,
    canUndoAfter: store.getState().canUndo,
    median: pick(work, 0.5),
    p95: pick(work, 0.95),
    max: pick(work, 1),
    frameMedian: pick(toFrame, 0.5),
    storeMedian: pick(inStore, 0.5),
    storeMax: pick(inStore, 1),
  };
}

let bigCanvasRun;
/**
 * One page on `?bench=big` (src/test/bench-world.ts's bigWorld() loaded into the canvas by
 * src/canvas/dev-hooks.ts): heap after a forced GC, drag frame rate, then undo/redo timing.
 */
function bigCanvas() {
  bigCanvasRun ??= (async () => {
    const server = await startPreview(port(-1));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await openBigWorld(page, server.url);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const resources = await page.evaluate(() => {
        const w = window.__labStore.getState().world;
        return Object.values(w).reduce((n, c) => n + (c && typeof c.values === 'function' ? c.values().length : 0), 0);
      });
      // The canvas opens at a readable zoom that frames only part of this world: "Fit all" (as a learner would)
      // brings the whole world, detached interfaces included, into view before the drag, as the row describes.
      await page.getByRole('button', { name: 'Fit all (F)' }).click();
      await page.waitForTimeout(1500);
      const drags = [];
      for (let i = 0; i < DRAG_RUNS; i++) drags.push(await page.evaluate(dragInPage, 3000));
      if (!drags.every((r) => r.dragging)) throw new Error('the drag did not start');
      const undo = await page.evaluate(undoRedoInPage, UNDO_STEPS);
      return { heap, resources, drags, undo, version: browser.version() };
    } finally {
      await browser.close();
      await server.stop();
    }
  })();
  return bigCanvasRun;
}

async function canvasDragFps() {
  const { drags, version } = await bigCanvas();
  const fps = median(drags.map((r) => r.fps));
  const { nodes, instances } = drags[0];
  return {
    value: fps,
    shown: `${fps.toFixed(0)} fps`,
    note: `${nodes} nodes in the DOM (${instances} instances with their interfaces and volumes, whole world fitted in view), a detached interface dragged in circles for 3 s, median of ${DRAG_RUNS} runs: ${drags.map((r) => `${r.fps.toFixed(1)} fps (p95 frame ${r.p95.toFixed(0)} ms)`).join(', ')}; Chromium ${version}, software rendering`,
  };
}

async function heapWithBigWorld() {
  const { heap, resources } = await bigCanvas();
  const mb = heap.usedSize / 1e6;
  return {
    value: mb,
    shown: `${mb.toFixed(0)} MB`,
    note: `V8 heap in use (Runtime.getHeapUsage after HeapProfiler.collectGarbage) with ${resources} resources loaded and drawn on the canvas (about 1,000 of them the benchmark world's own, the rest the starting world's catalogue of AMIs and keys)`,
  };
}

async function undoRedoSteps() {
  const { undo } = await bigCanvas();
  if (undo.canUndoAfter !== true) throw new Error('undo history shorter than the steps taken');
  return {
    value: undo.p95,
    shown: `${undo.steps} steps, p95 ${undo.p95.toFixed(1)} ms`,
    note: `${undo.steps} accepted actions on the 1,000-resource canvas, each undone then redone (${undo.steps * 2} steps); per step, from the call until React has committed and the browser has recomputed style and layout: median ${undo.median.toFixed(1)} ms, p95 ${undo.p95.toFixed(1)} ms, slowest ${undo.max.toFixed(1)} ms; until the next frame callback (includes waiting for vsync): median ${undo.frameMedian.toFixed(1)} ms; the store update alone: median ${undo.storeMedian.toFixed(2)} ms, slowest ${undo.storeMax.toFixed(2)} ms`,
  };
}

// ── the list ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** One row each. `limit` is in the unit `measure` returns `value` in; `better` says which side of it passes. */
export const MEASUREMENTS = [
  {
    figure: 'first-load JavaScript, gzip (everything the first screen needs)',
    budget: '≤ 220 KB',
    limit: 220_000,
    better: 'lower',
    measure: firstLoadJavaScript,
  },
  {
    figure: 'first canvas interactive, production build, cold cache, headless Chromium (median)',
    budget: '≤ 1.0 s',
    limit: 1.0,
    better: 'lower',
    measure: firstCanvasInteractive,
  },
  {
    figure: '`apply` on a world of 1,000 resources (median per action)',
    budget: '≤ 50 µs',
    limit: 50,
    better: 'lower',
    measure: applyPerAction,
  },
  {
    figure: 'a traffic run of 10,000 requests (sim:SendTraffic, median)',
    budget: '≤ 20 ms',
    limit: 20,
    better: 'lower',
    measure: trafficRun,
  },
  {
    figure: 'any read action on the 1,000-resource world (slowest median)',
    budget: '≤ 5 ms',
    limit: 5,
    better: 'lower',
    measure: slowestRead,
  },
  {
    figure: '10,000 random actions (property test sequence)',
    budget: '≤ 3 s',
    limit: 3,
    better: 'lower',
    measure: randomActions,
  },
  {
    figure: 'dragging a node on a canvas of ~1,000 nodes (300 instances with ENIs and volumes), headless Chromium',
    budget: '≥ 30 fps',
    limit: 30,
    better: 'higher',
    measure: canvasDragFps,
  },
  {
    figure: 'JS heap with 1,000 resources loaded (and drawn)',
    budget: '≤ 150 MB',
    limit: 150,
    better: 'lower',
    measure: heapWithBigWorld,
  },
  {
    figure: 'undo/redo: ≥ 200 steps, each re-rendered (1,000-resource canvas, p95)',
    budget: '≤ 16 ms each',
    limit: 16,
    better: 'lower',
    measure: undoRedoSteps,
  },
  {
    figure: 'one action to a painted canvas on the 1,000-resource world (p95)',
    budget: '≤ 50 ms',
    limit: 50,
    better: 'lower',
    measure: actionToPaint,
  },
  {
    figure: 'opening a lab link (`#lab=<id>`) until its panel and a readable canvas show, cold (median)',
    budget: '≤ 1.0 s',
    limit: 1.0,
    better: 'lower',
    measure: labLinkOpen,
  },
  {
    figure: 'presenter Next/Previous on the classroom scenario, key press to painted step (p95)',
    budget: '≤ 100 ms',
    limit: 100,
    better: 'lower',
    measure: presenterSteps,
  },
  {
    figure: 'presenter jump from step 0 to the end of a 300-step log, key press to painted step (median)',
    budget: '≤ 300 ms',
    limit: 300,
    better: 'lower',
    measure: presenterJump,
  },
  {
    figure: 'export the 1,000-resource world as PNG at 2× (median)',
    budget: '≤ 3 s',
    limit: 3,
    better: 'lower',
    measure: exportPng,
  },
  {
    figure: 'export the 1,000-resource world as SVG (median)',
    budget: '≤ 1.5 s',
    limit: 1.5,
    better: 'lower',
    measure: exportSvg,
  },
  {
    figure: 'share link of the reference classroom scenario',
    budget: '≤ 1,500 characters',
    limit: 1500,
    better: 'lower',
    measure: classroomLink,
  },
  {
    figure: 'share link of a 1,000-resource world',
    budget: '≤ 32 KiB',
    limit: 32 * 1024,
    better: 'lower',
    measure: thousandResourceLink,
  },
  {
    figure: 'decode and validate a 1,000-resource scenario (median)',
    budget: '≤ 20 ms',
    limit: 20,
    better: 'lower',
    measure: thousandResourceDecode,
  },
  {
    figure: 'terminal chunk (lazy: xterm.js, the AWS CLI and its SDK-model shapes), gzip',
    budget: '≤ 150 KB',
    limit: 150_000,
    better: 'lower',
    measure: terminalChunk,
  },
  {
    figure: 'one AWS CLI command on the 1,000-resource world (median)',
    budget: '≤ 30 ms',
    limit: 30,
    better: 'lower',
    measure: cliCommand,
  },
  {
    figure: 'hostile share link (garbage, cut, bit-flipped, wrongly typed, bombs, expensive reads, fields × items, deep nesting, lab starts) decoded and refused',
    budget: '≤ 50 ms',
    limit: 50,
    better: 'lower',
    measure: hostileLinks,
  },
];

// ── run ──────────────────────────────────────────────────────────────────────────────────────────────────────────

function machine() {
  const cpus = os.cpus();
  const model = cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const gb = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${model}, ${gb} GiB RAM, Node ${process.version}`;
}

console.log('bench: vite build');
viteBuild();

// BENCH_ONLY='heap|undo' runs only the figures whose name contains one of the words (while working on them);
// BENCHMARKS.md is then left alone.
const only = process.env.BENCH_ONLY?.toLowerCase().split('|');
const rows = [];
for (const m of MEASUREMENTS.filter((m) => !only || only.some((word) => m.figure.toLowerCase().includes(word)))) {
  process.stdout.write(`bench: ${m.figure} … `);
  try {
    const r = await m.measure();
    const pass = m.better === 'higher' ? r.value >= m.limit : r.value <= m.limit;
    rows.push({ ...m, ...r, result: pass ? 'pass' : '**FAIL**' });
    console.log(`${r.shown} (${pass ? 'pass' : 'FAIL'})${only ? `\n       ${r.note ?? ''}` : ''}`);
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    rows.push({ ...m, shown: 'error', note: message, result: '**ERROR**' });
    console.log(`error: ${message}`);
  }
}

const cell = (s) => String(s).replaceAll('|', '\\|');
const now = new Date();
const markdown = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs) on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC.
A benchmark, not a timed test: figures move with the machine. A missed budget stays in the table, marked **FAIL**.

Machine: ${machine()}.

| figure | measured | budget | result |
|---|---|---|---|
${rows.map((r) => `| ${cell(r.figure)} | ${cell(r.shown)} | ${cell(r.budget)} | ${r.result} |`).join('\n')}

## How each figure was taken
${rows.map((r) => `- **${r.figure}**: ${r.note ?? ''}`).join('\n')}

KB = 1,000 bytes; JavaScript sizes are gzip level 9 (node:zlib) of each file \`dist/index.html\` loads up front
(module scripts and modulepreload links). "Canvas interactive" is the time from navigation start until the React Flow
viewport and all three Availability Zone nodes are shown, in a fresh browser context (empty cache) against
\`vite preview\` on localhost.
`;
if (!only) writeFileSync(`${root}BENCHMARKS.md`, markdown);

const missed = rows.filter((r) => r.result === '**FAIL**').map((r) => r.figure);
const errors = rows.filter((r) => r.result === '**ERROR**').map((r) => r.figure);
console.log(`bench: ${only ? 'BENCH_ONLY: BENCHMARKS.md left as it was' : 'wrote BENCHMARKS.md'} — ${rows.length - missed.length - errors.length} of ${rows.length} within budget`);
if (missed.length) console.log(`bench: over budget: ${missed.join('; ')}`);
if (errors.length) {
  console.log(`bench: could not measure: ${errors.join('; ')}`);
  process.exitCode = 1;
}
