import type { Instance } from '../model/instances';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { reservationStateAt } from './accrue';

/**
 * EC2 capacity per pool (instance type + AZ), course "Reserved Instances": a zonal RI reserves capacity in its AZ,
 * a regional RI and On-Demand do not. sim:SetCapacity puts a ceiling on the instances of a pool that are NOT
 * covered by a zonal RI (On-Demand and Spot, every account); without one a pool is unlimited. An account's active
 * zonal RIs of that type in that AZ add slots only it can use, and those are always available.
 *
 * Instances on a Dedicated Host run on the learner's own host and never count.
 */

export interface Pool {
  instanceType: string;
  az: string;
}

/** States in which an instance holds its slot of hardware. */
const OCCUPYING = new Set<Instance['state']>(['pending', 'running', 'stopping', 'shutting-down']);

export function capacityKey(pool: Pool): string {
  return `${pool.instanceType}|${pool.az}`;
}

/** The ceiling of the pool (undefined: unlimited). */
export function capacityLimit(tx: Tx, pool: Pool): number | undefined {
  return tx.capacity?.[capacityKey(pool)];
}

/** Instances that count in the pool, except `exceptId` (an instance being started is not yet in it). */
function occupants(tx: Tx, pool: Pool, exceptId?: string): Instance[] {
  return tx
    .all('instances')
    .filter(
      (i) =>
        i.id !== exceptId &&
        i.instanceType === pool.instanceType &&
        i.az === pool.az &&
        OCCUPYING.has(i.state) &&
        i.placement.tenancy !== 'host',
    );
}

/** Instance slots an account's active zonal Reserved Instances reserve in the pool right now. */
export function zonalReservedSlots(tx: Tx, account: string, pool: Pool): number {
  let slots = 0;
  for (const ri of tx.all('reservedInstances')) {
    if (ri.ownerId !== account || ri.scope !== 'Availability Zone' || ri.az !== pool.az) continue;
    if (ri.instanceType !== pool.instanceType || reservationStateAt(ri, tx.now) !== 'active') continue;
    slots += ri.instanceCount;
  }
  return slots;
}

export interface PoolUsage {
  /** Instances of the pool holding hardware now (every account). */
  total: number;
  /** Running instances of the pool that sit in no zonal reservation (these use the shared capacity). */
  unreserved: number;
  /** Reserved slots of `account` already in use, and in total. */
  reservedUsed: number;
  reserved: number;
}

/** How the pool is used now, from the point of view of `account`. */
export function poolUsage(tx: Tx, pool: Pool, account: string, exceptId?: string): PoolUsage {
  const byAccount = new Map<string, number>();
  const all = occupants(tx, pool, exceptId);
  for (const i of all) {
    if (i.market) continue; // Spot never uses a reservation
    byAccount.set(i.ownerId, (byAccount.get(i.ownerId) ?? 0) + 1);
  }
  let covered = 0;
  for (const [owner, count] of byAccount) covered += Math.min(count, zonalReservedSlots(tx, owner, pool));
  const reserved = zonalReservedSlots(tx, account, pool);
  const reservedUsed = Math.min(byAccount.get(account) ?? 0, reserved);
  return { total: all.length, unreserved: all.length - covered, reservedUsed, reserved };
}

/**
 * How many more instances `account` can place in the pool now: its free zonal-RI slots (not for Spot) plus what is
 * left under the ceiling. Infinity when the pool has no ceiling.
 */
export function placeable(tx: Tx, pool: Pool, args: { account: string; spot: boolean; exceptId?: string }): number {
  const limit = capacityLimit(tx, pool);
  if (limit === undefined) return Infinity;
  const usage = poolUsage(tx, pool, args.account, args.exceptId);
  const freeReserved = args.spot ? 0 : Math.max(0, usage.reserved - usage.reservedUsed);
  return freeReserved + Math.max(0, limit - usage.unreserved);
}

/** AWS's InsufficientInstanceCapacity message, naming the other AZs of the region that still have room. */
export function insufficientCapacityMessage(tx: Tx, pool: Pool, args: { account: string; spot: boolean }): string {
  const region = Object.values(tx.base.regions).find((r) => r.zones.some((z) => z.ZoneName === pool.az));
  const others = (region?.zones ?? [])
    .map((z) => z.ZoneName)
    .filter((az) => az !== pool.az && placeable(tx, { ...pool, az }, args) > 0);
  const base = `We currently do not have sufficient ${pool.instanceType} capacity in the Availability Zone you requested (${pool.az}). Our system will be working on provisioning additional capacity.`;
  return others.length
    ? `${base} You can currently get ${pool.instanceType} capacity by not specifying an Availability Zone in your request or choosing ${others.join(', ')}.`
    : base;
}

/** Refuse with InsufficientInstanceCapacity when fewer than `count` instances fit in the pool. */
export function requireCapacity(tx: Tx, pool: Pool, args: { account: string; spot: boolean; count: number; exceptId?: string; resources?: string[] }): void {
  const room = placeable(tx, pool, args);
  if (room >= args.count) return;
  const reserved = args.spot ? 0 : zonalReservedSlots(tx, args.account, pool);
  refuse('capacity.insufficient', insufficientCapacityMessage(tx, pool, args), {
    resources: args.resources ?? [],
    scope: { kind: 'availability-zone', to: pool.az },
    fix:
      reserved > 0
        ? `Your zonal Reserved Instances keep ${reserved} ${pool.instanceType} slot${reserved === 1 ? '' : 's'} in ${pool.az}, all in use: launch fewer, use another AZ or type, or reserve more.`
        : `Try another AZ or instance type, or later. A zonal Reserved Instance of ${pool.instanceType} in ${pool.az} would reserve the capacity (a regional one would not).`,
  });
}
