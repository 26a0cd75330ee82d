import { hostAcceptsType } from '../../billing/dedicated-hosts';
import { mustFind } from '../../lookup';
import type { Placement } from '../../model/instances';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';

/**
 * An instance's placement (rule 76): tenancy, Dedicated Host and host affinity, changed while it is stopped, and the
 * physical host it runs on now (sim:HostOf). The actions are listed with the hosts' in hosts.ts.
 */

export function modifyInstancePlacement(tx: Tx, p: Params) {
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

export function hostOf(tx: Tx, p: Params) {
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
