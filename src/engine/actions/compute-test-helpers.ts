import { createWorld, describe, type World } from '../index';
import { amazonAmi as ami, ok, type Accepted } from '../engine-test-helpers';

/** Shared set-up for the compute family's tests (instances, interfaces, addresses), built only through actions. */

export { amazonAmi as ami } from '../engine-test-helpers';

export interface Lab {
  world: World;
  vpcId: string;
  /** 10.16.0.0/20 in us-east-1a. */
  subnetA: string;
  /** 10.16.16.0/20 in us-east-1b. */
  subnetB: string;
  /** 10.16.32.0/20, also in us-east-1a. */
  subnetA2: string;
  igwId: string;
  defaultGroup: string;
}

/** A custom VPC 10.16.0.0/16 with DNS hostnames on, three subnets and an attached internet gateway. */
export function lab(options: { igw?: boolean; dnsHostnames?: boolean; defaultVpc?: boolean } = {}): Lab {
  let world = createWorld(options.defaultVpc ? { defaultVpc: true } : {});
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
  world = vpc.world;
  const vpcId = vpc.response.Vpc.VpcId;
  if (options.dnsHostnames !== false) {
    world = ok(world, 'ec2:ModifyVpcAttribute', { VpcId: vpcId, EnableDnsHostnames: { Value: true } }).world;
  }
  const subnet = (cidr: string, az: string) => {
    const r = ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az });
    world = r.world;
    return r.response.Subnet.SubnetId as string;
  };
  const subnetA = subnet('10.16.0.0/20', 'us-east-1a');
  const subnetB = subnet('10.16.16.0/20', 'us-east-1b');
  const subnetA2 = subnet('10.16.32.0/20', 'us-east-1a');
  const igw = ok(world, 'ec2:CreateInternetGateway', {});
  world = igw.world;
  const igwId = igw.response.InternetGateway.InternetGatewayId;
  if (options.igw !== false) world = ok(world, 'ec2:AttachInternetGateway', { InternetGatewayId: igwId, VpcId: vpcId }).world;
  const defaultGroup = describe(world, 'ec2:DescribeSecurityGroups', {
    Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }],
  }).SecurityGroups[0].GroupId;
  return { world, vpcId, subnetA, subnetB, subnetA2, igwId, defaultGroup };
}

export interface Ran extends Accepted {
  id: string;
  instance: any;
}

/** RunInstances of one t3.micro (unless params say otherwise) that must be accepted. */
export function run(world: World, params: Record<string, unknown> = {}, extra: { region?: string; account?: string } = {}): Ran {
  const r = ok(
    world,
    'ec2:RunInstances',
    { ImageId: ami(world, 'ebs', extra.region), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, ...params },
    extra,
  );
  return { ...r, id: r.response.Instances[0].InstanceId, instance: r.response.Instances[0] };
}

/** The instance as DescribeInstances shows it. */
export function inst(world: World, id: string): any {
  return describe(world, 'ec2:DescribeInstances', { InstanceIds: [id] }).Reservations[0].Instances[0];
}

export function eni(world: World, id: string): any {
  return describe(world, 'ec2:DescribeNetworkInterfaces', { NetworkInterfaceIds: [id] }).NetworkInterfaces[0];
}

export function address(world: World, allocationId: string): any {
  return describe(world, 'ec2:DescribeAddresses', { AllocationIds: [allocationId] }).Addresses[0];
}

export function createEni(world: World, subnetId: string, params: Record<string, unknown> = {}): Accepted & { eniId: string } {
  const r = ok(world, 'ec2:CreateNetworkInterface', { SubnetId: subnetId, ...params });
  return { ...r, eniId: r.response.NetworkInterface.NetworkInterfaceId };
}

export function allocate(world: World): Accepted & { allocationId: string; publicIp: string } {
  const r = ok(world, 'ec2:AllocateAddress', { Domain: 'vpc' });
  return { ...r, allocationId: r.response.AllocationId, publicIp: r.response.PublicIp };
}

export function stop(world: World, id: string): World {
  return ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
}

export function start(world: World, id: string): World {
  return ok(world, 'ec2:StartInstances', { InstanceIds: [id] }).world;
}
