import { describe, expect, it } from 'vitest';
import type { World } from '../index';
import { ok, silentFilters } from '../engine-test-helpers';
import { allocate, createEni, lab, run } from './compute-test-helpers';

/**
 * Every filter name the API Reference documents for these Describe actions either finds a resource of a world that
 * has one, or is listed here: a fact the lab does not model (outposts, carrier IPs, scan results, …) or one this
 * test world does not hold (tags, key pairs, Spot, IPv6 on an interface). A documented name that silently matches nothing
 * (it fell through to an SDK path that does not exist) fails this test.
 */
const NO_VALUE_HERE: Record<string, string[]> = {
  'ec2:DescribeInstances': [
    'affinity', 'boot-mode', 'capacity-reservation-id', 'client-token', 'current-instance-boot-mode',
    'enclave-options.enabled', 'hibernation-options.configured', 'host-id', 'iam-instance-profile.arn',
    'iam-instance-profile.id', 'ipv6-address', 'kernel-id', 'key-name', 'maintenance-options.auto-recovery',
    'network-interface.addresses.association.carrier-ip', 'network-interface.addresses.association.customer-owned-ip',
    'network-interface.association.carrier-ip', 'network-interface.association.customer-owned-ip',
    'network-interface.ipv4-prefixes.ipv4-prefix', 'network-interface.ipv6-address',
    'network-interface.ipv6-addresses.ipv6-address', 'network-interface.ipv6-addresses.is-primary-ipv6',
    'network-interface.ipv6-prefixes.ipv6-prefix', 'instance-lifecycle',
    'network-interface.operator.managed', 'network-interface.operator.principal', 'network-interface.outpost-arn',
    'network-interface.requester-id', 'network-interface.requester-managed', 'network-interface.tag-key',
    'network-interface.tag-value', 'network-interface.ipv6-native', 'network-interface.deny-all-igw-traffic',
    'network-performance-options.bandwidth-weighting', 'operator.managed', 'operator.principal', 'outpost-arn',
    'placement-group-name', 'placement-partition-number', 'platform', 'product-code', 'product-code.type',
    'ramdisk-id', 'reason', 'requester-id', 'spot-instance-request-id', 'state-reason-code', 'state-reason-message',
    'tag-key', 'tpm-support', 'usage-operation-update-time',
  ],
  'ec2:DescribeSecurityGroups': [
    'egress.ip-permission.ipv6-cidr', 'egress.ip-permission.prefix-list-id', 'ip-permission.ipv6-cidr',
    'ip-permission.prefix-list-id', 'tag-key',
  ],
  'ec2:DescribeVpcs': [
    'dhcp-options-id', 'ipv6-cidr-block-association.ipv6-pool', 'tag-key',
  ],
  'ec2:DescribeNetworkInterfaces': [
    'ipv6-addresses.ipv6-address', 'operator.managed', 'operator.principal', 'requester-id',
    'requester-managed', 'tag-key',
  ],
  'ec2:DescribeSubnets': [
    'customer-owned-ipv4-pool', 'enable-lni-at-device-index', 'ipv6-cidr-block-association.association-id',
    'ipv6-cidr-block-association.ipv6-cidr-block', 'ipv6-cidr-block-association.state', 'outpost-arn', 'tag-key',
  ],
  'ec2:DescribeVolumes': ['fast-restored', 'operator.managed', 'operator.principal', 'tag-key'],
  'ec2:DescribeInstanceStatus': [
    'application-status.status', 'attached-ebs-status.status', 'event.code', 'event.description', 'event.instance-event-id',
    'event.not-after', 'event.not-before', 'event.not-before-deadline', 'operator.managed', 'operator.principal',
  ],
  'ec2:DescribeSpotPriceHistory': [],
  'ec2:DescribeReservedInstancesOfferings': [],
  'ec2:DescribeAddresses': ['tag-key'],
  'ec2:DescribeImages': [
    'free-tier-eligible', 'image-allowed', 'image-watermark.source-image-creation-time', 'image-watermark.source-image-id',
    'image-watermark.source-image-region', 'image-watermark.watermark-creation-time', 'image-watermark.watermark-key',
    'kernel-id', 'manifest-location', 'platform', 'product-code', 'product-code.type', 'public-ssm-parameter-name',
    'ramdisk-id', 'scan-result.critical-fix-available-since', 'scan-result.finding-scan-date',
    'scan-result.high-fix-available-since', 'scan-result.highest-finding-severity-label',
    'scan-result.informational-fix-available-since', 'scan-result.low-fix-available-since',
    'scan-result.medium-fix-available-since', 'source-image-id', 'source-image-region', 'sriov-net-support',
    'state-reason-code', 'state-reason-message', 'tag-key',
  ],
};

interface Rich {
  world: World;
  instanceId: string;
  volumeId: string;
  publicIp: string;
  allocationId: string;
  vpcId: string;
  group: string;
  subnetId: string;
}

function richWorld(): Rich {
  const l = lab();
  let world = l.world;
  world = ok(world, 'ec2:AssociateVpcCidrBlock', { VpcId: l.vpcId, CidrBlock: '10.17.0.0/16' }).world;
  world = ok(world, 'ec2:AssociateVpcCidrBlock', { VpcId: l.vpcId, AmazonProvidedIpv6CidrBlock: true }).world;
  world = ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
    GroupId: l.defaultGroup,
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.0/24' }] }],
  }).world;
  world = ok(world, 'ec2:AuthorizeSecurityGroupEgress', {
    GroupId: l.defaultGroup,
    IpPermissions: [{
      IpProtocol: 'tcp', FromPort: 443, ToPort: 443,
      IpRanges: [{ CidrIp: '198.51.100.0/24' }], UserIdGroupPairs: [{ GroupId: l.defaultGroup }],
    }],
  }).world;
  const ran = run(world, { SubnetId: l.subnetA, Monitoring: { Enabled: true } });
  world = ran.world;
  const second = createEni(world, l.subnetA);
  world = ok(second.world, 'ec2:AttachNetworkInterface', {
    NetworkInterfaceId: second.eniId, InstanceId: ran.id, DeviceIndex: 1,
  }).world;
  const eip = allocate(world);
  const primary = ran.instance.NetworkInterfaces[0].NetworkInterfaceId;
  world = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, NetworkInterfaceId: primary }).world;
  const volume = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
  world = ok(volume.world, 'ec2:AttachVolume', { VolumeId: volume.response.VolumeId, InstanceId: ran.id, Device: '/dev/sdf' }).world;
  world = ok(world, 'ec2:CreateImage', { InstanceId: ran.id, Name: 'filters-test', NoReboot: true }).world;
  return {
    world, instanceId: ran.id, volumeId: volume.response.VolumeId, publicIp: eip.publicIp, allocationId: eip.allocationId,
    vpcId: l.vpcId, group: l.defaultGroup, subnetId: l.subnetA,
  };
}

describe('documented Describe filters', () => {
  const rich = richWorld();
  const { world } = rich;
  for (const [action, unmodelled] of Object.entries(NO_VALUE_HERE)) {
    it(`${action}: every documented name finds a resource, or is named as not modelled`, () => {
      const params = action === 'ec2:DescribeImages' ? { Owners: ['self', 'amazon'] } : {};
      expect(silentFilters(world, action, unmodelled, params)).toEqual([]);
    });
  }
});

describe('documented filters match the right values', () => {
  const rich = richWorld();
  const find = (type: string, name: string, value: string | number | boolean): unknown[] => {
    const r = ok(rich.world, type, { Filters: [{ Name: name, Values: [String(value)] }] }).response as Record<string, unknown[]>;
    return Object.values(r).find(Array.isArray) ?? [];
  };
  const instances = (name: string, value: string | number | boolean) =>
    (find('ec2:DescribeInstances', name, value) as { Instances: { InstanceId: string }[] }[]).flatMap((r) => r.Instances.map((i) => i.InstanceId));

  it('DescribeInstances reads groups, block devices, launch index, monitoring and addresses', () => {
    const { instanceId: id } = rich;
    expect(instances('instance.group-name', 'default')).toEqual([id]);
    expect(instances('instance.group-name', 'web')).toEqual([]);
    expect(instances('network-interface.group-id', rich.group)).toEqual([id]);
    expect(instances('network-interface.group-name', 'default')).toEqual([id]);
    expect(instances('block-device-mapping.volume-id', rich.volumeId)).toEqual([id]);
    expect(instances('block-device-mapping.volume-id', 'vol-0000000000000000')).toEqual([]);
    expect(instances('block-device-mapping.status', 'attached')).toEqual([id]);
    expect(instances('block-device-mapping.delete-on-termination', 'false')).toEqual([id]);
    expect(instances('launch-index', 0)).toEqual([id]);
    expect(instances('launch-index', 1)).toEqual([]);
    expect(instances('monitoring-state', 'enabled')).toEqual([id]);
    expect(instances('monitoring-state', 'disabled')).toEqual([]);
    expect(instances('network-interface.addresses.association.public-ip', rich.publicIp)).toEqual([id]);
    expect(instances('network-interface.addresses.association.allocation-id', rich.allocationId)).toEqual([id]);
    expect(instances('network-interface.attachment.instance-id', id)).toEqual([id]);
    expect(instances('network-interface.availability-zone', 'us-east-1b')).toEqual([]);
  });

  it('DescribeSecurityGroups reads ingress and egress permissions', () => {
    const groups = (name: string, value: string | number) =>
      (find('ec2:DescribeSecurityGroups', name, value) as { GroupId: string }[]).map((g) => g.GroupId);
    expect(groups('ip-permission.cidr', '203.0.113.0/24')).toEqual([rich.group]);
    expect(groups('ip-permission.cidr', '198.51.100.0/24')).toEqual([]);
    expect(groups('egress.ip-permission.cidr', '198.51.100.0/24')).toEqual([rich.group]);
    expect(groups('ip-permission.protocol', 'tcp')).toEqual([rich.group]);
    expect(groups('ip-permission.protocol', 'udp')).toEqual([]);
    expect(groups('ip-permission.from-port', 22)).toEqual([rich.group]);
    expect(groups('ip-permission.to-port', 443)).toEqual([]);
    expect(groups('egress.ip-permission.to-port', 443)).toEqual([rich.group]);
    expect(groups('ip-permission.group-id', rich.group)).toEqual([rich.group]);
    expect(groups('egress.ip-permission.group-name', 'default')).toEqual([rich.group]);
  });

  it('DescribeVpcs, DescribeSubnets and DescribeNetworkInterfaces read CIDRs, aliases and public IPs', () => {
    const vpcs = (name: string, value: string) => (find('ec2:DescribeVpcs', name, value) as { VpcId: string }[]).map((v) => v.VpcId);
    expect(vpcs('cidr', '10.16.0.0/16')).toEqual([rich.vpcId]);
    expect(vpcs('cidr', '10.17.0.0/16')).toEqual([]);
    expect(vpcs('cidr-block-association.state', 'associated')).toEqual([rich.vpcId]);
    expect(vpcs('ipv6-cidr-block-association.state', 'associated')).toEqual([rich.vpcId]);
    const subnets = (name: string, value: string) =>
      (find('ec2:DescribeSubnets', name, value) as { SubnetId: string }[]).map((s) => s.SubnetId);
    expect(subnets('cidr', '10.16.0.0/20')).toEqual([rich.subnetId]);
    expect(subnets('cidrBlock', '10.16.0.0/20')).toEqual([rich.subnetId]);
    expect(subnets('availabilityZoneId', 'use1-az2')).toHaveLength(1);
    expect(subnets('availabilityZone', 'us-east-1a')).toHaveLength(2);
    const enis = find('ec2:DescribeNetworkInterfaces', 'addresses.association.public-ip', rich.publicIp) as { Attachment: { InstanceId: string } }[];
    expect(enis.map((e) => e.Attachment.InstanceId)).toEqual([rich.instanceId]);
  });

  it('DescribeImages reads delete-on-termination from the block device mapping', () => {
    const r = ok(rich.world, 'ec2:DescribeImages', {
      Owners: ['self'], Filters: [{ Name: 'block-device-mapping.delete-on-termination', Values: ['true'] }],
    }).response;
    expect(r.Images.map((i: { Name: string }) => i.Name)).toEqual(['filters-test']);
  });
});
