import type { Check } from './check';
import { goal, resourceCount, responseSeen } from '../goals';
import type { GoalContext } from '../types';

function instanceLines({ world }: GoalContext) {
  return Object.values(world.billing.lines).filter((l) => l.kind === 'instance');
}

export const reservedInstancesChecks = {
  "reserved-instances/compared-no-upfront-partial-upfront-all": (responseSeen(
          'ec2:DescribeReservedInstancesOfferings',
          (r) => new Set((r.ReservedInstancesOfferings ?? []).map((o: { OfferingType: string }) => o.OfferingType)).size >= 3,
          'You compared No Upfront, Partial Upfront and All Upfront offers',
        )).test,
  "reserved-instances/own-zonal-reserved-instance": (resourceCount('reservedInstances', { where: (ri) => ri.scope === 'Availability Zone' && ri.state === 'active', label: 'You own a zonal Reserved Instance' })).test,
  "reserved-instances/zonal-ri-paid-instance-az": (goal('A zonal RI paid for an instance in its AZ', (ctx) => instanceLines(ctx).some((l) => (l.coveredBy?.['zonal-ri'] ?? 0) > 0))).test,
  "reserved-instances/instance-another-az-size-still-paid": (goal('An instance of another AZ and size still paid On-Demand', (ctx) => instanceLines(ctx).some((l) => (l.coveredBy?.['on-demand'] ?? 0) > 0))).test,
  "reserved-instances/regional-ri-paid-instance-whatever-az": (goal('A regional RI paid for an instance, whatever its AZ', (ctx) => instanceLines(ctx).some((l) => (l.coveredBy?.['regional-ri'] ?? 0) > 0))).test,
  "reserved-instances/instance-bigger-than-reservation-only-partly": (goal('An instance bigger than the reservation was only partly covered', (ctx) =>
          instanceLines(ctx).some((l) => (l.lastReservations?.length ?? 0) > 0 && (l.lastRate ?? 0) > 0),
        )).test,
  "reserved-instances/reservation-no-instance-used-still-billed": (goal('A reservation that no instance used was still billed', ({ world }) =>
          Object.values(world.billing.lines).some((l) => l.kind === 'reservation' && l.lastUtilization === 0 && (l.lastRate ?? 0) > 0),
        )).test,
} satisfies Record<string, Check>;
