import { expect } from 'vitest';
import { apply, createWorld, describe, type World } from '../../index';
import { amazonAmi, ok } from '../../engine-test-helpers';

/** Shared set-up for the storage family's instance tests (built only through actions). */

export const B = '444455556666';

export { amazonAmi } from '../../engine-test-helpers';

export function defaultSubnet(world: World, az: string, region = 'us-east-1'): string {
  const subnets = describe(world, 'ec2:DescribeSubnets', { Filters: [{ Name: 'availability-zone', Values: [az] }] }, region).Subnets;
  return subnets[0].SubnetId;
}

export function labWorld(): World {
  return createWorld({ defaultVpc: true });
}

export interface Launched {
  world: World;
  instanceId: string;
  response: any;
  events: any[];
}

export function launch(
  world: World,
  options: { az?: string; imageId?: string; type?: string; params?: Record<string, unknown>; account?: string; subnetId?: string } = {},
): Launched {
  const az = options.az ?? 'us-east-1a';
  const r = ok(
    world,
    'ec2:RunInstances',
    {
      ImageId: options.imageId ?? amazonAmi(world),
      InstanceType: options.type ?? 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: options.subnetId ?? defaultSubnet(world, az),
      ...(options.params ?? {}),
    },
    options.account ? { account: options.account } : {},
  );
  return { world: r.world, instanceId: r.response.Instances[0].InstanceId, response: r.response, events: r.events };
}

export function volumesOf(world: World, instanceId: string, account?: string): any[] {
  const r = apply(world, {
    type: 'ec2:DescribeVolumes',
    params: { Filters: [{ Name: 'attachment.instance-id', Values: [instanceId] }] },
    ...(account ? { account } : {}),
  });
  expect(r.ok).toBe(true);
  return r.ok ? r.response.Volumes : [];
}

export function stop(world: World, instanceId: string): World {
  return ok(world, 'ec2:StopInstances', { InstanceIds: [instanceId] }).world;
}

export function terminate(world: World, instanceId: string) {
  return ok(world, 'ec2:TerminateInstances', { InstanceIds: [instanceId] });
}
