/** Developer tool: profile one action type on the 1,000-resource bench world (node --cpu-prof). */
import { performance } from 'node:perf_hooks';
import { apply, type Action } from '../src/engine/index';
import { bigWorld } from '../src/test/bench-world';

const world = bigWorld();
const instances = [...world.instances.values()].filter((i) => i.region === 'us-east-1');
const subnet = [...world.subnets.values()].find((s) => s.region === 'us-east-1')!;
const which = process.argv[2] ?? 'stop';
const make = (i: number): Action =>
  which === 'stop'
    ? { type: 'ec2:StopInstances', params: { InstanceIds: [instances[i % instances.length]!.id] } }
    : which === 'eni'
      ? { type: 'ec2:CreateNetworkInterface', params: { SubnetId: subnet.id } }
      : which === 'volume'
        ? { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 8 } }
        : { type: 'ec2:ModifySubnetAttribute', params: { SubnetId: subnet.id, MapPublicIpOnLaunch: { Value: true } } };
const t0 = performance.now();
const n = 3000;
for (let i = 0; i < n; i++) apply(world, make(i));
console.log(which, (((performance.now() - t0) / n) * 1000).toFixed(1), 'us/action');
