import { chargeOnce, lineKey } from '../../billing/accrue';
import { familyOf } from '../../billing/coverage';
import { allInstanceTypes, getInstanceType } from '../../catalog/instance-types';
import { DEDICATED_HOST_HOURLY } from '../../catalog/prices';
import { isoAt } from '../../time';
import { mustFind } from '../../lookup';
import type { Instance, Placement } from '../../model/instances';
import type { DedicatedHost } from '../../model/purchasing';
import { invalid, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { sdkTags } from '../../shapes/tags';
import { readZone } from '../../zone-param';
import { defineActions } from '../../action-def';

/**
 * Dedicated Hosts and instance placement (rule 76). A Dedicated Host is a whole physical server in one AZ, built
 * for one instance family (or one type); you pay for the host, not per instance, and manage its capacity. Host
 * auto-placement is off by default: only launches that name the HostId land on it. Affinity `host` pins a stopped
 * instance to its host; affinity `default` brings it back there on a best-effort basis.
 *
 * Instances on shared (`default`) or `dedicated` tenancy also run on a physical host, which the lab names with a
 * simulated `h-…` id (sim:HostOf): a stop/start moves the instance to new hardware, a reboot does not.
 */

/** States in which an instance occupies capacity on its host. */
const OCCUPYING = new Set(['pending', 'running', 'stopping', 'shutting-down']);

export function familyOfType(instanceType: string): string {
  const dot = instanceType.indexOf('.');
  return dot < 0 ? instanceType : instanceType.slice(0, dot);
}

/**
 * vCPUs of a whole host: its family's metal size when that runs on Dedicated Hosts, else the larger of 96 and the
 * family's largest size (the same sizing the host price in catalog/prices.ts uses).
 */
export function hostVcpus(host: Pick<DedicatedHost, 'instanceType' | 'instanceFamily'>): number {
  const family = host.instanceFamily ?? familyOfType(host.instanceType ?? '');
  const members = allInstanceTypes().filter((t) => t.family === family && t.supportsDedicatedHosts);
  const metal = members.find((t) => t.bareMetal);
  if (metal) return metal.vcpus;
  return Math.max(96, ...members.map((t) => t.vcpus));
}

/** Does the host accept this instance type at all (its type, or any size of its family)? */
export function hostAcceptsType(host: DedicatedHost, instanceType: string): boolean {
  if (host.instanceType) return host.instanceType === instanceType;
  return host.instanceFamily === familyOfType(instanceType);
}

/** Instances placed on a host (any state but terminated). */
export function instancesOnHost(tx: Tx, hostId: string): Instance[] {
  return tx
    .all('instances')
    .filter((i) => i.placement.tenancy === 'host' && i.placement.hostId === hostId && i.state !== 'terminated');
}

export function usedVcpus(tx: Tx, hostId: string, exceptInstanceId?: string): number {
  let used = 0;
  for (const i of instancesOnHost(tx, hostId)) {
    if (i.id === exceptInstanceId || !OCCUPYING.has(i.state)) continue;
    used += getInstanceType(i.instanceType)?.vcpus ?? 2;
  }
  return used;
}

function hasRoom(tx: Tx, host: DedicatedHost, instanceType: string, exceptInstanceId?: string): boolean {
  const need = getInstanceType(instanceType)?.vcpus ?? 2;
  return usedVcpus(tx, host.id, exceptInstanceId) + need <= hostVcpus(host);
}

function checkHostFits(tx: Tx, host: DedicatedHost, instanceType: string, az: string, instanceId?: string): void {
  if (host.state !== 'available') {
    refuse('host.not-available', `The Dedicated Host '${host.id}' is ${host.state} and cannot take instances.`, {
      resources: [host.id],
      scope: { kind: 'state', from: host.state },
    });
  }
  if (host.az !== az) {
    refuse(
      'host.az-mismatch',
      `The Dedicated Host '${host.id}' is in ${host.az}; the instance is in ${az}. A host only runs instances of its own Availability Zone.`,
      { resources: [host.id, ...(instanceId ? [instanceId] : [])], scope: { kind: 'availability-zone', from: az, to: host.az } },
    );
  }
  if (!hostAcceptsType(host, instanceType)) {
    refuse(
      'host.instance-type-mismatch',
      `The Dedicated Host '${host.id}' supports ${host.instanceType ?? `the ${host.instanceFamily} family`}, not ${instanceType}.`,
      { resources: [host.id] },
    );
  }
  if (!hasRoom(tx, host, instanceType, instanceId)) {
    refuse(
      'host.capacity',
      `Insufficient capacity on Dedicated Host '${host.id}' for ${instanceType}: ${usedVcpus(tx, host.id, instanceId)} of ${hostVcpus(host)} vCPUs are in use.`,
      { resources: [host.id], scope: { kind: 'quota', to: host.id } },
    );
  }
}

/**
 * The Dedicated Host a tenancy-host instance lands on now: the named host, or else (auto-placement) the first host
 * of the account in the AZ with auto-placement on, a matching type and room.
 */
export function chooseHost(
  tx: Tx,
  args: { account: string; region: string; az: string; instanceType: string; hostId?: string; instanceId?: string },
): DedicatedHost {
  if (args.hostId) {
    const host = tx.get('dedicatedHosts', args.hostId);
    if (!host || host.ownerId !== args.account || host.region !== args.region) return mustFind(tx, 'dedicatedHosts', args.hostId);
    checkHostFits(tx, host, args.instanceType, args.az, args.instanceId);
    return host;
  }
  const candidates = tx
    .all('dedicatedHosts')
    .filter((h) => h.ownerId === args.account && h.region === args.region && h.az === args.az && h.state === 'available')
    .filter((h) => h.autoPlacement === 'on' && hostAcceptsType(h, args.instanceType))
    .sort((a, b) => a.allocationTime - b.allocationTime || (a.id < b.id ? -1 : 1));
  const host = candidates.find((h) => hasRoom(tx, h, args.instanceType, args.instanceId));
  if (!host) {
    return refuse(
      candidates.length ? 'host.capacity' : 'host.auto-placement-off',
      candidates.length
        ? `Insufficient capacity on your Dedicated Hosts in ${args.az} for ${args.instanceType}.`
        : `There is no Dedicated Host with auto-placement on for ${args.instanceType} in ${args.az}. Name a host in Placement.HostId or allocate one with AutoPlacement 'on'.`,
      { scope: { kind: 'availability-zone', to: args.az } },
    );
  }
  return host;
}

function toSdkHost(tx: Tx, host: DedicatedHost) {
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

function allocateHosts(tx: Tx, p: Params) {
  const zones = tx.base.regions[tx.region]?.zones ?? [];
  const az = readZone(tx, p, true);
  if (!zones.some((z) => z.ZoneName === az)) {
    return invalid('AvailabilityZone', az, `Valid zones in ${tx.region}: ${zones.map((z) => z.ZoneName).join(', ')}.`);
  }
  const instanceType = p.optStr('InstanceType');
  const instanceFamily = p.optStr('InstanceFamily');
  if ((instanceType === undefined) === (instanceFamily === undefined)) {
    return refuse(
      'host.family-or-type',
      instanceType
        ? 'Specify either instanceType or instanceFamily, not both.'
        : 'The request must contain either the parameter instanceType or instanceFamily.',
      { scope: { kind: 'parameter', to: 'InstanceType' } },
    );
  }
  if (instanceType) {
    const info = getInstanceType(instanceType);
    if (!info) return invalid('InstanceType', instanceType);
    if (!info.supportsDedicatedHosts) {
      return refuse('host.type-unsupported', `Dedicated Hosts are not available for the instance type ${instanceType}.`, {
        scope: { kind: 'parameter', to: 'InstanceType' },
      });
    }
  } else if (instanceFamily) {
    const family = allInstanceTypes().filter((t) => t.family === instanceFamily);
    if (family.length === 0) return invalid('InstanceFamily', instanceFamily);
    if (!family.some((t) => t.supportsDedicatedHosts)) {
      return refuse('host.type-unsupported', `Dedicated Hosts are not available for the instance family ${instanceFamily}.`, {
        scope: { kind: 'parameter', to: 'InstanceFamily' },
      });
    }
  }
  const quantity = p.optInt('Quantity', 1, 50) ?? 1;
  const autoPlacement = p.optEnum('AutoPlacement', ['on', 'off'] as const) ?? 'off';
  const hostRecovery = p.optEnum('HostRecovery', ['on', 'off'] as const) ?? 'off';
  const tags = p.tagsFor('dedicated-host');
  const ids: string[] = [];
  for (let n = 0; n < quantity; n++) {
    const id = tx.id('h');
    const host: DedicatedHost = {
      ownerId: tx.account,
      region: tx.region,
      tags,
      id,
      az,
      ...(instanceType ? { instanceType } : {}),
      ...(instanceFamily ? { instanceFamily } : {}),
      autoPlacement,
      hostRecovery,
      state: 'available',
      allocationTime: tx.now,
    };
    tx.put('dedicatedHosts', id, host);
    ids.push(id);
    // No per-second pricing for a host (course "Dedicated Hosts"): each hour is charged when it starts.
    const hourly = DEDICATED_HOST_HOURLY(instanceFamily ?? familyOf(instanceType ?? ''), tx.region) ?? 0;
    tx.billing = chargeOnce(
      tx.billing,
      { key: lineKey('dedicated-host', id), kind: 'dedicated-host', resourceId: id, region: tx.region, ownerId: tx.account, option: 'dedicated-host' },
      hourly,
      'first hour',
    );
    tx.event({
      type: 'created',
      message: `Dedicated Host ${id} allocated in ${az} for ${instanceType ?? `the ${instanceFamily} family`} (auto-placement ${autoPlacement}); it is billed per hour, not per second: the first hour (${hourly} USD) is charged now and each further hour when it starts, until the host is released.`,
      resourceId: id,
      data: { hourlyRate: hourly, billedPer: 'hour' },
    });
  }
  return { HostIds: ids };
}

function releaseHosts(tx: Tx, p: Params) {
  const successful: string[] = [];
  const unsuccessful: { ResourceId: string; Error: { Code: string; Message: string } }[] = [];
  for (const id of p.strList('HostIds')) {
    const host = tx.find('dedicatedHosts', id);
    if (!host || host.state === 'released') {
      unsuccessful.push({
        ResourceId: id,
        Error: { Code: 'Client.InvalidHostID.NotFound', Message: `The host ID '${id}' does not exist` },
      });
      continue;
    }
    const busy = instancesOnHost(tx, id).filter((i) => i.state !== 'stopped');
    if (busy.length > 0) {
      unsuccessful.push({
        ResourceId: id,
        Error: { Code: 'Client.InvalidHost.Occupied', Message: `Dedicated host '${id}' cannot be released as it is occupied` },
      });
      tx.event({
        type: 'refused',
        message: `Dedicated Host ${id} still runs ${busy.map((i) => i.id).join(', ')}: stop or terminate them before releasing it.`,
        resourceId: id,
        data: { rule: 'host.release.occupied' },
      });
      continue;
    }
    tx.update('dedicatedHosts', id, { state: 'released', releaseTime: tx.now });
    successful.push(id);
    tx.event({
      type: 'released',
      message: `Dedicated Host ${id} released; its hourly billing stopped (the hour already started stays paid: hosts are billed per hour).`,
      resourceId: id,
    });
  }
  return { Successful: successful, Unsuccessful: unsuccessful };
}

function describeHosts(tx: Tx, p: Params) {
  const ids = p.optStrList('HostIds');
  const hosts = ids ? ids.map((id) => mustFind(tx, 'dedicatedHosts', id)) : tx.visible('dedicatedHosts');
  const filtered = applyFilters(hosts, p, {
    'availability-zone': (h) => h.az,
    'instance-type': (h) => h.instanceType,
    'auto-placement': (h) => h.autoPlacement,
    'host-reservation-id': () => undefined,
    'client-token': () => undefined,
    state: (h) => h.state,
  }, undefined, 'Filter');
  return { Hosts: filtered.map((h) => toSdkHost(tx, h)) };
}

function modifyInstancePlacement(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const tenancyAsked = p.optEnum('Tenancy', ['default', 'dedicated', 'host'] as const);
  const hostId = p.optStr('HostId');
  const affinity = p.optEnum('Affinity', ['default', 'host'] as const);
  const groupName = p.optStr('GroupName');
  if (instance.state !== 'stopped') {
    return refuse(
      'placement.not-stopped',
      `The instance '${instance.id}' is not in the 'stopped' state. An instance must be stopped to modify its placement.`,
      { resources: [instance.id], scope: { kind: 'state', from: instance.state, to: 'stopped' } },
    );
  }
  const current = instance.placement;
  const tenancy = tenancyAsked ?? (hostId ? 'host' : current.tenancy);
  if (current.tenancy === 'host' && tenancy !== 'host') {
    return refuse(
      'placement.host-tenancy-final',
      `The tenancy of instance '${instance.id}' cannot be changed from 'host' to '${tenancy}'.`,
      { resources: [instance.id], scope: { kind: 'parameter', to: 'Tenancy' } },
    );
  }
  if (hostId && tenancy !== 'host') {
    return refuse('placement.affinity-needs-host', `A HostId requires tenancy 'host', not '${tenancy}'.`, {
      resources: [instance.id, hostId],
      scope: { kind: 'parameter', to: 'Tenancy' },
    });
  }
  const nextAffinity = affinity ?? (tenancy === 'host' ? (current.affinity ?? 'default') : undefined);
  if (nextAffinity === 'host' && tenancy !== 'host') {
    return refuse('placement.affinity-needs-host', `Affinity 'host' requires tenancy 'host' for instance '${instance.id}'.`, {
      resources: [instance.id],
      scope: { kind: 'parameter', to: 'Affinity' },
    });
  }
  if (tenancy === 'host' && instance.market) {
    return refuse('spot.host-tenancy', `Spot Instance '${instance.id}' cannot run on a Dedicated Host.`, {
      resources: [instance.id],
      scope: { kind: 'parameter', to: 'Tenancy' },
    });
  }
  let nextHost = tenancy === 'host' ? (hostId ?? current.hostId) : undefined;
  if (hostId) {
    const host = tx.find('dedicatedHosts', hostId) ?? mustFind(tx, 'dedicatedHosts', hostId);
    if (host.state !== 'available') {
      refuse('host.not-available', `The Dedicated Host '${host.id}' is ${host.state} and cannot take instances.`, {
        resources: [host.id],
      });
    }
    if (host.az !== instance.az) {
      refuse(
        'host.az-mismatch',
        `The Dedicated Host '${host.id}' is in ${host.az}; instance '${instance.id}' is in ${instance.az}.`,
        { resources: [host.id, instance.id], scope: { kind: 'availability-zone', from: instance.az, to: host.az } },
      );
    }
    if (!hostAcceptsType(host, instance.instanceType)) {
      refuse(
        'host.instance-type-mismatch',
        `The Dedicated Host '${host.id}' supports ${host.instanceType ?? `the ${host.instanceFamily} family`}, not ${instance.instanceType}.`,
        { resources: [host.id, instance.id] },
      );
    }
    nextHost = host.id;
  }
  const placement: Placement = {
    tenancy,
    ...(nextHost ? { hostId: nextHost } : {}),
    ...(nextAffinity ? { affinity: nextAffinity } : {}),
    ...(groupName !== undefined ? (groupName ? { groupName } : {}) : current.groupName ? { groupName: current.groupName } : {}),
  };
  tx.update('instances', instance.id, { placement });
  tx.event({
    type: 'placement',
    message: `Instance ${instance.id} placement is now tenancy ${tenancy}${nextHost ? ` on ${nextHost}` : ''}${nextAffinity ? `, affinity ${nextAffinity}` : ''}; it takes effect at the next start.`,
    resourceId: instance.id,
  });
  return { Return: true };
}

function hostOf(tx: Tx, p: Params) {
  const instance = mustFind(tx, 'instances', p.str('InstanceId'));
  const running = instance.state === 'running' || instance.state === 'pending' || instance.state === 'stopping';
  const hostId =
    instance.placement.tenancy === 'host' ? instance.placement.hostId : running ? instance.physicalHostId : undefined;
  return {
    ...(hostId ? { HostId: hostId } : {}),
    AvailabilityZone: instance.az,
    Tenancy: instance.placement.tenancy,
    ...(instance.placement.affinity ? { Affinity: instance.placement.affinity } : {}),
    State: instance.state,
  };
}

export const HOST_ACTIONS = defineActions([
  {
    type: 'ec2:AllocateHosts',
    summary: 'Allocate Dedicated Hosts: whole physical servers in one AZ for one instance family or type.',
    run: allocateHosts,
  },
  {
    type: 'ec2:ReleaseHosts',
    summary: 'Release Dedicated Hosts with no running instances (stops their hourly billing).',
    run: releaseHosts,
  },
  { type: 'ec2:DescribeHosts', summary: 'List Dedicated Hosts with their instances and free capacity.', run: describeHosts, read: true },
  {
    type: 'ec2:ModifyInstancePlacement',
    summary: 'Change tenancy, Dedicated Host or host affinity of a stopped instance.',
    run: modifyInstancePlacement,
  },
  {
    type: 'sim:HostOf',
    summary: 'The physical EC2 host an instance runs on now (changes on stop/start and recovery, not on reboot).',
    run: hostOf,
    read: true,
  },
]);
