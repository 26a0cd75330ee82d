import { hostVcpus, instancesOnHost, usedVcpus } from '../billing/dedicated-hosts';
import { allInstanceTypes, getInstanceType } from '../catalog/instance-types';
import type { DedicatedHost } from '../model/purchasing';
import { isoAt } from '../time';
import type { Tx } from '../tx';
import { sdkTags } from './tags';

/** The SDK `Host` of a Dedicated Host, with its instances and free capacity per instance type. */
export function toSdkHost(tx: Tx, host: DedicatedHost) {
  const on = instancesOnHost(tx, host.id);
  const total = hostVcpus(host);
  const used = usedVcpus(tx, host.id);
  const perType = host.instanceType
    ? [host.instanceType]
    : allInstanceTypes()
        .filter((t) => t.family === host.instanceFamily && t.supportsDedicatedHosts)
        .map((t) => t.name);
  return {
    HostId: host.id,
    AvailabilityZone: host.az,
    AvailabilityZoneId: tx.base.regions[host.region]?.zones.find((z) => z.ZoneName === host.az)?.ZoneId,
    AutoPlacement: host.autoPlacement,
    HostRecovery: host.hostRecovery,
    AllowsMultipleInstanceTypes: host.instanceType ? 'off' : 'on',
    HostProperties: {
      ...(host.instanceType ? { InstanceType: host.instanceType } : {}),
      ...(host.instanceFamily ? { InstanceFamily: host.instanceFamily } : {}),
      Sockets: 2,
      Cores: total / 2,
      TotalVCpus: total,
    },
    Instances: on.map((i) => ({ InstanceId: i.id, InstanceType: i.instanceType, OwnerId: i.ownerId })),
    AvailableCapacity: {
      AvailableVCpus: total - used,
      AvailableInstanceCapacity: perType.map((type) => {
        const vcpus = getInstanceType(type)?.vcpus ?? 2;
        return {
          InstanceType: type,
          TotalCapacity: Math.floor(total / vcpus),
          AvailableCapacity: Math.floor((total - used) / vcpus),
        };
      }),
    },
    State: host.state,
    AllocationTime: isoAt(host.allocationTime),
    ...(host.releaseTime !== undefined ? { ReleaseTime: isoAt(host.releaseTime) } : {}),
    OwnerId: host.ownerId,
    MemberOfServiceLinkedResourceGroup: false,
    ...sdkTags(host.tags),
  };
}
