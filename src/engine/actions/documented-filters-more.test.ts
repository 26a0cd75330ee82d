import { describe, expect, it } from 'vitest';
import type { World } from '../index';
import { ok, silentFilters } from '../engine-test-helpers';
import { amazonAmi, defaultSubnet, labWorld, launch } from './purchasing/purchasing-test-helpers';

/**
 * The documented filter names of the purchasing, storage, routing, tagging and health Describe actions either find a
 * resource of a world that has one, or are listed here with what the simulation does not model.
 */
const NO_VALUE_HERE: Record<string, string[]> = {
  // Gateway (edge) associations, IPv6 routes, prefix lists and the NAT, egress-only, transit and peering gateways.
  'ec2:DescribeRouteTables': [
    'association.gateway-id', 'route.destination-ipv6-cidr-block', 'route.destination-prefix-list-id',
    'route.egress-only-internet-gateway-id', 'route.nat-gateway-id', 'route.transit-gateway-id',
    'route.vpc-peering-connection-id',
  ],
  // Time-based snapshot copies.
  'ec2:DescribeSnapshots': ['transfer-type'],
  // Spot faults, launch and AZ groups, ValidFrom/ValidUntil (refused on request), kernels and RAM disks.
  'ec2:DescribeSpotInstanceRequests': [
    'availability-zone-group', 'fault-code', 'fault-message', 'launch-group', 'launch.kernel-id', 'launch.ramdisk-id',
    'valid-from', 'valid-until',
  ],
  'ec2:DescribeReservedInstances': [],
  'ec2:DescribeReservedInstancesOfferings': [],
  'ec2:DescribeTags': [],
  'ec2:DescribeInternetGateways': [],
  // Scheduled events, application health (Application Signals) and operator-managed instances.
  'ec2:DescribeInstanceStatus': [
    'application-status.status', 'event.code', 'event.description', 'event.instance-event-id', 'event.not-after',
    'event.not-before', 'event.not-before-deadline', 'operator.managed', 'operator.principal',
  ],
};

interface Rich {
  world: World;
  spotId: string;
  riId: string;
  snapshotId: string;
  groupId: string;
}

function richWorld(): Rich {
  let world = labWorld();
  const subnet = defaultSubnet(world);
  const vpcId = (world.subnets.get(subnet) as { vpcId: string }).vpcId;
  const group = [...world.securityGroups.values()].find((g) => g.vpcId === vpcId && g.name === 'default') as { id: string };
  world = ok(world, 'ec2:CreateKeyPair', { KeyName: 'spot-key' }).world;
  const volume = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
  world = volume.world;
  const snap = ok(world, 'ec2:CreateSnapshot', {
    VolumeId: volume.response.VolumeId, Description: 'nightly',
    TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'team', Value: 'blue' }] }],
  });
  world = snap.world;
  const spot = ok(world, 'ec2:RequestSpotInstances', {
    InstanceCount: 1,
    Type: 'one-time',
    SpotPrice: '0.05',
    LaunchSpecification: {
      ImageId: amazonAmi(world), InstanceType: 't3.micro', SubnetId: subnet, KeyName: 'spot-key',
      SecurityGroupIds: [group.id], Monitoring: { Enabled: true },
    },
    TagSpecifications: [{ ResourceType: 'spot-instances-request', Tags: [{ Key: 'team', Value: 'blue' }] }],
  });
  world = spot.world;
  const eni = ok(world, 'ec2:CreateNetworkInterface', { SubnetId: subnet, Groups: [group.id] });
  world = eni.world;
  world = ok(world, 'ec2:RequestSpotInstances', {
    InstanceCount: 1,
    LaunchSpecification: {
      ImageId: amazonAmi(world), InstanceType: 't3.small',
      BlockDeviceMappings: [{
        DeviceName: '/dev/sdf', Ebs: { SnapshotId: snap.response.SnapshotId, VolumeSize: 10, VolumeType: 'gp3', DeleteOnTermination: true },
      }],
      NetworkInterfaces: [{
        DeviceIndex: 0, NetworkInterfaceId: eni.response.NetworkInterface.NetworkInterfaceId,
      }],
    },
  }).world;
  world = ok(world, 'ec2:RequestSpotInstances', {
    InstanceCount: 1,
    LaunchSpecification: {
      ImageId: amazonAmi(world), InstanceType: 't3.small',
      NetworkInterfaces: [{
        DeviceIndex: 0, SubnetId: subnet, Groups: [group.id], Description: 'spot eth0', DeleteOnTermination: true,
        PrivateIpAddresses: [{ PrivateIpAddress: '172.31.0.100', Primary: true }],
      }],
    },
  }).world;
  const ran = launch(world);
  world = ran.world;
  const table = ok(world, 'ec2:CreateRouteTable', { VpcId: vpcId });
  const tableId = table.response.RouteTable.RouteTableId as string;
  world = ok(table.world, 'ec2:CreateRoute', { RouteTableId: tableId, DestinationCidrBlock: '192.0.2.0/24', InstanceId: ran.id }).world;
  world = ok(world, 'ec2:AssociateRouteTable', { RouteTableId: tableId, SubnetId: subnet }).world;
  const spotId = spot.response.SpotInstanceRequests[0].SpotInstanceRequestId as string;
  const offers = ok(world, 'ec2:DescribeReservedInstancesOfferings', {
    InstanceType: 't3.micro', OfferingType: 'Partial Upfront', ProductDescription: 'Linux/UNIX', AvailabilityZone: 'us-east-1a',
  }).response.ReservedInstancesOfferings;
  const bought = ok(world, 'ec2:PurchaseReservedInstancesOffering', {
    ReservedInstancesOfferingId: offers[0].ReservedInstancesOfferingId, InstanceCount: 1,
    TagSpecifications: [{ ResourceType: 'reserved-instances', Tags: [{ Key: 'team', Value: 'blue' }] }],
  });
  world = bought.world;
  const riId = bought.response.ReservedInstancesId as string;
  const tables = ok(world, 'ec2:DescribeRouteTables', {}).response.RouteTables as { RouteTableId: string }[];
  const gateways = ok(world, 'ec2:DescribeInternetGateways', {}).response.InternetGateways as { InternetGatewayId: string }[];
  const ids = [...tables.map((t) => t.RouteTableId), ...gateways.map((g) => g.InternetGatewayId)];
  world = ok(world, 'ec2:CreateTags', { Resources: ids, Tags: [{ Key: 'team', Value: 'blue' }] }).world;
  return { world, spotId, riId, snapshotId: snap.response.SnapshotId as string, groupId: group.id };
}

describe('documented Describe filters (purchasing, storage, routing, tags, health)', () => {
  const { world } = richWorld();
  for (const [action, unmodelled] of Object.entries(NO_VALUE_HERE)) {
    it(`${action}: every documented name finds a resource, or is named as not modelled`, () => {
      const params = action === 'ec2:DescribeReservedInstancesOfferings' ? { InstanceType: 't3.micro' } : action === 'ec2:DescribeInstanceStatus' ? { IncludeAllInstances: true } : {};
      expect(silentFilters(world, action, unmodelled, params)).toEqual([]);
    });
  }
});

describe('purchasing and health filters match the right values', () => {
  const rich = richWorld();
  const find = (type: string, name: string, value: string | number | boolean, extra: Record<string, unknown> = {}) => {
    const r = ok(rich.world, type, { ...extra, Filters: [{ Name: name, Values: [String(value)] }] }).response as Record<string, unknown[]>;
    return Object.values(r).find(Array.isArray) ?? [];
  };
  const spot = (name: string, value: string | number | boolean) =>
    (find('ec2:DescribeSpotInstanceRequests', name, value) as { SpotInstanceRequestId: string }[]).map((r) => r.SpotInstanceRequestId);

  it('DescribeSpotInstanceRequests reads the launch specification, price and product', () => {
    expect(spot('launch.group-id', rich.groupId)).toEqual([rich.spotId]);
    expect(spot('launch.group-name', 'default')).toEqual([rich.spotId]);
    expect(spot('launch.key-name', 'spot-key')).toEqual([rich.spotId]);
    expect(spot('launch.monitoring-enabled', true)).toEqual([rich.spotId]);
    expect(spot('spot-price', '0.05')).toEqual([rich.spotId]);
    expect(spot('product-description', 'Linux/UNIX')).toHaveLength(3);
    expect(spot('launch.instance-type', 't3.small')).toHaveLength(2);
    expect(spot('launch.block-device-mapping.snapshot-id', rich.snapshotId)).toHaveLength(1);
    expect(spot('network-interface.private-ip-address', '172.31.0.100')).toHaveLength(1);
    expect(spot('network-interface.description', 'spot eth0')).toHaveLength(1);
    expect(spot('launch.image-id', 'ami-00000000000000000')).toEqual([]);
  });

  it('DescribeReservedInstances reads start, end and prices', () => {
    const all = find('ec2:DescribeReservedInstances', 'reserved-instances-id', rich.riId) as { Start: string; End: string; FixedPrice: number }[];
    expect(all).toHaveLength(1);
    const ri = all[0] as { Start: string; End: string; FixedPrice: number };
    const ids = (name: string, value: string | number) =>
      (find('ec2:DescribeReservedInstances', name, value) as { ReservedInstancesId: string }[]).map((r) => r.ReservedInstancesId);
    expect(ids('start', ri.Start)).toEqual([rich.riId]);
    expect(ids('end', ri.End)).toEqual([rich.riId]);
    expect(ids('end', ri.Start)).toEqual([]);
    expect(ids('fixed-price', ri.FixedPrice)).toEqual([rich.riId]);
    expect(ids('fixed-price', ri.FixedPrice + 1)).toEqual([]);
  });

  it('DescribeInstanceStatus accepts every documented name and reads the attached-EBS check', () => {
    const statuses = (name: string, value: string) => find('ec2:DescribeInstanceStatus', name, value, { IncludeAllInstances: true });
    expect(statuses('attached-ebs-status.status', 'ok').length).toBeGreaterThan(0);
    expect(statuses('attached-ebs-status.status', 'impaired')).toEqual([]);
    expect(statuses('event.code', 'instance-retirement')).toEqual([]);
    expect(statuses('system-status.reachability', 'passed').length).toBeGreaterThan(0);
  });
});
