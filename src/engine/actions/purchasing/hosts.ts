import { chargeOnce, lineKey } from '../../billing/accrue';
import { familyOf } from '../../billing/coverage';
import { instancesOnHost } from '../../billing/dedicated-hosts';
import { allInstanceTypes, getInstanceType } from '../../catalog/instance-types';
import { DEDICATED_HOST_HOURLY } from '../../catalog/prices';
import { mustFind } from '../../lookup';
import type { DedicatedHost } from '../../model/purchasing';
import { invalid, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { toSdkHost } from '../../shapes/hosts';
import { readZone } from '../../zone-param';
import { defineActions } from '../../action-def';
import { hostOf, modifyInstancePlacement } from './placement';

/**
 * Dedicated Hosts and instance placement (rule 76). A Dedicated Host is a whole physical server in one AZ, built
 * for one instance family (or one type); you pay for the host, not per instance, and manage its capacity. Host
 * auto-placement is off by default: only launches that name the HostId land on it. Affinity `host` pins a stopped
 * instance to its host; affinity `default` brings it back there on a best-effort basis.
 *
 * Instances on shared (`default`) or `dedicated` tenancy also run on a physical host, which the lab names with a
 * simulated `h-…` id (sim:HostOf): a stop/start moves the instance to new hardware, a reboot does not.
 *
 * Host capacity and auto-placement are in billing/dedicated-hosts.ts, placement changes in placement.ts.
 */

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
