/**
 * How Reserved Instances cover running instances (pure; rule 75 of docs/reference/ec2-rules.md).
 *
 * Reserved Instances are a billing construct: nothing is attached to an instance. Every billing period AWS looks
 * at what runs and applies the discounts:
 * 1. zonal RIs cover instances of exactly their type in exactly their AZ;
 * 2. regional RIs cover instances of their type in any AZ of the Region; a regional Linux/UNIX RI with default
 *    tenancy is size-flexible: it is a pool of normalized units (nano 0.25 … large 4, xlarge 8 …) that covers any
 *    size of its family, smallest instances first, and may cover only part of a bigger instance
 *    (one m5.large RI = 4 units = 50 % of an m5.xlarge, 8 units).
 */

export interface UsageItem {
  id: string;
  account: string;
  region: string;
  az: string;
  instanceType: string;
  /** Family part of the type name (`m5` of `m5.large`). */
  family: string;
  /** Normalization factor of the size; 0 when the size has none (then no size flexibility). */
  units: number;
  tenancy: 'default' | 'dedicated' | 'host';
  /** Only On-Demand usage can be covered (Spot and Dedicated Host usage never is). */
  eligible: boolean;
}

export interface ReservationItem {
  id: string;
  account: string;
  region: string;
  /** Set for zonal RIs. */
  az?: string;
  instanceType: string;
  family: string;
  units: number;
  count: number;
  tenancy: 'default' | 'dedicated';
  /** Regional, Linux/UNIX, default tenancy, size with a normalization factor. */
  sizeFlexible: boolean;
}

export interface Coverage {
  /** Fraction (0–1) of the instance's usage covered by zonal RIs. */
  zonal: number;
  /** Fraction (0–1) covered by regional RIs. */
  regional: number;
  /** Reservations that covered it and the fraction each covered. */
  by: { reservationId: string; fraction: number }[];
}

export interface CoverageResult {
  byInstance: Map<string, Coverage>;
  /** Fraction (0–1) of each reservation's capacity in use. */
  utilization: Map<string, number>;
}

export function familyOf(instanceType: string): string {
  const dot = instanceType.indexOf('.');
  return dot < 0 ? instanceType : instanceType.slice(0, dot);
}

export function sizeOf(instanceType: string): string {
  const dot = instanceType.indexOf('.');
  return dot < 0 ? '' : instanceType.slice(dot + 1);
}

const EPSILON = 1e-9;

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function coverageOf(result: Map<string, Coverage>, id: string): Coverage {
  let c = result.get(id);
  if (!c) {
    c = { zonal: 0, regional: 0, by: [] };
    result.set(id, c);
  }
  return c;
}

/**
 * Apply reservations to usage. Deterministic: instances and reservations are taken in id order (size-flexible
 * pools cover the smallest instances first, as AWS does).
 */
export function applyReservations(usage: readonly UsageItem[], reservations: readonly ReservationItem[]): CoverageResult {
  const byInstance = new Map<string, Coverage>();
  const used = new Map<string, number>();
  if (reservations.length === 0) return { byInstance, utilization: new Map() };
  const items = usage.filter((u) => u.eligible && u.tenancy !== 'host').sort(byId);
  const ordered = [...reservations].sort(byId);
  const remaining = new Map<string, number>(items.map((u) => [u.id, 1]));

  // 1. Zonal: whole instances of the exact type, AZ and tenancy.
  for (const ri of ordered) {
    if (ri.az === undefined) continue;
    let left = ri.count;
    for (const u of items) {
      if (left <= 0) break;
      if (u.account !== ri.account || u.region !== ri.region || u.az !== ri.az) continue;
      if (u.instanceType !== ri.instanceType || u.tenancy !== ri.tenancy) continue;
      if ((remaining.get(u.id) ?? 0) < 1 - EPSILON) continue;
      remaining.set(u.id, 0);
      const c = coverageOf(byInstance, u.id);
      c.zonal = 1;
      c.by.push({ reservationId: ri.id, fraction: 1 });
      left -= 1;
    }
    used.set(ri.id, ri.count - left);
  }

  // 2. Regional, not size-flexible: whole instances of the exact type in any AZ.
  for (const ri of ordered) {
    if (ri.az !== undefined || ri.sizeFlexible) continue;
    let left = ri.count;
    for (const u of items) {
      if (left <= 0) break;
      if (u.account !== ri.account || u.region !== ri.region) continue;
      if (u.instanceType !== ri.instanceType || u.tenancy !== ri.tenancy) continue;
      if ((remaining.get(u.id) ?? 0) < 1 - EPSILON) continue;
      remaining.set(u.id, 0);
      const c = coverageOf(byInstance, u.id);
      c.regional = 1;
      c.by.push({ reservationId: ri.id, fraction: 1 });
      left -= 1;
    }
    used.set(ri.id, ri.count - left);
  }

  // 3. Regional size-flexible: pools of normalized units per account, Region and family.
  const pools = new Map<string, { ri: ReservationItem; left: number }[]>();
  for (const ri of ordered) {
    if (ri.az !== undefined || !ri.sizeFlexible || ri.units <= 0) continue;
    const key = `${ri.account}|${ri.region}|${ri.family}`;
    const list = pools.get(key) ?? [];
    list.push({ ri, left: ri.count * ri.units });
    pools.set(key, list);
  }
  if (pools.size > 0) {
    const flexible = items
      .filter((u) => u.tenancy === 'default' && u.units > 0 && (remaining.get(u.id) ?? 0) > EPSILON)
      .sort((a, b) => a.units - b.units || byId(a, b));
    for (const u of flexible) {
      const pool = pools.get(`${u.account}|${u.region}|${u.family}`);
      if (!pool) continue;
      let need = (remaining.get(u.id) ?? 0) * u.units;
      for (const slot of pool) {
        if (need <= EPSILON) break;
        if (slot.left <= EPSILON) continue;
        const take = Math.min(need, slot.left);
        slot.left -= take;
        need -= take;
        const c = coverageOf(byInstance, u.id);
        const fraction = take / u.units;
        c.regional += fraction;
        c.by.push({ reservationId: slot.ri.id, fraction });
      }
      remaining.set(u.id, need / u.units);
    }
    for (const list of pools.values()) {
      for (const slot of list) used.set(slot.ri.id, slot.ri.count - slot.left / slot.ri.units);
    }
  }

  const utilization = new Map<string, number>();
  for (const ri of ordered) utilization.set(ri.id, ri.count > 0 ? Math.min(1, (used.get(ri.id) ?? 0) / ri.count) : 0);
  return { byInstance, utilization };
}
