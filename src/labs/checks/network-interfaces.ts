import type { Check } from './check';
import { interfacesOf, primaryInterfaceOf } from '../../engine';
import { goal, historyEvents, instanceWith, responseSeen } from '../goals';
import type { GoalContext } from '../types';

/** An interface was detached from one instance and later attached to another, where it still is. */
function movedBetweenInstances({ world, history }: GoalContext): boolean {
  const events = historyEvents(history).map((x) => x.event);
  return events.some((detached, i) => {
    const eniId = detached.resourceId;
    if (detached.type !== 'eni-detached' || !eniId || !detached.from) return false;
    return events.slice(i + 1).some(
      (attached) =>
        attached.type === 'eni-attached' &&
        attached.resourceId === eniId &&
        attached.to !== undefined &&
        attached.to !== detached.from &&
        world.networkInterfaces.get(eniId)?.attachment?.instanceId === attached.to,
    );
  });
}

/** A secondary interface carries a security group that its instance's eth0 does not. */
function ownGroups({ world }: GoalContext): boolean {
  return world.networkInterfaces.values().some((eni) => {
    if (!eni.attachment || eni.attachment.deviceIndex === 0) return false;
    const eth0 = primaryInterfaceOf(world, eni.attachment.instanceId);
    return !!eth0 && eni.groupIds.some((g) => !eth0.groupIds.includes(g));
  });
}

export const networkInterfacesChecks = {
  "network-interfaces/instance-has-interfaces-two-different-subnets": (instanceWith(
          { where: (i, w) => new Set(interfacesOf(w, i.id).map((e) => e.subnetId)).size >= 2 },
          { label: 'An instance has interfaces in two different subnets' },
        )).test,
  "network-interfaces/secondary-interface-has-security-group-eth0": (goal('A secondary interface has a security group that its eth0 does not have', ownGroups)).test,
  "network-interfaces/interface-moved-one-instance-another": (goal('An interface moved from one instance to another', movedBetweenInstances)).test,
  "network-interfaces/inside-instance-two-interfaces-private-addresses": (responseSeen('sim:GuestInterfaces', (r) => (r.Interfaces?.length ?? 0) >= 2, 'Inside an instance you saw two interfaces, with private addresses only')).test,
} satisfies Record<string, Check>;
