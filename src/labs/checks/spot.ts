import type { Check } from './check';
import type { World } from '../../engine';
import { billingLineOf, goal, resourceCount } from '../goals';
import type { GoalContext } from '../types';

/** Average hourly rate paid so far by instances of one purchase option, over instances that ran a minute or more. */
function averageRate(world: World, option: 'spot' | 'on-demand'): number | undefined {
  const lines = Object.values(world.billing.lines).filter(
    (l) => l.kind === 'instance' && l.seconds >= 60 && (l.coveredBy?.[option] ?? 0) === l.seconds,
  );
  if (lines.length === 0) return undefined;
  const amount = lines.reduce((sum, l) => sum + l.amount, 0);
  const seconds = lines.reduce((sum, l) => sum + l.seconds, 0);
  return (amount / seconds) * 3600;
}

function spotCheaper({ world }: GoalContext): boolean {
  const spot = averageRate(world, 'spot');
  const onDemand = averageRate(world, 'on-demand');
  return spot !== undefined && onDemand !== undefined && spot < onDemand;
}

/** An On-Demand instance was stopped, then time passed, and it is still stopped: its bill stood still. */
function stoppedNotBilled({ world, history }: GoalContext): boolean {
  return history.some((entry, index) =>
    entry.events.some((e) => {
      if (e.type !== 'instance-state' || e.to !== 'stopped' || !e.resourceId) return false;
      const instance = world.instances.get(e.resourceId);
      if (!instance || instance.market || instance.state !== 'stopped' || !billingLineOf(world, instance.id)) return false;
      return history.slice(index + 1).some((later) => later.ok && later.action.type === 'sim:AdvanceTime');
    }),
  );
}

export const spotChecks = {
  "spot/spot-request-maximum-price-launched-instance": (resourceCount('spotRequests', {
          where: (r) => r.maxPrice !== undefined && r.instanceId !== undefined,
          label: 'A Spot request with a maximum price launched an instance',
        })).test,
  "spot/spot-instance-paid-less-per-hour": (goal('The Spot Instance paid less per hour than the On-Demand one', spotCheaper)).test,
  "spot/demand-instance-stopped-time-passed-no": (goal('An On-Demand instance is stopped and time passed: it is no longer billed', stoppedNotBilled)).test,
} satisfies Record<string, Check>;
