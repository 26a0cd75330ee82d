/**
 * Benchmark rows of loading, used by scripts/bench.mjs: the first load's JavaScript, the terminal's lazy chunk, and
 * the first canvas a learner can use (cold loads in Chromium).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { freshPage, launchChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';
import { port } from './bench-readable.mjs';
import { dist, kb, median } from './bench-util.mjs';

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

export async function firstLoadJavaScript() {
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
export async function terminalChunk() {
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

export async function firstCanvasInteractive() {
  const server = await startPreview(port(-2));
  const browser = await launchChromium();
  try {
    const samples = [];
    for (let i = 0; i < LOADS; i++) {
      // A fresh context has an empty HTTP cache: every load is cold.
      const { context, page } = await freshPage(browser, { viewport: { width: 1280, height: 720 } });
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
      note: `${LOADS} cold loads (fresh context, once Chromium has built the new window's own UI), ms since navigation start: ${samples.map((s) => Math.round(s)).join(', ')}; Chromium ${browser.version()}`,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
