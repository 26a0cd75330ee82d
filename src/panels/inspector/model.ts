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
      return [at('ec2:DescribeSubnets', { SubnetIds: [sel.id] })];
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

const text = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : String(v));
const yesNo = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : '—');
const list = (items: string[]): string | string[] => (items.length ? items : '—');

function f(label: string, value: unknown, mono = false): Field {
  return { label, value: Array.isArray(value) ? list(value.map(String)) : text(value), ...(mono ? { mono } : {}) };
}

/** Readable fields from the Describe* responses (in the order of `describeActions`). */
export function fieldsOf(sel: Selected, responses: any[], world: World): Field[] {
  const [r0, r1] = responses;
  switch (sel.kind) {
    case 'instance': {
      const i = r0?.Reservations?.[0]?.Instances?.[0];
      if (!i) return [];
      const enis = [...(i.NetworkInterfaces ?? [])].sort((a: any, b: any) => a.Attachment?.DeviceIndex - b.Attachment?.DeviceIndex);
      return [
        f('State', i.State?.Name),
        f('Instance type', i.InstanceType, true),
        f('Availability Zone', i.Placement?.AvailabilityZone),
        f('Public IPv4', i.PublicIpAddress, true),
        f('Private IPv4', i.PrivateIpAddress, true),
        f('Public DNS', i.PublicDnsName, true),
        f('Private DNS', i.PrivateDnsName, true),
        f('Subnet', i.SubnetId, true),
        f('VPC', i.VpcId, true),
        f(
          'Network interfaces',
          enis.map(
            (e: any) =>
              `eth${e.Attachment?.DeviceIndex} ${e.NetworkInterfaceId} ${e.PrivateIpAddress}${e.Association?.PublicIp ? ` → ${e.Association.PublicIp}` : ''}`,
          ),
          true,
        ),
        f('Volumes', (i.BlockDeviceMappings ?? []).map((m: any) => `${m.DeviceName} ${m.Ebs?.VolumeId ?? m.VirtualName ?? ''}`), true),
        f('Security groups', (i.SecurityGroups ?? []).map((g: any) => `${g.GroupName} (${g.GroupId})`)),
        f('Tenancy', i.Placement?.Tenancy),
        f('Physical host', r1?.HostId ?? 'none now', true),
        f('Purchase option', i.InstanceLifecycle === 'spot' ? 'Spot' : 'On-Demand'),
        f('AMI', i.ImageId, true),
        f('Root device', `${text(i.RootDeviceType)} (${text(i.RootDeviceName)})`),
        ...(i.StateTransitionReason ? [f('Last change', i.StateTransitionReason)] : []),
      ];
    }
    case 'eni': {
      const e = r0?.NetworkInterfaces?.[0];
      if (!e) return [];
      return [
        f('Status', e.Status),
        f('Attached to', e.Attachment ? `${e.Attachment.InstanceId} as eth${e.Attachment.DeviceIndex}` : 'nothing', true),
        f('Availability Zone', e.AvailabilityZone),
        f('Subnet', e.SubnetId, true),
        f('VPC', e.VpcId, true),
        f(
          'Private IPv4',
          (e.PrivateIpAddresses ?? []).map(
            (p: any) => `${p.PrivateIpAddress}${p.Primary ? ' (primary)' : ''}${p.Association?.PublicIp ? ` → ${p.Association.PublicIp}` : ''}`,
          ),
          true,
        ),
        f('IPv6', (e.Ipv6Addresses ?? []).map((a: any) => a.Ipv6Address), true),
        f('Private DNS', e.PrivateDnsName, true),
        f('MAC address', e.MacAddress, true),
        f('Security groups', (e.Groups ?? []).map((g: any) => `${g.GroupName} (${g.GroupId})`)),
        f('Source/dest. check', yesNo(e.SourceDestCheck)),
        ...(e.Description ? [f('Description', e.Description)] : []),
      ];
    }
    case 'volume': {
      const v = r0?.Volumes?.[0];
      if (!v) return [];
      const a = v.Attachments?.[0];
      return [
        f('State', v.State),
        f('Attached to', a ? `${a.InstanceId} as ${a.Device}` : 'nothing', true),
        f('Availability Zone', v.AvailabilityZone),
        f('Size', `${v.Size} GiB`),
        f('Type', v.VolumeType),
        ...(v.Iops ? [f('IOPS', v.Iops)] : []),
        f('Encrypted', yesNo(v.Encrypted)),
        ...(v.KmsKeyId ? [f('KMS key', v.KmsKeyId, true)] : []),
        f('From snapshot', v.SnapshotId, true),
        ...(a ? [f('Delete on termination', yesNo(a.DeleteOnTermination))] : []),
      ];
    }
    case 'eip': {
      const a = r0?.Addresses?.[0];
      if (!a) return [];
      return [
        f('Public IPv4', a.PublicIp, true),
        f('Allocation', a.AllocationId, true),
        f('Associated with', a.InstanceId ?? a.NetworkInterfaceId ?? 'nothing', true),
        ...(a.AssociationId ? [f('Association', a.AssociationId, true), f('Private IPv4', a.PrivateIpAddress, true)] : []),
        f('Domain', a.Domain),
      ];
    }
    case 'subnet': {
      const s = r0?.Subnets?.[0];
      if (!s) return [];
      return [
        f('CIDR block', s.CidrBlock, true),
        f('Availability Zone', `${text(s.AvailabilityZone)} (${text(s.AvailabilityZoneId)})`),
        f('VPC', s.VpcId, true),
        f('Free IPv4 addresses', s.AvailableIpAddressCount),
        f('Public IPv4 on launch', yesNo(s.MapPublicIpOnLaunch)),
        f('Default for AZ', yesNo(s.DefaultForAz)),
      ];
    }
    case 'vpc': {
      const v = r0?.Vpcs?.[0];
      if (!v) return [];
      const gw = world.internetGateways.values().find((g) => g.vpcId === sel.id);
      return [
        f('CIDR blocks', (v.CidrBlockAssociationSet ?? []).map((c: any) => c.CidrBlock), true),
        f('Default VPC', yesNo(v.IsDefault)),
        f('State', v.State),
        f('Internet gateway', gw?.id ?? 'none', true),
        f('Subnets', world.subnets.values().filter((s) => s.vpcId === sel.id).map((s) => `${s.id} ${s.az}`), true),
      ];
    }
    case 'igw': {
      const g = r0?.InternetGateways?.[0];
      if (!g) return [];
      return [f('Attached to', (g.Attachments ?? []).map((a: any) => `${a.VpcId} (${a.State})`), true)];
    }
    case 'snapshot': {
      const s = r0?.Snapshots?.[0];
      if (!s) return [];
      return [
        f('State', s.State),
        f('Size', `${s.VolumeSize} GiB`),
        f('From volume', s.VolumeId, true),
        f('Encrypted', yesNo(s.Encrypted)),
        ...(s.KmsKeyId ? [f('KMS key', s.KmsKeyId, true)] : []),
        f('Description', s.Description),
      ];
    }
    case 'image': {
      const i = r0?.Images?.[0];
      if (!i) return [];
      return [
        f('Name', i.Name),
        f('State', i.State),
        f('Root device', `${text(i.RootDeviceType)} (${text(i.RootDeviceName)})`),
        f('Block devices', (i.BlockDeviceMappings ?? []).map((m: any) => `${m.DeviceName} ${m.Ebs?.SnapshotId ?? m.VirtualName ?? ''}`), true),
        f('Public', yesNo(i.Public)),
      ];
    }
    case 'kms': {
      const k = r0?.KeyMetadata;
      if (!k) return [];
      return [f('Key ID', k.KeyId, true), f('Managed by', k.KeyManager), f('Enabled', yesNo(k.Enabled)), f('Description', k.Description)];
    }
    case 'host': {
      const h = r0?.Hosts?.[0];
      const instances = world.instances
        .values()
        .filter((i) => (h ? i.placement.hostId === sel.id : i.physicalHostId === sel.id) && i.state !== 'terminated')
        .map((i) => `${i.id} (${i.state})`);
      if (!h) {
        return [
          f('Kind', 'Shared-tenancy EC2 host (AWS runs it; you see only your instances)'),
          f('Instances', instances, true),
        ];
      }
      return [
        f('Kind', 'Dedicated Host'),
        f('State', h.State),
        f('Availability Zone', h.AvailabilityZone),
        f('For', h.HostProperties?.InstanceType ?? h.HostProperties?.InstanceFamily, true),
        f('Auto-placement', h.AutoPlacement),
        f('Instances', instances, true),
      ];
    }
    case 'az': {
      const z = r0?.AvailabilityZones?.[0];
      return [
        f('Zone name', z?.ZoneName ?? sel.id),
        f('State', zoneState(world, sel.id)),
        f('Zone ID', z?.ZoneId, true),
        f('Region', sel.region),
        f('Subnets', world.subnets.values().filter((s) => s.az === sel.id).length),
        f('Instances', world.instances.values().filter((i) => i.az === sel.id && i.state !== 'terminated').length),
        f('EBS volumes', world.volumes.values().filter((v) => v.az === sel.id).length),
      ];
    }
    case 'region':
      return [
        f('Availability Zones', (r0?.AvailabilityZones ?? []).map((z: any) => `${z.ZoneName} (${z.ZoneId})`)),
        f('VPCs', world.vpcs.values().filter((v) => v.region === sel.id).length),
        f('Instances', world.instances.values().filter((i) => i.region === sel.id && i.state !== 'terminated').length),
      ];
  }
}

/** A failure drill's state of a zone, in words. */
function zoneState(world: World, zone: string): string {
  const failure = world.zoneFailures.get(zone);
  if (!failure) return 'available';
  return `down (failure drill): ${failure.impaired.length} instance(s) impaired, nothing launches here until it is restored`;
}

export type Button = InspectorButton;

/** Engine actions offered for the selection, as the actions' descriptors list them. Which succeed is for the engine to say. */
export function buttonsOf(sel: Selected, world: World): Button[] {
  return inspectorButtons(sel.kind, sel.id, world, sel.region);
}

export const TYPE_SUGGESTIONS = ['t3.nano', 't3.micro', 't3.small', 't3.medium', 't2.micro', 'm5.large', 'm5.xlarge', 'c5.large', 'r5.large'];

export function changeTypeAction(sel: Selected, instanceType: string): Action {
  return { type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: sel.id, InstanceType: { Value: instanceType } }, region: sel.region };
}
