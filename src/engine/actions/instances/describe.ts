import { STATE_CODES, type Instance } from '../../model/instances';
import { hasPublicDnsName, privateDnsName, publicDnsName } from '../../net/dns-names';
import { sdkGroups } from '../../shapes/network-interfaces';
import { findInstance, instanceEnis, primaryEni, stillVisible } from '../../net/interfaces';
import { instancePublicIp } from '../../net/public-ips';
import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { sdkProductCodes } from '../../shapes/images';
import { ATTRIBUTE_NAMES } from './attribute-request';
import { instanceBlockDeviceMappings, toSdkInstance, toSdkReservation } from '../../shapes/instances';
import { encodeUserData } from '../../user-data';

/** ec2:DescribeInstances (by reservation, with its filters) and ec2:DescribeInstanceAttribute. */

export function describeInstanceAttribute(tx: Tx, p: Params) {
  const instance = findInstance(tx, p.str('InstanceId'));
  const attribute = p.enum('Attribute', ATTRIBUTE_NAMES);
  const eth0 = primaryEni(tx, instance.id);
  const base = { InstanceId: instance.id };
  switch (attribute) {
    case 'instanceType':
      return { ...base, InstanceType: { Value: instance.instanceType } };
    case 'userData':
      return { ...base, UserData: instance.userData !== undefined ? { Value: encodeUserData(instance.userData) } : {} };
    case 'disableApiTermination':
      return { ...base, DisableApiTermination: { Value: instance.disableApiTermination } };
    case 'disableApiStop':
      return { ...base, DisableApiStop: { Value: instance.disableApiStop } };
    case 'instanceInitiatedShutdownBehavior':
      return { ...base, InstanceInitiatedShutdownBehavior: { Value: instance.shutdownBehavior } };
    case 'rootDeviceName':
      return { ...base, RootDeviceName: { Value: instance.rootDeviceName } };
    case 'blockDeviceMapping':
      return { ...base, BlockDeviceMappings: instanceBlockDeviceMappings(tx, instance) };
    case 'sourceDestCheck':
      return { ...base, SourceDestCheck: { Value: eth0?.sourceDestCheck ?? true } };
    case 'groupSet':
      return { ...base, Groups: eth0 ? sdkGroups(tx, eth0.groupIds) : [] };
    case 'ebsOptimized':
      return { ...base, EbsOptimized: { Value: instance.ebsOptimized } };
    case 'productCodes':
      return { ...base, ProductCodes: sdkProductCodes(tx.get('images', instance.imageId)) };
    case 'enaSupport':
      return { ...base, EnaSupport: { Value: true } };
    case 'sriovNetSupport':
      return { ...base, SriovNetSupport: {} };
    case 'enclaveOptions':
      return { ...base, EnclaveOptions: { Enabled: false } };
    default:
      return { ...base, [attribute === 'kernel' ? 'KernelId' : 'RamdiskId']: {} };
  }
}

export function describeInstances(tx: Tx, p: Params) {
  const ids = p.optStrList('InstanceIds');
  const list = ids
    ? [...new Set(ids)].map((id) => findInstance(tx, id))
    : tx.visible('instances').filter((i) => stillVisible(tx, i));
  const eth0 = (i: Instance) => primaryEni(tx, i.id);
  const primaryIp = (i: Instance) => eth0(i)?.privateIps.find((ip) => ip.primary)?.address;
  const filtered = applyFilters(list, p, {
    'instance-id': (i) => i.id,
    'instance-state-name': (i) => i.state,
    'instance-state-code': (i) => String(STATE_CODES[i.state]),
    'subnet-id': (i) => i.subnetId,
    'vpc-id': (i) => i.vpcId,
    'availability-zone': (i) => i.az,
    'instance-type': (i) => i.instanceType,
    'image-id': (i) => i.imageId,
    'reservation-id': (i) => i.reservationId,
    'key-name': (i) => i.keyName,
    'owner-id': (i) => i.ownerId,
    'tenancy': (i) => i.placement.tenancy,
    'root-device-type': (i) => i.rootDeviceType,
    'instance-lifecycle': (i) => (i.market ? 'spot' : undefined),
    'private-ip-address': (i) => primaryIp(i),
    'private-dns-name': (i) => {
      const ip = primaryIp(i);
      return ip ? privateDnsName(i.region, ip) : undefined;
    },
    'ip-address': (i) => instancePublicIp(tx, i),
    'dns-name': (i) => {
      const ip = instancePublicIp(tx, i);
      const vpc = tx.get('vpcs', i.vpcId);
      return ip && vpc && hasPublicDnsName(vpc) ? publicDnsName(i.region, ip) : undefined;
    },
    'instance.group-id': (i) => eth0(i)?.groupIds ?? [],
    'group-id': (i) => eth0(i)?.groupIds ?? [],
    'network-interface.network-interface-id': (i) => instanceEnis(tx, i.id).map((e) => e.id),
    'network-interface.addresses.private-ip-address': (i) =>
      instanceEnis(tx, i.id).flatMap((e) => e.privateIps.map((ip) => ip.address)),
    'network-interface.subnet-id': (i) => instanceEnis(tx, i.id).map((e) => e.subnetId),
    'iam-instance-profile.arn': (i) => i.iamInstanceProfile?.arn,
    'placement-group-name': (i) => i.placement.groupName,
    'host-id': (i) => i.placement.hostId,
  }, (i) => toSdkInstance(tx, i));
  const byReservation = new Map<string, Instance[]>();
  for (const i of filtered) {
    const group = byReservation.get(i.reservationId) ?? [];
    group.push(i);
    byReservation.set(i.reservationId, group);
  }
  return {
    Reservations: [...byReservation.entries()].map(([id, instances]) => toSdkReservation(tx, id, instances)),
  };
}
