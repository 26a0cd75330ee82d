import type { Check } from './check';
import { goal, historyEvents, instanceWith, resourceCount } from '../goals';
import type { GoalContext } from '../types';

/** An instance with host affinity was stopped, started, and runs on its host again. */
function backOnSameHost({ world, history }: GoalContext): boolean {
  const stopped = new Set<string>();
  for (const { event } of historyEvents(history)) {
    if (event.type !== 'instance-state' || !event.resourceId) continue;
    if (event.to === 'stopped') stopped.add(event.resourceId);
    if (event.to === 'running' && stopped.has(event.resourceId)) {
      const i = world.instances.get(event.resourceId);
      if (i && i.state === 'running' && i.placement.affinity === 'host' && i.placement.hostId && i.physicalHostId === i.placement.hostId) return true;
    }
  }
  return false;
}

function billedAs({ world }: GoalContext, kind: 'dedicated-region-fee'): boolean {
  return Object.values(world.billing.lines).some((l) => l.kind === kind && l.amount > 0);
}

/** Instance seconds paid for by this option: 'dedicated-host' (free on your host) or 'dedicated' (a premium). */
function instanceLinesCoveredBy({ world }: GoalContext, option: 'dedicated-host' | 'dedicated') {
  return Object.values(world.billing.lines).filter((l) => l.kind === 'instance' && (l.coveredBy?.[option] ?? 0) > 0);
}

export const dedicatedChecks = {
  "dedicated/have-dedicated-host": (resourceCount('dedicatedHosts', { where: (h) => h.state === 'available', label: 'You have a Dedicated Host' })).test,
  "dedicated/instance-host-affinity-runs-dedicated-host": (instanceWith(
          { tenancy: 'host', state: 'running', where: (i) => i.placement.affinity === 'host' && i.physicalHostId === i.placement.hostId },
          { label: 'An instance with host affinity runs on your Dedicated Host' },
        )).test,
  "dedicated/after-stop-start-instance-came-back": (goal('After a stop and start, an instance came back to the same host', backOnSameHost)).test,
  "dedicated/instance-host-ran-hour-added-nothing": (goal('The instance on your host ran for an hour and added nothing to the bill', (ctx) =>
          instanceLinesCoveredBy(ctx, 'dedicated-host').some((l) => l.amount === 0),
        )).test,
  "dedicated/dedicated-instance-paid-own-premium-rate": (goal('The Dedicated Instance paid its own, premium rate', (ctx) => instanceLinesCoveredBy(ctx, 'dedicated').some((l) => l.amount > 0))).test,
  "dedicated/bill-shows-regional-fee-dedicated-instances": (goal('The bill shows the regional fee of Dedicated Instances', (ctx) => billedAs(ctx, 'dedicated-region-fee'))).test,
} satisfies Record<string, Check>;
