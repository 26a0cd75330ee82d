/**
 * Developer tool: profile one action type on the 1,000-resource bench world (node --cpu-prof).
 * `stop`, `eni`, `volume`, `subnet`, or any read action type (e.g. `ec2:DescribeInstances`, sent with no parameters);
 * `random`: the 10,000 property-test actions once, from an empty world (with a digest of everything they answered);
 * `reads`: a digest of every read action's answer on the bench world.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ACTION_LIST, apply, createWorld, type Action } from '../src/engine/index';
import { stepArbitrary, stepToAction } from '../src/engine/random-actions';
import { bigWorld } from '../src/test/bench-world';

const world = bigWorld();
const instances = [...world.instances.values()].filter((i) => i.region === 'us-east-1');
const subnet = [...world.subnets.values()].find((s) => s.region === 'us-east-1')!;
const which = process.argv[2] ?? 'stop';
const make = (i: number): Action =>
  which.includes(':')
    ? ({ type: which, params: {} } as Action)
    : which === 'stop'
      ? { type: 'ec2:StopInstances', params: { InstanceIds: [instances[i % instances.length]!.id] } }
      : which === 'eni'
        ? { type: 'ec2:CreateNetworkInterface', params: { SubnetId: subnet.id } }
        : which === 'volume'
          ? { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 8 } }
          : { type: 'ec2:ModifySubnetAttribute', params: { SubnetId: subnet.id, MapPublicIpOnLaunch: { Value: true } } };
if (which === 'random') {
  const steps = fc.sample(stepArbitrary, { numRuns: 10_000, seed: 42 });
  let w = createWorld({ defaultVpc: true });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const perType = new Map<string, [number, number]>();
  // every response, event and refusal, then the final world: equal digests mean the same observable run
  const digest = createHash('sha256');
  for (const step of steps) {
    const action = stepToAction(w, step);
    const a0 = performance.now();
    const r = apply(w, action);
    w = r.world;
    digest.update(JSON.stringify(r.ok ? { events: r.events, response: r.response as unknown } : { events: r.events, error: r.error }));
    const [n, ms] = perType.get(action.type) ?? [0, 0];
    perType.set(action.type, [n + 1, ms + performance.now() - a0]);
  }
  const cpu = process.cpuUsage(cpu0);
  console.log('random', ((performance.now() - t0) / 1000).toFixed(2), 's wall,', ((cpu.user + cpu.system) / 1e6).toFixed(2), 's cpu for', steps.length, 'actions');
  const slowest = [...perType].sort((a, b) => b[1][1] - a[1][1]).slice(0, 6);
  console.log(slowest.map(([type, [n, ms]]) => `${type} ×${n} ${Math.round(ms)} ms`).join(', '));
  console.log('digest', digest.update(JSON.stringify(w)).digest('hex'));
  console.log('billing lines', Object.keys(w.billing.lines).length, 'instances', w.instances.size, 'groups', w.autoScalingGroups.size);
  process.exit(0);
}
if (which === 'reads') {
  // every read action with no parameters, and with a filter on instances: equal digests mean equal answers
  const digest = createHash('sha256');
  for (const def of ACTION_LIST.filter((d) => d.read)) digest.update(JSON.stringify(apply(world, { type: def.type, params: {} })));
  const filter = { Filters: [{ Name: 'instance-state-name', Values: ['running'] }, { Name: 'network-interface.addresses.private-ip-address', Values: ['10.*', '172.*'] }] };
  digest.update(JSON.stringify(apply(world, { type: 'ec2:DescribeInstances', params: filter })));
  console.log('reads digest', digest.digest('hex'));
  process.exit(0);
}
const n = Number(process.argv[3] ?? (which.includes(':') ? 200 : 3000));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < n; i++) apply(world, make(i));
const cpu = process.cpuUsage(cpu0);
console.log(which, (((performance.now() - t0) / n) * 1000).toFixed(1), 'us/action wall,', ((cpu.user + cpu.system) / n).toFixed(1), 'us/action cpu');
