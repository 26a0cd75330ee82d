/**
 * Benchmark rows of the classroom issue (#13), used by scripts/bench.mjs:
 * - presenter Next/Previous on the reference classroom scenario, key press until the step is painted (p95);
 * - a jump from step 0 to the end of a 300-step log in presenter mode, and back (median);
 * - exporting the 1,000-resource world as a PNG at 2× and as an SVG (median of a few exports).
 */
import { spawnSync } from 'node:child_process';
import { build } from 'vite';
import { launchChromium } from './chromium.mjs';
import { openBigWorld } from './bench-readable.mjs';
import { startPreview } from './preview.mjs';

const root = new URL('..', import.meta.url).pathname;
const sorted = (a) => [...a].sort((x, y) => x - y);
const pick = (a, q) => sorted(a)[Math.min(a.length - 1, Math.floor(a.length * q))];
const ms = (n) => `${n.toFixed(1)} ms`;

/** BENCH_PORT moves the previews these rows start (several checkouts benchmarking side by side). */
const port = (offset) => Number(process.env.BENCH_PORT ?? 4176) + offset;

/** The classroom link (scripts/classroom-bench-links.ts, bundled for Node and run once). */
let links;
async function classroomLink() {
  if (!links) {
    const outDir = `${root}node_modules/.tmp/classroom-bench-links`;
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        ssr: 'scripts/classroom-bench-links.ts',
        outDir,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'links.mjs' } },
      },
    });
    const r = spawnSync(process.execPath, [`${outDir}/links.mjs`], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`classroom-bench-links exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    links = JSON.parse(r.stdout.trim().split('\n').pop());
  }
  return links.classroom;
}

// ── in the page ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Runs in the page with presenter mode open: presses `keys` one after the other (as a clicker sends them, on the
 * window), each timed from the key event until the frame showing the step it asks for has been painted (React
 * commits, the next animation frame runs, then a macrotask after it). `pause` ms between presses let the step's
 * animations play, as in a class.
 */
async function pressInPage({ keys, pause }) {
  const label = () => document.querySelector('[data-testid="presenter-step"]')?.textContent ?? '';
  const numbers = () => label().match(/Step (\d+) of (\d+)/).slice(1).map(Number);
  const macrotask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
  const painted = async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await macrotask();
  };
  const times = [];
  for (const key of keys) {
    const [index, total] = numbers();
    const want = key === 'End' ? total : key === 'Home' ? 0 : key === 'ArrowRight' ? Math.min(total, index + 1) : Math.max(0, index - 1);
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    await painted();
    while (numbers()[0] !== want) {
      if (performance.now() - t0 > 10_000) throw new Error(`${key} never showed step ${want} (shows "${label()}")`);
      await painted();
    }
    times.push({ key, ms: performance.now() - t0 });
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return times;
}

/**
 * Runs in the page (`?e2e`): builds a teacher's demo of `steps` accepted actions through the store — a VPC, a subnet,
 * four instances, then renaming, stopping and starting them in turn — so the session log presenter mode shows holds
 * that many steps.
 */
async function buildLogInPage(steps) {
  const store = window.__labStore;
  await store.getState().loadEngine();
  const run = (type, params = {}) => {
    const r = store.getState().dispatch({ type, params });
    if (!r?.ok) throw new Error(`${type} refused: ${r?.error?.code} ${r?.error?.message}`);
    return r.response;
  };
  const ami = store
    .getState()
    .world.images.values()
    .find((i) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs' && i.architecture !== 'arm64').id;
  const vpc = run('ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  const subnet = run('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
  const ids = run('ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 4, MaxCount: 4, SubnetId: subnet }).Instances.map((i) => i.InstanceId);
  const start = store.getState().sessionLog.entries.length;
  for (let n = 0; store.getState().sessionLog.entries.length < start + steps - 3; n++) {
    const id = ids[n % ids.length];
    const kind = Math.floor(n / ids.length) % 3;
    if (kind === 0) run('ec2:CreateTags', { Resources: [id], Tags: [{ Key: 'Name', Value: `demo ${n}` }] });
    else run(kind === 1 ? 'ec2:StopInstances' : 'ec2:StartInstances', { InstanceIds: [id] });
  }
  return store.getState().sessionLog.entries.length;
}

// ── presenter ────────────────────────────────────────────────────────────────────────────────────────────────────

const openPresenter = async (page) => {
  await page.locator('body').press('p');
  await page.getByTestId('presenter-step').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
};

export async function presenterSteps() {
  const { fragment, steps } = await classroomLink();
  const server = await startPreview(port(2));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}#${fragment}`);
    await page.locator('.react-flow__node-instance').first().waitFor({ timeout: 60_000 });
    await openPresenter(page);
    // two walks through the whole log and back, one press at a time
    const walk = [...Array(steps).fill('ArrowRight'), ...Array(steps).fill('ArrowLeft')];
    const times = await page.evaluate(pressInPage, { keys: ['Home', ...walk, ...walk], pause: 250 });
    const presses = times.slice(1).map((t) => t.ms);
    const next = times.filter((t) => t.key === 'ArrowRight').map((t) => t.ms);
    const previous = times.filter((t) => t.key === 'ArrowLeft').map((t) => t.ms);
    const nodes = await page.evaluate(() => document.querySelectorAll('[data-testid="presenter"] .react-flow__node').length);
    return {
      value: pick(presses, 0.95),
      shown: `p95 ${ms(pick(presses, 0.95))}`,
      note: `the ${steps}-step classroom scenario link in presenter mode at 1920×1080 (${nodes} nodes at step 0), ${presses.length} presses (→ then ← through the whole log, twice, 250 ms apart), each from the key event until the frame showing the step was painted: median ${ms(pick(presses, 0.5))}, p95 ${ms(pick(presses, 0.95))}, slowest ${ms(pick(presses, 1))}; Next median ${ms(pick(next, 0.5))}, Previous median ${ms(pick(previous, 0.5))}; Chromium ${browser.version()}`,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const LONG_STEPS = 300;
const JUMPS = 5;

export async function presenterJump() {
  const server = await startPreview(port(2));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}?e2e`);
    await page.locator('.react-flow').first().waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => window.__labStore !== undefined, null, { timeout: 60_000 });
    const steps = await page.evaluate(buildLogInPage, LONG_STEPS);
    await openPresenter(page);
    const keys = Array.from({ length: JUMPS }, () => ['Home', 'End']).flat();
    const times = await page.evaluate(pressInPage, { keys, pause: 1500 });
    const toEnd = times.filter((t) => t.key === 'End').map((t) => t.ms);
    const toStart = times.filter((t) => t.key === 'Home').map((t) => t.ms).slice(1);
    const nodes = await page.evaluate(() => document.querySelectorAll('[data-testid="presenter"] .react-flow__node').length);
    return {
      value: pick(toEnd, 0.5),
      shown: ms(pick(toEnd, 0.5)),
      note: `a ${steps}-step session log (a VPC, a subnet, 4 instances, then each renamed, stopped and started in turn, dispatched through the store) in presenter mode at 1920×1080 (${nodes} nodes): End from step 0, key event until the last step was painted, ${toEnd.length} jumps: median ${ms(pick(toEnd, 0.5))}, slowest ${ms(pick(toEnd, 1))} (${toEnd.map((t) => Math.round(t)).join(', ')}); Home back to step 0: median ${ms(pick(toStart, 0.5))}. Steps replay from the nearest kept world (one every 16 steps), never from step 0; Chromium ${browser.version()}`,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

// ── export ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Runs in the page from document start: a download link's click records when and what, and downloads nothing. */
function watchDownloads() {
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download) return click.call(this);
    window.__downloads = [...(window.__downloads ?? []), { name: this.download, at: performance.now() }];
  };
  window.addEventListener('keydown', (e) => e.key === 'Enter' && (window.__enterAt = performance.now()), true);
}

/** Runs in the page: resolves with the time `[data-testid=export-size]` first shows (the picture's SVG is written). */
function whenExportReady() {
  return new Promise((resolve) => {
    const seen = () => document.querySelector('[data-testid="export-size"]');
    if (seen()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Runs in the page: clicks the dialog's button `name`, resolves with ms until its download started. */
async function downloadInPage(name) {
  const before = (window.__downloads ?? []).length;
  const button = [...document.querySelectorAll('[data-testid="export-dialog"] button')].find((b) => b.textContent === name);
  const t0 = performance.now();
  button.click();
  while ((window.__downloads ?? []).length === before) {
    if (performance.now() - t0 > 60_000) throw new Error(`${name}: no download after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const at = window.__downloads.at(-1).at - t0;
  const status = () => document.querySelector('[data-testid="export-status"]')?.textContent ?? '';
  for (let i = 0; i < 100 && !status(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return { ms: at, status: status() };
}

const EXPORTS = 3;
let exportRuns;

/** Opens the export dialog on the 1,000-resource world EXPORTS times; each time downloads a PNG at 2× and an SVG. */
function exportBigWorld() {
  exportRuns ??= (async () => {
    const server = await startPreview(port(3));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(watchDownloads);
      await openBigWorld(page, server.url);
      const runs = [];
      for (let i = 0; i < EXPORTS; i++) {
        await page.keyboard.press('Control+k');
        await page.getByTestId('command-palette').getByRole('combobox', { name: 'Search commands and AWS actions' }).fill('export png');
        await page.waitForTimeout(300);
        const ready = page.evaluate(whenExportReady);
        await page.keyboard.press('Enter');
        const readyAt = await ready;
        const svgMs = readyAt - (await page.evaluate(() => window.__enterAt));
        await page.getByRole('radio', { name: '2× (sharp on projectors)' }).check();
        const size = await page.getByTestId('export-size').textContent();
        await page.waitForTimeout(1000);
        const png = await page.evaluate(downloadInPage, 'Download PNG');
        const svg = await page.evaluate(downloadInPage, 'Download SVG');
        runs.push({ write: svgMs, png, svg, size });
        await page.keyboard.press('Escape');
        await page.getByTestId('export-dialog').waitFor({ state: 'hidden' });
        await page.waitForTimeout(500);
      }
      return { runs, version: browser.version() };
    } finally {
      await browser.close();
      await server.stop();
    }
  })();
  return exportRuns;
}

export async function exportPng() {
  const { runs, version } = await exportBigWorld();
  const totals = runs.map((r) => r.write + r.png.ms);
  const median = pick(totals, 0.5);
  return {
    value: median / 1000,
    shown: `${(median / 1000).toFixed(2)} s`,
    note: `the 1,000-resource world (\`?bench=big\`), whole world at 2×, ${runs[0].size}; from choosing the command until the PNG's download started = writing the SVG (dialog open) + rasterising and encoding it: ${runs.map((r) => `${Math.round(r.write)} + ${Math.round(r.png.ms)} ms`).join(', ')} (median of ${runs.length}); the dialog said "${runs[0].png.status}"; Chromium ${version}`,
  };
}

export async function exportSvg() {
  const { runs, version } = await exportBigWorld();
  const totals = runs.map((r) => r.write + r.svg.ms);
  const median = pick(totals, 0.5);
  return {
    value: median / 1000,
    shown: `${(median / 1000).toFixed(2)} s`,
    note: `the same world and dialog: from choosing the command until the SVG's download started = writing the SVG (dialog open, scene of the canvas's own nodes and vector shapes) + the download: ${runs.map((r) => `${Math.round(r.write)} + ${Math.round(r.svg.ms)} ms`).join(', ')} (median of ${runs.length}); Chromium ${version}`,
  };
}
