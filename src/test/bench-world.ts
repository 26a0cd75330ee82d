/** The 1,000-resource world the engine benchmarks run against. */
import { apply, createWorld, type Action, type World } from '../engine/index';

export function resourceCount(world: World): number {
  return (
    world.vpcs.keys().length +
    world.subnets.keys().length +
    world.internetGateways.keys().length +
    world.routeTables.keys().length +
    world.securityGroups.keys().length +
    world.networkInterfaces.keys().length +
    world.addresses.keys().length +
    world.instances.keys().length +
    world.volumes.keys().length +
    world.snapshots.keys().length +
    world.images.keys().length
  );
}

function must(world: World, action: Action): World {
  const r = apply(world, action);
  if (!r.ok) throw new Error(`${action.type}: ${r.error.code} ${r.error.message}`);
  return r.world;
}

/** A classroom-at-scale world: the default VPC plus instances until about 1,000 resources exist. */
export function bigWorld(target = 1000): World {
  let world = createWorld({ defaultVpc: true });
  const subnets = [...world.subnets.values()].filter((s) => s.region === 'us-east-1');
  const ami = [...world.images.values()].find((i) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs')!.id;
  let n = 0;
  while (resourceCount(world) < target) {
    const subnet = subnets[n % subnets.length]!;
    world = must(world, {
      type: 'ec2:RunInstances',
      params: { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.id },
    });
    if (n % 10 === 0) {
      world = must(world, { type: 'ec2:CreateNetworkInterface', params: { SubnetId: subnet.id } });
    }
    n++;
  }
  return world;
}

