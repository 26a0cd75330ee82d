import { allInstanceTypes, getInstanceType } from '../catalog/instance-types';
import { mustFind } from '../lookup';
import type { Instance } from '../model/instances';
import type { DedicatedHost } from '../model/purchasing';
import { refuse } from '../refusal';
import type { Tx } from '../tx';

/**
 * Dedicated Host capacity and auto-placement (rule 76), shared by the host actions (actions/purchasing/hosts.ts),
 * their SDK shape and the launch and start hooks that place a tenancy-host instance (hooks/purchasing-hooks.ts).
 */

/** States in which an instance occupies capacity on its host. */
const OCCUPYING = new Set(['pending', 'running', 'stopping', 'shutting-down']);

/** The family of an instance type name (`m5` of `m5.large`). */
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

/** vCPUs that the instances on a host occupy now (but one, when `exceptInstanceId` is given). */
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
