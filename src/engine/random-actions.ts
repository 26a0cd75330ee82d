import fc from 'fast-check';
import type { Collection } from './collection';
import { derived } from './memo';
import type { World } from './model/world';
import type { Action } from './types';
import { SCALING_KINDS, scalingStepToAction } from './random-scaling-actions';

/**
 * Random but meaningful action sequences for property tests and benchmarks. A step is a template whose ids are
 * indices, resolved against the world at the moment it runs, so most steps touch real resources (and some,
 * on purpose, unknown ids or the wrong region).
 */
export type Step = { kind: string; a: number; b: number; c: number; flag: boolean; region: number };

const KINDS = [
  'CreateVpc', 'CreateSubnet', 'CreateSubnet', 'CreateInternetGateway', 'AttachInternetGateway', 'ModifySubnetAttribute',
  'RunInstances', 'RunInstances', 'RunInstances', 'StopInstances', 'StartInstances', 'RebootInstances',
  'TerminateInstances', 'CreateNetworkInterface', 'CreateNetworkInterface', 'AttachNetworkInterface',
  'AttachNetworkInterface', 'DetachNetworkInterface', 'DeleteNetworkInterface', 'AssignPrivateIpAddresses',
  'UnassignPrivateIpAddresses', 'AllocateAddress', 'AssociateAddress', 'AssociateAddress', 'DisassociateAddress',
  'ReleaseAddress', 'ModifyInstanceType', 'CreateVolume', 'AttachVolume', 'DetachVolume', 'AdvanceTime',
  ...SCALING_KINDS,
] as const;

export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(20),
  flag: fc.boolean(),
  region: fc.nat(9),
});

const TYPES = ['t3.micro', 't2.micro', 'm5.large', 'm1.small', 't3.nano', 'c5.large'];
const REGIONS = ['us-east-1', 'us-west-2'];

function pick<T>(items: T[], index: number, fallback: T): T {
  if (items.length === 0) return fallback;
  // one slot past the end stands for an id that does not exist
  return index % (items.length + 1) === items.length ? fallback : (items[index % items.length] as T);
}

/** The ids of a collection by region, in creation order: worked out once per version of the collection. */
function idsByRegion<T extends { region: string }>(table: Collection<T>, keep: (x: T) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const keys = table.keys();
  table.values().forEach((item, i) => {
    if (!keep(item)) return;
    const list = out.get(item.region);
    if (list) list.push(keys[i] as string);
    else out.set(item.region, [keys[i] as string]);
  });
  return out;
}
const everyId = (table: Collection<{ region: string }>) => idsByRegion(table, () => true);
const liveInstanceIds = (table: World['instances']) => idsByRegion(table, (i) => i.state !== 'terminated');

function ids<T extends { region: string }>(table: Collection<T>, region: string): string[] {
  return derived(table, everyId).get(region) ?? [];
}

/** What a step's action is built from: the step, its region and zones, and the ids it may name (computed lazily). */
interface StepContext {
  world: World;
  step: Step;
  region: string;
  zones: string[];
  act: (type: string, params: Record<string, unknown>) => Action;
  vpc: () => string;
  subnet: () => string;
  instance: () => string;
  eni: () => string;
  eip: () => string;
  volume: () => string;
  ami: () => string | undefined;
  address: () => string;
}

/** The networking steps: VPCs, subnets, gateways, interfaces and their addresses, Elastic IPs. */
const NETWORK_STEPS: Record<string, (c: StepContext) => Action> = {
  CreateVpc: ({ act, step }) => act('CreateVpc', { CidrBlock: ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/24', '10.0.0.0/8'][step.c % 4] }),
  CreateSubnet: ({ act, step, world, vpc, zones }) => {
    const vpcCidr = world.vpcs.get(vpc())?.cidrBlocks[0]?.cidr ?? '10.0.0.0/16';
    const [a, b] = vpcCidr.split('.');
    const prefix = [24, 26, 28, 29][step.c % 4];
    return act('CreateSubnet', {
      VpcId: vpc(),
      CidrBlock: `${a}.${b}.${step.b % 4}.${(step.c % 4) * 64}/${prefix}`,
      AvailabilityZone: zones[step.b % zones.length],
    });
  },
  CreateInternetGateway: ({ act }) => act('CreateInternetGateway', {}),
  AttachInternetGateway: ({ act, world, region, step, vpc }) =>
    act('AttachInternetGateway', {
      InternetGatewayId: pick(ids(world.internetGateways, region), step.b, 'igw-0ffffffffffffffff'),
      VpcId: vpc(),
    }),
  ModifySubnetAttribute: ({ act, step, subnet }) => act('ModifySubnetAttribute', { SubnetId: subnet(), MapPublicIpOnLaunch: { Value: step.flag } }),
  CreateNetworkInterface: ({ act, step, subnet, address }) =>
    act('CreateNetworkInterface', {
      SubnetId: subnet(),
      ...(step.flag ? { SecondaryPrivateIpAddressCount: step.c % 3 } : { PrivateIpAddress: address() }),
    }),
  AttachNetworkInterface: ({ act, step, eni, instance }) =>
    act('AttachNetworkInterface', { NetworkInterfaceId: eni(), InstanceId: instance(), DeviceIndex: step.c % 4 }),
  DetachNetworkInterface: ({ act, world, eni }) =>
    act('DetachNetworkInterface', {
      AttachmentId: world.networkInterfaces.get(eni())?.attachment?.attachmentId ?? 'eni-attach-0ffffffffffffffff',
    }),
  DeleteNetworkInterface: ({ act, eni }) => act('DeleteNetworkInterface', { NetworkInterfaceId: eni() }),
  AssignPrivateIpAddresses: ({ act, step, eni, address }) =>
    act('AssignPrivateIpAddresses', {
      NetworkInterfaceId: eni(),
      ...(step.flag ? { SecondaryPrivateIpAddressCount: 1 + (step.c % 3) } : { PrivateIpAddresses: [address()] }),
      AllowReassignment: step.c % 2 === 0,
    }),
  UnassignPrivateIpAddresses: ({ act, world, eni, address }) => {
    const secondary = world.networkInterfaces.get(eni())?.privateIps.find((p) => !p.primary)?.address ?? address();
    return act('UnassignPrivateIpAddresses', { NetworkInterfaceId: eni(), PrivateIpAddresses: [secondary] });
  },
  AllocateAddress: ({ act }) => act('AllocateAddress', { Domain: 'vpc' }),
  AssociateAddress: ({ act, world, step, instance, eni, eip, address }) => {
    const target = step.flag
      ? { InstanceId: instance() }
      : {
          NetworkInterfaceId: eni(),
          PrivateIpAddress: world.networkInterfaces.get(eni())?.privateIps[step.c % 2]?.address ?? address(),
        };
    return act('AssociateAddress', { AllocationId: eip(), ...target, ...(step.c % 3 === 0 ? { AllowReassociation: false } : {}) });
  },
  DisassociateAddress: ({ act, world, eip }) =>
    act('DisassociateAddress', {
      AssociationId: world.addresses.get(eip())?.association?.associationId ?? 'eipassoc-0ffffffffffffffff',
    }),
  ReleaseAddress: ({ act, eip }) => act('ReleaseAddress', { AllocationId: eip() }),
};

/** The compute steps: instances, their type, EBS volumes, and the clock. */
const COMPUTE_STEPS: Record<string, (c: StepContext) => Action> = {
  RunInstances: ({ act, step, ami, subnet, address }) =>
    act('RunInstances', {
      ImageId: ami(),
      InstanceType: TYPES[step.c % TYPES.length],
      MinCount: 1,
      MaxCount: 1 + (step.b % 2),
      SubnetId: subnet(),
      ...(step.c % 5 === 0 ? { PrivateIpAddress: address() } : {}),
    }),
  StopInstances: ({ act, instance }) => act('StopInstances', { InstanceIds: [instance()] }),
  StartInstances: ({ act, instance }) => act('StartInstances', { InstanceIds: [instance()] }),
  RebootInstances: ({ act, instance }) => act('RebootInstances', { InstanceIds: [instance()] }),
  TerminateInstances: ({ act, instance }) => act('TerminateInstances', { InstanceIds: [instance()] }),
  ModifyInstanceType: ({ act, step, instance }) =>
    act('ModifyInstanceAttribute', { InstanceId: instance(), InstanceType: { Value: TYPES[step.c % TYPES.length] } }),
  CreateVolume: ({ act, step, zones }) => act('CreateVolume', { AvailabilityZone: zones[step.c % zones.length], Size: 1 + step.b }),
  AttachVolume: ({ act, step, volume, instance }) =>
    act('AttachVolume', { VolumeId: volume(), InstanceId: instance(), Device: `/dev/sd${'fghij'[step.c % 5]}` }),
  DetachVolume: ({ act, volume }) => act('DetachVolume', { VolumeId: volume() }),
  AdvanceTime: ({ step }) => ({ type: 'sim:AdvanceTime', params: { Seconds: 1 + step.c * 60 } }),
};

const STEPS: Record<string, (c: StepContext) => Action> = { ...NETWORK_STEPS, ...COMPUTE_STEPS };

/** id lists are computed only when the step needs them: scanning every collection on every step would dominate */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** Turn a step into a concrete action against the current world. */
export function stepToAction(world: World, step: Step): Action {
  const region = step.region === 0 ? (REGIONS[1] as string) : (REGIONS[0] as string);
  const zones = world.regions[region]?.zones.map((z) => z.ZoneName) ?? [];
  const subnet = lazy(() => pick(ids(world.subnets, region), step.a, 'subnet-0ffffffffffffffff'));
  const instance = lazy(() => pick(derived(world.instances, liveInstanceIds).get(region) ?? [], step.a, 'i-0ffffffffffffffff'));
  const ami = lazy(() => world.images.values().find((i) => i.region === region && i.rootDeviceType === 'ebs' && i.public)?.id);
  const c: StepContext = {
    world,
    step,
    region,
    zones,
    act: (type, params) => ({ type: `ec2:${type}`, params, region }),
    vpc: lazy(() => pick(ids(world.vpcs, region), step.a, 'vpc-0ffffffffffffffff')),
    subnet,
    instance,
    eni: lazy(() => pick(ids(world.networkInterfaces, region), step.b, 'eni-0ffffffffffffffff')),
    eip: lazy(() => pick(ids(world.addresses, region), step.b, 'eipalloc-0ffffffffffffffff')),
    volume: lazy(() => pick(ids(world.volumes, region), step.b, 'vol-0ffffffffffffffff')),
    ami,
    address: lazy(() => {
      const subnetCidr = world.subnets.get(subnet())?.cidr;
      const base = subnetCidr ? subnetCidr.split('/')[0]?.split('.').slice(0, 3).join('.') : '10.0.0';
      return `${base}.${step.c}`;
    }),
  };
  const build = STEPS[step.kind];
  if (build) return build(c);
  const image = ami();
  return scalingStepToAction(step.kind, { world, region, zones, a: step.a, b: step.b, c: step.c, flag: step.flag, ...(image ? { ami: image } : {}), subnet, instance });
}
