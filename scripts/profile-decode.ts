/**
 * Developer tool: the row "decode and validate a 1,000-resource scenario" of `npm run bench`, alone in a process, to
 * profile it (`node --cpu-prof`, `--trace-gc`). Bundle it as scripts/bench-engine.mjs bundles scripts/scenario-bench.ts
 * (a Vite SSR build into node_modules/.tmp), then run the bundle. Prints the median and fastest of 60 warm decodes.
 * - DIST=1 prints every decode's time, sorted (a cluster of slow ones is usually a garbage collection);
 * - HEAVY=n keeps n more 1,000-resource worlds alive, as the bench's own process does (collections cost more);
 * - ALLOC=<file> writes a sampling allocation profile of 20 decodes (objects collected included) as JSON.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { createScenario, decodeScenario, encodeScenario } from '../src/scenario/index';
import { bigWorld } from '../src/test/bench-world';

const text = encodeScenario(createScenario({ world: bigWorld(), log: [], layout: { positions: {} }, title: '1,000 resources', notes: '' }));
const keep: unknown[] = [];
for (let i = 0; i < Number(process.env.HEAVY ?? 0); i++) keep.push(bigWorld());

if (process.env.ALLOC) {
  const session = new Session();
  session.connect();
  for (let i = 0; i < 10; i++) decodeScenario(text);
  await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < 20; i++) decodeScenario(text);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(process.env.ALLOC, JSON.stringify({ head: profile.head }));
}

const times: number[] = [];
for (let i = 0; i < 61; i++) {
  const t0 = performance.now();
  const r = decodeScenario(text);
  times.push(performance.now() - t0);
  if (!r.ok) throw new Error(`refused: ${r.error.message}`);
}
const warm = times.slice(1).sort((a, b) => a - b);
if (process.env.DIST) console.log(warm.map((t) => t.toFixed(1)).join(' '));
console.log(`${text.length} characters; first ${times[0]!.toFixed(2)} ms; median ${warm[30]!.toFixed(2)} ms, fastest ${warm[0]!.toFixed(2)} ms (kept alive: ${keep.length} more worlds)`);
