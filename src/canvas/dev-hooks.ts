/**
 * Developer entry points, only in dev and test builds (`vite`, `vite build --mode test` as the browser tests, the
 * benchmarks and the screenshots build the app); a plain `vite build` has none of them, so no link can replace a
 * learner's world or reach the store. Off unless asked for in the URL:
 * - `?e2e` exposes the lab store as `window.__labStore`, so browser tests can build a world through actions;
 * - `?bench=big` loads the 1,000-resource benchmark world (300 instances with interfaces and volumes), generated on
 *   demand by a lazily loaded chunk (src/test/bench-world.ts), for the canvas frame-rate benchmark;
 * - `?demo=classroom` loads the reference classroom world (src/scenario/fixtures/classroom.ts) for README screenshots.
 */
import { useLabStore } from '../store/store';

function params(): URLSearchParams {
  return typeof location === 'undefined' ? new URLSearchParams() : new URLSearchParams(location.search);
}

let installed = false;

/** Dev server or a `--mode test` build; false in production, where the code below is dropped from the bundle. */
const DOORS = import.meta.env.DEV || import.meta.env.MODE === 'test';

export function installDevHooks(): void {
  if (!DOORS || installed) return;
  installed = true;
  const query = params();
  if (query.has('e2e') || import.meta.env.DEV) {
    (window as unknown as { __labStore?: typeof useLabStore }).__labStore = useLabStore;
  }
  if (query.get('bench') === 'big') void loadBigWorld();
  if (query.get('demo') === 'classroom') void loadClassroom();
}

async function loadClassroom(): Promise<void> {
  await useLabStore.getState().loadEngine();
  const { classroomScenario } = await import('../scenario/fixtures/classroom');
  useLabStore.getState().replaceWorld(classroomScenario().input.world);
  (window as unknown as { __demoReady?: boolean }).__demoReady = true;
}

async function loadBigWorld(): Promise<void> {
  await useLabStore.getState().loadEngine();
  const { bigWorld } = await import('../test/bench-world');
  useLabStore.getState().replaceWorld(bigWorld());
  (window as unknown as { __benchWorldReady?: boolean }).__benchWorldReady = true;
}
