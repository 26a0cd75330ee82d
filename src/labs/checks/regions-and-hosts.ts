import type { Check } from './check';
import { goal, responseSeen } from '../goals';
import type { HistoryEntry } from '../types';

/** Two sim:HostOf answers for the same instance named different hosts. */
function hostChanged(history: readonly HistoryEntry[]): boolean {
  const seen = new Map<string, Set<string>>();
  for (const h of history) {
    if (!h.ok || h.action.type !== 'sim:HostOf') continue;
    const id = String(h.action.params?.InstanceId ?? '');
    const host = (h.response as { HostId?: string } | undefined)?.HostId;
    if (!host) continue;
    const hosts = seen.get(id) ?? new Set<string>();
    hosts.add(host);
    seen.set(id, hosts);
  }
  return [...seen.values()].some((hosts) => hosts.size > 1);
}

export const regionsAndHostsChecks = {
  "regions-and-hosts/listed-availability-zones-us-east-1": (responseSeen(
          'ec2:DescribeAvailabilityZones',
          (r) => r.AvailabilityZones?.some((z: { RegionName: string }) => z.RegionName === 'us-east-1'),
          'You listed the Availability Zones of us-east-1',
        )).test,
  "regions-and-hosts/listed-availability-zones-another-region": (responseSeen(
          'ec2:DescribeAvailabilityZones',
          (r) => r.AvailabilityZones?.some((z: { RegionName: string }) => z.RegionName !== 'us-east-1'),
          'You listed the Availability Zones of another region',
        )).test,
  "regions-and-hosts/found-host-instance-us-east-1b": (responseSeen(
          'sim:HostOf',
          (r) => r.AvailabilityZone === 'us-east-1b',
          'You found the host of an instance in us-east-1b',
        )).test,
  "regions-and-hosts/same-instance-two-different-hosts": (goal('You saw the same instance on two different hosts', ({ history }) => hostChanged(history))).test,
} satisfies Record<string, Check>;
