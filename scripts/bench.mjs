/**
 * `npm run bench`: builds, measures every figure in MEASUREMENTS, prints the table and writes BENCHMARKS.md.
 *
 * A benchmark, not a timed test: a missed budget is reported (in the table and the exit message), never hidden,
 * and does not fail the run. Only a measurement that cannot run at all exits non-zero.
 *
 * To add a figure, add one entry to MEASUREMENTS:
 *   { figure, budget: '≤ 50 µs', limit: 50, better: 'lower', measure: async () => ({ value, shown, note? }) }
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { viteBuild } from './preview.mjs';
import { actionToPaint, labLinkOpen } from './bench-readable.mjs';
import { exportPng, exportSvg, presenterJump, presenterSteps } from './bench-classroom.mjs';
import { firstCanvasInteractive, firstLoadJavaScript, terminalChunk } from './bench-load.mjs';
import { applyPerAction, classroomLink, cliCommand, hostileLinks, randomActions, slowestRead, thousandResourceDecode, thousandResourceLink, trafficRun } from './bench-engine.mjs';
import { canvasDragFps, heapWithBigWorld, undoRedoSteps } from './bench-canvas.mjs';
import { root } from './bench-util.mjs';

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
\`vite preview\` on localhost. Cold loads start once Chromium has finished building the new context's window (its
omnibox WebUI, ~300 files, 1.5–2 s on two cores; \`freshPage\` in scripts/chromium.mjs): a learner opens a link in a
browser that is already running. Until 2026-12-07 the loads started at once and counted that work too.
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
