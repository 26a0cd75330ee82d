/**
 * Engine benchmarks (run by scripts/bench.mjs after bundling this file for Node):
 * - `apply` on a world of ~1,000 resources, median per action over a mix of everyday actions;
 * - 10,000 random actions (the property-test generator), wall and CPU time, median of 3 runs, and the final world's digest;
 * - a traffic run of 10,000 requests to a load balancer (scripts/traffic-bench.ts);
 * - every read action with no parameters (the slowest median).
 * Prints one JSON object on stdout.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ACTION_LIST, apply, createWorld, type Action, type World } from '../src/engine/index';
import { bigWorld, resourceCount } from '../src/test/bench-world';
import { stepArbitrary, stepToAction } from '../src/engine/random-actions';
import { runAwsCli } from '../src/cli/index';
import { benchTraffic } from './traffic-bench';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function everydayActions(world: World): Action[] {
  const instances = [...world.instances.values()].filter((i) => i.region === 'us-east-1');
  const free = [...world.networkInterfaces.values()].filter((e) => !e.attachment);
  const subnets = [...world.subnets.values()].filter((s) => s.region === 'us-east-1');
  const actions: Action[] = [];
  for (let i = 0; i < 40; i++) {
    const instance = instances[(i * 7) % instances.length]!;
    const eni = free.find((e) => e.az === instance.az);
    actions.push(
      { type: 'ec2:StopInstances', params: { InstanceIds: [instance.id] } },
      { type: 'ec2:RebootInstances', params: { InstanceIds: [instance.id] } },
      { type: 'ec2:CreateNetworkInterface', params: { SubnetId: subnets[i % subnets.length]!.id } },
      { type: 'ec2:CreateVpc', params: { CidrBlock: '10.16.0.0/16' } },
      { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' } },
      { type: 'ec2:CreateVolume', params: { AvailabilityZone: instance.az, Size: 8 } },
      { type: 'ec2:ModifySubnetAttribute', params: { SubnetId: subnets[i % subnets.length]!.id, MapPublicIpOnLaunch: { Value: false } } },
    );
    if (eni) {
      actions.push({
        type: 'ec2:AttachNetworkInterface',
        params: { NetworkInterfaceId: eni.id, InstanceId: instance.id, DeviceIndex: 1 },
      });
    }
  }
  return actions;
}

function benchApply(world: World) {
  const actions = everydayActions(world);
  const samples: number[] = [];
  const perType = new Map<string, number[]>();
  let refused = 0;
  for (let round = 0; round < 5; round++) {
    for (const action of actions) {
      const t0 = performance.now();
      const r = apply(world, action);
      const us = (performance.now() - t0) * 1000;
      if (round === 0) {
        if (!r.ok) refused++;
        continue; // warm-up
      }
      samples.push(us);
      perType.set(action.type, [...(perType.get(action.type) ?? []), us]);
    }
  }
  return {
    resources: resourceCount(world),
    medianMicros: median(samples),
    refused,
    perType: Object.fromEntries([...perType].map(([type, values]) => [type, Math.round(median(values) * 10) / 10])),
  };
}

/**
 * The 10,000 property-test actions from an empty world, three times: wall and CPU time of each run (CPU time is
 * steadier on a busy machine), and a digest of the final world, the same on every run and before and after any
 * change that claims to leave the engine's behaviour alone.
 */
function benchRandom() {
  const steps = fc.sample(stepArbitrary, { numRuns: 10_000, seed: 42 });
  const times: number[] = [];
  const cpu: number[] = [];
  const digests = new Set<string>();
  for (let run = 0; run < 3; run++) {
    let world = createWorld({ defaultVpc: true });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const step of steps) world = apply(world, stepToAction(world, step)).world;
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
    digests.add(createHash('sha256').update(JSON.stringify(world)).digest('hex'));
  }
  if (digests.size !== 1) throw new Error('10,000 random actions: the runs ended in different worlds');
  return { actions: steps.length, medianMillis: median(times), cpuMedianMillis: median(cpu), worldSha256: [...digests][0] };
}

/** One `aws` command on the 1,000-resource world, parse to printed output: a describe with --query and a create. */
function benchCli(world: World) {
  const lines = [
    "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --query 'Reservations[].Instances[].[InstanceId,State.Name]' --output text",
    'aws ec2 describe-vpcs --output table',
    'aws ec2 create-vpc --cidr-block 10.200.0.0/16 --query Vpc.VpcId --output text',
  ];
  const samples: number[] = [];
  for (let round = 0; round < 8; round++) {
    for (const line of lines) {
      const t0 = performance.now();
      const r = runAwsCli(world, line);
      const ms = performance.now() - t0;
      if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
      if (round > 0) samples.push(ms);
    }
  }
  return { medianMillis: median(samples), maxMillis: Math.max(...samples), commands: lines.length };
}

/** Every read action (Describe*, sim views) on the 1,000-resource world with no parameters: the slowest median. */
function benchReads(world: World) {
  const reads = ACTION_LIST.filter((def) => def.read);
  const medians: [string, number][] = [];
  for (const def of reads) {
    const samples: number[] = [];
    for (let round = 0; round < 6; round++) {
      const t0 = performance.now();
      apply(world, { type: def.type, params: {} });
      if (round > 0) samples.push(performance.now() - t0);
    }
    medians.push([def.type, median(samples)]);
  }
  medians.sort((a, b) => b[1] - a[1]);
  return { count: reads.length, slowest: medians.slice(0, 3).map(([type, ms]) => ({ type, ms: Math.round(ms * 100) / 100 })) };
}

const world = bigWorld();
const only = process.env.ENGINE_BENCH_ONLY;
const everything = () => ({ apply: benchApply(world), random: benchRandom(), cli: benchCli(world), traffic: benchTraffic(), reads: benchReads(world) });
const parts: Record<string, () => unknown> = {
  cli: () => ({ cli: benchCli(world) }),
  traffic: () => ({ traffic: benchTraffic() }),
  random: () => ({ random: benchRandom() }),
  reads: () => ({ reads: benchReads(world) }),
};
// ENGINE_BENCH_ONLY=cli|traffic|random|reads runs one part (while working on it).
console.log(JSON.stringify((only && parts[only]?.()) ?? everything()));
