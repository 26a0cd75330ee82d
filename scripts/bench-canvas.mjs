/**
 * Benchmark rows of a canvas of about 1,000 nodes, used by scripts/bench.mjs: drag frame rate, heap, and undo/redo
 * timing, all from one page on `?bench=big`.
 */
import { launchChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';
import { openBigWorld, port } from './bench-readable.mjs';
import { median } from './bench-util.mjs';

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

export async function canvasDragFps() {
  const { drags, version } = await bigCanvas();
  const fps = median(drags.map((r) => r.fps));
  const { nodes, instances } = drags[0];
  return {
    value: fps,
    shown: `${fps.toFixed(0)} fps`,
    note: `${nodes} nodes in the DOM (${instances} instances with their interfaces and volumes, whole world fitted in view), a detached interface dragged in circles for 3 s, median of ${DRAG_RUNS} runs: ${drags.map((r) => `${r.fps.toFixed(1)} fps (p95 frame ${r.p95.toFixed(0)} ms)`).join(', ')}; Chromium ${version}, software rendering`,
  };
}

export async function heapWithBigWorld() {
  const { heap, resources } = await bigCanvas();
  const mb = heap.usedSize / 1e6;
  return {
    value: mb,
    shown: `${mb.toFixed(0)} MB`,
    note: `V8 heap in use (Runtime.getHeapUsage after HeapProfiler.collectGarbage) with ${resources} resources loaded and drawn on the canvas (about 1,000 of them the benchmark world's own, the rest the starting world's catalogue of AMIs and keys)`,
  };
}

export async function undoRedoSteps() {
  const { undo } = await bigCanvas();
  if (undo.canUndoAfter !== true) throw new Error('undo history shorter than the steps taken');
  return {
    value: undo.p95,
    shown: `${undo.steps} steps, p95 ${undo.p95.toFixed(1)} ms`,
    note: `${undo.steps} accepted actions on the 1,000-resource canvas, each undone then redone (${undo.steps * 2} steps); per step, from the call until React has committed and the browser has recomputed style and layout: median ${undo.median.toFixed(1)} ms, p95 ${undo.p95.toFixed(1)} ms, slowest ${undo.max.toFixed(1)} ms; until the next frame callback (includes waiting for vsync): median ${undo.frameMedian.toFixed(1)} ms; the store update alone: median ${undo.storeMedian.toFixed(2)} ms, slowest ${undo.storeMax.toFixed(2)} ms`,
  };
}
