import { describe as read } from '../../apply';
import type { Instance } from '../../model/instances';
import type { World } from '../../model/world';
import { ok } from '../../engine-test-helpers';
import { createWorld } from '../../world';

/** Shared setup for the purchasing and health tests: worlds built through actions only. */

export function labWorld(): World {
  return createWorld({ defaultVpc: true });
}

/** Amazon's public AMI in a region (EBS-backed unless asked otherwise), found with DescribeImages. */
export function amazonAmi(world: World, root: 'ebs' | 'instance-store' = 'ebs', region = 'us-east-1'): string {
  const images = read(world, 'ec2:DescribeImages', { Owners: ['amazon'] }, region)?.Images as
    | { ImageId: string; RootDeviceType: string }[]
    | undefined;
  const found = images?.find((i) => i.RootDeviceType === root)?.ImageId;
  if (!found) throw new Error(`no ${root} Amazon AMI in ${region}`);
  return found;
}

/** The default subnet of an AZ (default VPC). */
export function defaultSubnet(world: World, az = 'us-east-1a'): string {
  const subnets = read(world, 'ec2:DescribeSubnets', { Filters: [{ Name: 'availability-zone', Values: [az] }] }, az.slice(0, -1))
    ?.Subnets as { SubnetId: string; DefaultForAz: boolean }[] | undefined;
  const found = subnets?.find((s) => s.DefaultForAz)?.SubnetId;
  if (!found) throw new Error(`no default subnet in ${az}`);
  return found;
}

export interface Launched {
  world: World;
  id: string;
  instance: Instance;
  response: any;
}

/** The RunInstances parameters of one instance (t3.micro in us-east-1a unless overridden). */
export function launchParams(world: World, params: Record<string, unknown> = {}): Record<string, unknown> {
  return { ImageId: amazonAmi(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: defaultSubnet(world), ...params };
}

/** RunInstances of one instance (t3.micro in us-east-1a unless overridden). */
export function launch(world: World, params: Record<string, unknown> = {}): Launched {
  const { world: next, response } = ok(world, 'ec2:RunInstances', launchParams(world, params));
  const id = response.Instances[0].InstanceId as string;
  return { world: next, id, instance: next.instances.get(id) as Instance, response };
}

export function advance(world: World, seconds: number) {
  return ok(world, 'sim:AdvanceTime', { Seconds: seconds });
}

export function hostOf(world: World, instanceId: string): string | undefined {
  return read(world, 'sim:HostOf', { InstanceId: instanceId })?.HostId;
}

export function billingLine(world: World, resourceId: string): any {
  const view = read(world, 'sim:BillingView', {});
  return view.Lines.find((l: { ResourceId: string }) => l.ResourceId === resourceId);
}
