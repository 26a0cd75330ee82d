import type { Check } from './check';
import { goal, historyEvents } from '../goals';
import type { GoalContext, HistoryEntry } from '../types';

/** The dynamic public IPv4 each instance holds after every history entry, from the engine's events. */
function publicIpBefore(history: readonly HistoryEntry[], index: number, instanceId: string): string | undefined {
  let ip: string | undefined;
  for (const { event, index: at } of historyEvents(history)) {
    if (at >= index) break;
    if (event.resourceId !== instanceId) continue;
    if (event.type === 'public-ip-assigned') ip = event.to;
    if (event.type === 'public-ip-released') ip = undefined;
  }
  return ip;
}

/** A reboot of an instance that held a public IPv4, which released nothing. */
function rebootKeptIp({ history }: GoalContext): boolean {
  return history.some((entry, index) =>
    entry.events.some(
      (e) =>
        e.type === 'instance-reboot' &&
        e.resourceId !== undefined &&
        publicIpBefore(history, index, e.resourceId) !== undefined &&
        !entry.events.some((r) => r.type === 'public-ip-released' && r.resourceId === e.resourceId),
    ),
  );
}

/** After a release, the same instance got a different dynamic address. */
function newIpAfterRelease({ history }: GoalContext): boolean {
  const events = historyEvents(history).map((x) => x.event);
  return events.some(
    (released, i) =>
      released.type === 'public-ip-released' &&
      events
        .slice(i + 1)
        .some((assigned) => assigned.type === 'public-ip-assigned' && assigned.resourceId === released.resourceId && assigned.to !== released.from),
  );
}




export const publicIpv4Checks = {
  "public-ipv4/reboot-kept-public-ipv4-instance": (goal('A reboot kept the public IPv4 of an instance', rebootKeptIp)).test,
  "public-ipv4/stop-start-gave-instance-new-public": (goal('A stop and start gave an instance a new public IPv4', newIpAfterRelease)).test,
} satisfies Record<string, Check>;
