import type { Instance } from '../../model/instances';
import { sdkGroups } from '../../shapes/network-interfaces';
import { findInstance, primaryEni, stillVisible } from '../../net/interfaces';
import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { sdkProductCodes } from '../../shapes/images';
import { ATTRIBUTE_NAMES } from './attribute-request';
import { instanceBlockDeviceMappings, toSdkInstance, toSdkReservation } from '../../shapes/instances';
import { encodeUserData } from '../../user-data';
import { instanceFilters } from './describe-filters';

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
  const filtered = applyFilters(list, p, instanceFilters(tx), (i) => toSdkInstance(tx, i));
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
