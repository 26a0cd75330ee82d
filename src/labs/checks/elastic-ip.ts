import type { Check } from './check';
import { goal, historyEvents } from '../goals';
import type { GoalContext } from '../types';



/** A start of an instance that held an Elastic IP, which needed no new dynamic address: the EIP stayed. */
function eipSurvivedStopStart({ history }: GoalContext): boolean {
  const withEip = new Set<string>();
  const stopped = new Set<string>();
  for (const { event, entry } of historyEvents(history)) {
    const instanceId = event.data?.instanceId as string | undefined;
    if (event.type === 'eip-associated' && instanceId) withEip.add(instanceId);
    if (event.type === 'eip-disassociated' && instanceId) withEip.delete(instanceId);
    if (event.type !== 'instance-state' || !event.resourceId) continue;
    if (event.to === 'stopped' && withEip.has(event.resourceId)) stopped.add(event.resourceId);
    if (
      event.to === 'running' &&
      stopped.has(event.resourceId) &&
      withEip.has(event.resourceId) &&
      !entry.events.some((e) => e.type === 'public-ip-assigned' && e.resourceId === event.resourceId)
    ) {
      return true;
    }
  }
  return false;
}

/** An Elastic IP sits on a private IPv4 that is not its interface's primary one. */
function eipOnSecondaryIp({ world }: GoalContext): boolean {
  return world.addresses.values().some((a) => {
    const eni = a.association && world.networkInterfaces.get(a.association.networkInterfaceId);
    return !!eni && eni.privateIps.some((ip) => ip.address === a.association?.privateIp && !ip.primary);
  });
}

export const elasticIpChecks = {
  "elastic-ip/instance-kept-elastic-ip-across-stop": (goal('An instance kept its Elastic IP across a stop and start', eipSurvivedStopStart)).test,
  "elastic-ip/elastic-ip-mapped-secondary-private-ipv4": (goal('An Elastic IP is mapped to a secondary private IPv4', eipOnSecondaryIp)).test,
} satisfies Record<string, Check>;
