/**
 * What the inspector shows for a selection, as data: the engine's Describe* answer turned into readable fields, and
 * the engine actions its buttons dispatch. The UI decides nothing about validity: every button is an action for
 * the engine, which accepts it or explains the refusal.
 */
import type { Action, World } from '../../engine';
import { inspectorButtons, type InspectorButton } from '../../commands/actions/buttons';

export type ResourceKind =
  | 'instance'
  | 'eni'
  | 'volume'
  | 'eip'
  | 'subnet'
  | 'vpc'
  | 'igw'
  | 'snapshot'
  | 'image'
  | 'kms'
  | 'host'
  | 'az'
  | 'region';

export interface Selected {
  kind: ResourceKind;
  /** The resource id (`i-…`), the host id for `host:h-…`, the zone name for `az:…`, the region for `region:…`. */
  id: string;
  region: string;
}

export const KIND_LABEL: Record<ResourceKind, string> = {
  instance: 'Instance',
  eni: 'Network interface',
  volume: 'EBS volume',
  eip: 'Elastic IP',
  subnet: 'Subnet',
  vpc: 'VPC',
  igw: 'Internet gateway',
  snapshot: 'EBS snapshot',
  image: 'AMI',
  kms: 'KMS key',
  host: 'EC2 host',
  az: 'Availability Zone',
  region: 'Region',
};

/** What the selected id names in this world (canvas node ids for groups included). */
export function resolveSelection(world: World, selection: string): Selected | undefined {
  const of = (kind: ResourceKind, r: { region: string } | undefined, id = selection) => (r ? { kind, id, region: r.region } : undefined);
  if (selection.startsWith('region:')) {
    const name = selection.slice('region:'.length);
    return world.regions[name] ? { kind: 'region', id: name, region: name } : undefined;
  }
  if (selection.startsWith('az:') || selection.startsWith('zone:')) {
    // `az:us-east-1a` (the zone's column) or `zone:vpc-…:us-east-1a` (a VPC's part of it): both are the zone.
    const zone = selection.slice(selection.lastIndexOf(':') + 1);
    const region = Object.values(world.regions).find((r) => r.zones.some((z) => z.ZoneName === zone));
    return region ? { kind: 'az', id: zone, region: region.name } : undefined;
  }
  if (selection.startsWith('host:')) {
    const hostId = selection.slice('host:'.length);
    const dedicated = world.dedicatedHosts.get(hostId);
    const instance = world.instances.values().find((i) => i.physicalHostId === hostId || i.placement.hostId === hostId);
    const region = dedicated?.region ?? instance?.region;
    return region ? { kind: 'host', id: hostId, region } : undefined;
  }
  return (
    of('instance', world.instances.get(selection)) ??
    of('eni', world.networkInterfaces.get(selection)) ??
    of('volume', world.volumes.get(selection)) ??
    of('eip', world.addresses.get(selection)) ??
    of('subnet', world.subnets.get(selection)) ??
    of('vpc', world.vpcs.get(selection)) ??
    of('igw', world.internetGateways.get(selection)) ??
    of('snapshot', world.snapshots.get(selection)) ??
    of('image', world.images.get(selection)) ??
    of('kms', world.kmsKeys.get(selection))
  );
}

/** The read that describes the selection, as the AWS API has it. */
export function describeActions(sel: Selected, world: World): Action[] {
  const at = (type: string, params: Record<string, unknown>): Action => ({ type, params, region: sel.region });
  switch (sel.kind) {
    case 'instance':
      return [
        at('ec2:DescribeInstances', { InstanceIds: [sel.id] }),
        at('sim:HostOf', { InstanceId: sel.id }),
      ];
    case 'eni':
      return [at('ec2:DescribeNetworkInterfaces', { NetworkInterfaceIds: [sel.id] })];
    case 'volume':
      return [at('ec2:DescribeVolumes', { VolumeIds: [sel.id] })];
    case 'eip':
      return [at('ec2:DescribeAddresses', { AllocationIds: [sel.id] })];
    case 'subnet':
      return [
        at('ec2:DescribeSubnets', { SubnetIds: [sel.id] }),
        at('ec2:DescribeNetworkAcls', { Filters: [{ Name: 'association.subnet-id', Values: [sel.id] }] }),
      ];
    case 'vpc':
      return [at('ec2:DescribeVpcs', { VpcIds: [sel.id] })];
    case 'igw':
      return [at('ec2:DescribeInternetGateways', { InternetGatewayIds: [sel.id] })];
    case 'snapshot':
      return [at('ec2:DescribeSnapshots', { SnapshotIds: [sel.id] })];
    case 'image':
      return [at('ec2:DescribeImages', { ImageIds: [sel.id] })];
    case 'kms':
      return [at('kms:DescribeKey', { KeyId: sel.id })];
    case 'host':
      return world.dedicatedHosts.get(sel.id) ? [at('ec2:DescribeHosts', { HostIds: [sel.id] })] : [];
    case 'az':
      return [at('ec2:DescribeAvailabilityZones', { ZoneNames: [sel.id] })];
    case 'region':
      return [at('ec2:DescribeAvailabilityZones', {})];
  }
}

export interface Field {
  label: string;
  value: string | string[];
  mono?: boolean;
}

export { fieldsOf } from './fields';

export type Button = InspectorButton;

/** Engine actions offered for the selection, as the actions' descriptors list them. Which succeed is for the engine to say. */
export function buttonsOf(sel: Selected, world: World): Button[] {
  return inspectorButtons(sel.kind, sel.id, world, sel.region);
}

export const TYPE_SUGGESTIONS = ['t3.nano', 't3.micro', 't3.small', 't3.medium', 't2.micro', 'm5.large', 'm5.xlarge', 'c5.large', 'r5.large'];

export function changeTypeAction(sel: Selected, instanceType: string): Action {
  return { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: sel.id, InstanceType: { Value: instanceType } }, region: sel.region };
}
