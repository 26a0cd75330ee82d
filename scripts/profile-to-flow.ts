/** Developer tool: time toFlow (the canvas derivation) on the 1,000-resource bench world after one small change. */
import { performance } from 'node:perf_hooks';
import { apply } from '../src/engine/index';
import { loadEngineModule } from '../src/store/engine-module';
import { toFlow } from '../src/canvas/to-flow';
import { bigWorld } from '../src/test/bench-world';

await loadEngineModule();
let world = bigWorld();
const instance = world.instances.values().find((i) => i.state === 'running')!;
const lens = (process.argv[2] ?? 'network') as 'network' | 'physical';
toFlow(world, lens, {});
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const r = apply(world, { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: instance.id, DisableApiTermination: { Value: i % 2 === 0 } } });
  if (!r.ok) throw new Error(r.error.code);
  world = r.world;
  const t0 = performance.now();
  toFlow(world, lens, {});
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(lens, 'toFlow median', times[150]!.toFixed(2), 'ms, p95', times[285]!.toFixed(2), 'ms');
