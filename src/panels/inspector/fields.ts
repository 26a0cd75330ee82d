/** The inspector's readable fields, one function per kind of resource, from the Describe* responses. */
import type { World } from '../../engine';
import type { Field, ResourceKind, Selected } from './model';

const text = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : String(v));
const yesNo = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : '—');
const list = (items: string[]): string | string[] => (items.length ? items : '—');

function f(label: string, value: unknown, mono = false): Field {
  return { label, value: Array.isArray(value) ? list(value.map(String)) : text(value), ...(mono ? { mono } : {}) };
}

/** The responses of `describeActions`, in its order; the selection; the world for what the API does not say. */
type FieldsOf = (r0: any, r1: any, sel: Selected, world: World) => Field[];

const instanceFields: FieldsOf = (r0, r1) => {
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
};

const eniFields: FieldsOf = (r0) => {
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
};

const volumeFields: FieldsOf = (r0) => {
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
};

const eipFields: FieldsOf = (r0) => {
  const a = r0?.Addresses?.[0];
  if (!a) return [];
  return [
    f('Public IPv4', a.PublicIp, true),
    f('Allocation', a.AllocationId, true),
    f('Associated with', a.InstanceId ?? a.NetworkInterfaceId ?? 'nothing', true),
    ...(a.AssociationId ? [f('Association', a.AssociationId, true), f('Private IPv4', a.PrivateIpAddress, true)] : []),
    f('Domain', a.Domain),
  ];
};

const PROTOCOLS: Record<string, string> = { '-1': 'all', '6': 'TCP', '17': 'UDP', '1': 'ICMP', '58': 'ICMPv6' };

/** One network ACL entry in a line: `in 100 allow TCP 22 from 0.0.0.0/0` (the `*` rules are shown as `*`). */
function aclEntryText(e: any): string {
  const n = e.RuleNumber >= 32767 ? '*' : String(e.RuleNumber);
  const ports = e.PortRange ? ` ${e.PortRange.From === e.PortRange.To ? e.PortRange.From : `${e.PortRange.From}-${e.PortRange.To}`}` : '';
  const proto = `${PROTOCOLS[e.Protocol] ?? `protocol ${e.Protocol}`}${ports}`;
  return `${e.Egress ? 'out' : 'in'} ${n} ${e.RuleAction} ${proto} ${e.Egress ? 'to' : 'from'} ${e.CidrBlock ?? e.Ipv6CidrBlock}`;
}

/** The subnet's network ACL (read-only): its id, default or custom, and its rules in evaluation order. */
function aclFields(r1: any): Field[] {
  const acl = r1?.NetworkAcls?.[0];
  if (!acl) return [];
  const entries = [...(acl.Entries ?? [])].sort((a: any, b: any) => Number(a.Egress) - Number(b.Egress) || a.RuleNumber - b.RuleNumber);
  return [
    f('Network ACL', `${acl.NetworkAclId} (${acl.IsDefault ? 'default' : 'custom'})`, true),
    f('ACL rules', entries.map(aclEntryText), true),
  ];
}

const subnetFields: FieldsOf = (r0, r1) => {
  const s = r0?.Subnets?.[0];
  if (!s) return [];
  return [
    f('CIDR block', s.CidrBlock, true),
    f('Availability Zone', `${text(s.AvailabilityZone)} (${text(s.AvailabilityZoneId)})`),
    f('VPC', s.VpcId, true),
    f('Free IPv4 addresses', s.AvailableIpAddressCount),
    f('Public IPv4 on launch', yesNo(s.MapPublicIpOnLaunch)),
    f('Default for AZ', yesNo(s.DefaultForAz)),
    ...aclFields(r1),
  ];
};

const vpcFields: FieldsOf = (r0, _r1, sel, world) => {
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
};

const igwFields: FieldsOf = (r0) => {
  const g = r0?.InternetGateways?.[0];
  if (!g) return [];
  return [f('Attached to', (g.Attachments ?? []).map((a: any) => `${a.VpcId} (${a.State})`), true)];
};

const snapshotFields: FieldsOf = (r0) => {
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
};

const imageFields: FieldsOf = (r0) => {
  const i = r0?.Images?.[0];
  if (!i) return [];
  return [
    f('Name', i.Name),
    f('State', i.State),
    f('Root device', `${text(i.RootDeviceType)} (${text(i.RootDeviceName)})`),
    f('Block devices', (i.BlockDeviceMappings ?? []).map((m: any) => `${m.DeviceName} ${m.Ebs?.SnapshotId ?? m.VirtualName ?? ''}`), true),
    f('Public', yesNo(i.Public)),
  ];
};

const kmsFields: FieldsOf = (r0) => {
  const k = r0?.KeyMetadata;
  if (!k) return [];
  return [f('Key ID', k.KeyId, true), f('Managed by', k.KeyManager), f('Enabled', yesNo(k.Enabled)), f('Description', k.Description)];
};

const hostFields: FieldsOf = (r0, _r1, sel, world) => {
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
};

const azFields: FieldsOf = (r0, _r1, sel, world) => {
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
};

const regionFields: FieldsOf = (r0, _r1, sel, world) => {
  return [
    f('Availability Zones', (r0?.AvailabilityZones ?? []).map((z: any) => `${z.ZoneName} (${z.ZoneId})`)),
    f('VPCs', world.vpcs.values().filter((v) => v.region === sel.id).length),
    f('Instances', world.instances.values().filter((i) => i.region === sel.id && i.state !== 'terminated').length),
  ];
};

/** A failure drill's state of a zone, in words. */
function zoneState(world: World, zone: string): string {
  const failure = world.zoneFailures.get(zone);
  if (!failure) return 'available';
  return `down (failure drill): ${failure.impaired.length} instance(s) impaired, nothing launches here until it is restored`;
}

const FIELDS: Record<ResourceKind, FieldsOf> = {
  instance: instanceFields,
  eni: eniFields,
  volume: volumeFields,
  eip: eipFields,
  subnet: subnetFields,
  vpc: vpcFields,
  igw: igwFields,
  snapshot: snapshotFields,
  image: imageFields,
  kms: kmsFields,
  host: hostFields,
  az: azFields,
  region: regionFields,
};

/** Readable fields from the Describe* responses (in the order of `describeActions`). */
export function fieldsOf(sel: Selected, responses: any[], world: World): Field[] {
  const [r0, r1] = responses;
  return FIELDS[sel.kind](r0, r1, sel, world);
}
