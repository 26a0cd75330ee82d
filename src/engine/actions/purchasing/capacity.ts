import { capacityKey, capacityLimit, placeable, poolUsage } from '../../billing/capacity';
import { getInstanceType } from '../../catalog/instance-types';
import { invalid, type Params } from '../../params';
import type { Tx } from '../../tx';
import { defineActions } from '../../action-def';
import { fulfilSpotRequests } from '../hooks/spot-market';

/**
 * sim:SetCapacity: how many more instances of a type EC2 can still place in an AZ (course "Reserved Instances":
 * a zonal RI reserves capacity, a regional RI and On-Demand do not). Stored as a ceiling on the pool's instances
 * that no zonal RI covers (billing/capacity.ts); RunInstances, StartInstances and Spot launches over it get
 * InsufficientInstanceCapacity, except into slots an active zonal RI of that type and AZ reserves.
 */

function setCapacity(tx: Tx, p: Params) {
  const instanceType = p.str('InstanceType');
  if (!getInstanceType(instanceType)) return invalid('InstanceType', instanceType);
  const az = p.str('AvailabilityZone');
  const zones = (tx.base.regions[tx.region]?.zones ?? []).map((z) => z.ZoneName);
  if (!zones.includes(az)) return invalid('AvailabilityZone', az, `Zones in ${tx.region}: ${zones.join(', ')}.`);
  const available = p.optInt('Available', 0, 100_000);
  const pool = { instanceType, az };
  const key = capacityKey(pool);
  const usage = poolUsage(tx, pool, tx.account);
  const { [key]: _old, ...others } = tx.capacity ?? {};
  if (available === undefined) {
    tx.capacity = others;
    tx.event({
      type: 'capacity',
      message: `EC2 has ${instanceType} capacity to spare again in ${az}: launches there are no longer limited.`,
      data: { instanceType, az, available: null },
    });
  } else {
    tx.capacity = { ...others, [key]: usage.unreserved + available };
    tx.event({
      type: 'capacity',
      message:
        available === 0
          ? `EC2 has no ${instanceType} capacity left in ${az}: On-Demand and Spot launches of that type there get InsufficientInstanceCapacity; slots reserved by a zonal Reserved Instance stay available.`
          : `EC2 can place ${available} more ${instanceType} instance${available === 1 ? '' : 's'} in ${az} (plus any slots reserved by zonal Reserved Instances).`,
      data: { instanceType, az, available, rule: 'capacity.insufficient' },
    });
  }
  const launched = fulfilSpotRequests(tx, pool);
  const limit = capacityLimit(tx, pool);
  const after = poolUsage(tx, pool, tx.account);
  const room = placeable(tx, pool, { account: tx.account, spot: false });
  return {
    InstanceType: instanceType,
    AvailabilityZone: az,
    Available: limit === undefined ? null : Math.max(0, limit - after.unreserved),
    Running: after.total,
    ZonalReservedSlots: after.reserved,
    ZonalReservedInUse: after.reservedUsed,
    YouCanLaunch: Number.isFinite(room) ? room : null,
    Launched: launched,
  };
}

export const CAPACITY_ACTIONS = defineActions([
  {
    type: 'sim:SetCapacity',
    summary:
      'Set how many more instances of a type EC2 can place in an AZ (omit Available: unlimited); zonal RIs keep their reserved slots.',
    run: setCapacity,
  },
]);
